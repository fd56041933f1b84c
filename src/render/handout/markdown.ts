/**
 * Markdown building blocks for every handout export: values escaped so that a connection name such
 * as "*VPN*" or "# x" prints literally, the pre-shared key as a code span, and code fences that no
 * command can close early.
 */

/** Line breaks inside a value would start new Markdown blocks (or break the text layout). */
export const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

/**
 * Backslash-escapes what CommonMark/GFM would read as inline syntax. With `blockStart`, also a
 * marker that would open a heading, quote, list or rule when the text starts a line or list item.
 * `literal` (the pre-shared key) is printed as a code span wherever it occurs instead: users copy it
 * character by character, often from the unrendered file, where backslashes would change it.
 */
export function escapeMarkdown(text: string, blockStart = false, literal = ''): string {
  const value = oneLine(literal);
  const line = oneLine(text);
  if (value === '' || !line.includes(value) || escapeInline(value) === value)
    return escapeText(line, blockStart);
  return line
    .split(value)
    .map((part, index) => escapeText(part, blockStart && index === 0))
    .join(codeSpan(value));
}

function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

function escapeText(text: string, blockStart: boolean): string {
  const inline = escapeInline(text);
  if (!blockStart) return inline;
  return inline.replace(
    /^(\s*)(?:(#|[+=-])|(\d{1,9})(?=[.)](?:\s|$)))/,
    (_m, space: string, mark?: string, digits?: string) =>
      mark === undefined ? `${space}${digits ?? ''}\\` : `${space}\\${mark}`,
  );
}

/** `value` as a code span: delimited by more backticks than it holds, padded if it starts or ends with one. */
export function codeSpan(value: string): string {
  const ticks = '`'.repeat(longestBacktickRun([value]) + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${value}${pad}${ticks}`;
}

const longestBacktickRun = (texts: string[]) =>
  Math.max(0, ...texts.map((t) => Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length))));

/** A code fence longer than any backtick run in the block, so no command can close it early. */
export function fence(commands: string[]): string {
  return '`'.repeat(Math.max(3, longestBacktickRun(commands) + 1));
}
