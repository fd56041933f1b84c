/**
 * The intermediate structure between the section builders and the printer: sections return commands
 * as token lists, never text, so indentation, separators and line endings live in the printer alone.
 */

/** One global command and the lines of the sub-mode it opens, each line a token list. */
export interface Command {
  tokens: string[];
  children?: string[][];
}

/** A block of related commands; the printer separates sections with a `!` line. */
export interface Section {
  /** What the block configures, for readers of the structure (not printed). */
  title: string;
  commands: Command[];
}
