/**
 * The command-line generator: reads an answers file, validates it exactly like the wizard does
 * (parseAnswers: non-secret fields left out fall back to the defaults, secrets never do), and prints
 * the ASA configuration or the Windows checklist. I/O is injected so the whole command is testable.
 *
 * Messages (usage, errors, warnings) are in English, or in Japanese with `--lang ja`; field paths,
 * option names and the generated formats stay as they are in either language.
 *
 * Exit codes: 0 printed; 1 the answers have errors (one `<field path>: <message>` line each);
 * 2 usage error, unreadable file or malformed JSON.
 */
import type { Answers } from '../src/domain/answers';
import { formatMessage, msg, type Catalogue, type Lang, type Msg } from '../src/i18n/catalogue';
import { en } from '../src/i18n/en';
import { ja } from '../src/i18n/ja';
import { isLang } from '../src/i18n/language';
import { ANSWERS_SCHEMA_FILE } from './json-schema';
import { parseAnswers } from '../src/domain/parse-answers';
import { errorsOf, warningsOf } from '../src/domain/validate';
import type { ValidationIssue } from '../src/domain/issues';
import { generateAsaConfig } from '../src/render/asa/generate-asa-config';
import { windowsChecklist } from '../src/render/windows/checklist';
import {
  windowsChecklistToMarkdown,
  windowsChecklistToText,
} from '../src/render/windows/checklist-markdown';

export interface GenerateIo {
  /** Returns the file's text; throws a Node.js file-system error (with `code`) when it cannot. */
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

const FORMATS = {
  asa: (answers: Answers) => generateAsaConfig(answers),
  windows: (answers: Answers) => windowsChecklistToText(windowsChecklist(answers)),
  markdown: (answers: Answers) => windowsChecklistToMarkdown(windowsChecklist(answers)),
} as const;
type Format = keyof typeof FORMATS;

const CATALOGUES: Record<Lang, Catalogue> = { en, ja };

const COMMAND = 'npm run generate -- <answers.json> [--format asa|windows|markdown] [--lang en|ja]';

/** The options and what each does: the option names are typed as they are in every language. */
const OPTIONS: [string, Msg][] = [
  ['--format asa', msg('cli.usage.formatAsa')],
  ['--format windows', msg('cli.usage.formatWindows')],
  ['--format markdown', msg('cli.usage.formatMarkdown')],
  ['--lang en|ja', msg('cli.usage.lang')],
  ['-h, --help', msg('cli.usage.help')],
];

/** The help text in a language. */
export function usage(lang: Lang = 'en'): string {
  const text = (message: Msg) => formatMessage(CATALOGUES[lang], message);
  const options = OPTIONS.map(([option, what]) => `  ${option.padEnd(20)}${text(what)}\n`);
  return `${text(msg('cli.usage.line', { command: COMMAND }))}\n\n${text(msg('cli.usage.intro', { schema: ANSWERS_SCHEMA_FILE }))}\n${options.join('')}`;
}

export const USAGE = usage('en');

interface Args {
  help: boolean;
  files: string[];
  format: string;
  lang: Lang;
  /** The first usage error, reported in the language asked for wherever --lang stands. */
  error: Msg | null;
}

const isFormat = (value: string): value is Format => Object.hasOwn(FORMATS, value);

function parseArgs(argv: string[]): Args {
  const args: Args = { help: false, files: [], format: 'asa', lang: 'en', error: null };
  const fail = (error: Msg) => (args.error ??= error);
  const setLang = (value: string) =>
    isLang(value) ? (args.lang = value) : fail(msg('cli.error.unknownLang', { lang: value }));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') {
      // As it always did, help wins over any problem after it, not over one before it.
      if (args.error === null) args.help = true;
    } else if (arg === '--format' || arg === '--lang') {
      const value = argv[++i];
      if (value === undefined) {
        fail(msg(arg === '--format' ? 'cli.error.formatValue' : 'cli.error.langValue'));
      } else if (arg === '--format') {
        args.format = value;
      } else {
        setLang(value);
      }
    } else if (arg.startsWith('--format=')) {
      args.format = arg.slice('--format='.length);
    } else if (arg.startsWith('--lang=')) {
      setLang(arg.slice('--lang='.length));
    } else if (arg.startsWith('-') && arg !== '-') {
      fail(msg('cli.error.unknownOption', { option: arg }));
    } else {
      args.files.push(arg);
    }
  }
  return args;
}

/** The usage error of complete arguments, if any. */
function usageError(args: Args): Msg | null {
  if (args.error) return args.error;
  if (!isFormat(args.format)) return msg('cli.error.unknownFormat', { format: args.format });
  if (args.files.length === 0) return msg('cli.error.missingFile');
  if (args.files.length !== 1) return msg('cli.error.twoFiles');
  return null;
}

function readErrorText(error: unknown): Msg | string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return msg('cli.error.noSuchFile');
  if (code === 'EISDIR') return msg('cli.error.directory');
  // The system's own text (English), as Node.js gives it.
  return error instanceof Error ? error.message : String(error);
}

export function runGenerate(argv: string[], io: GenerateIo): number {
  const args = parseArgs(argv);
  const text = (message: Msg | string) => formatMessage(CATALOGUES[args.lang], message);
  if (args.help) {
    io.stdout(usage(args.lang));
    return 0;
  }
  const problem = usageError(args);
  if (problem) {
    io.stderr(`generate: ${text(problem)}\n\n${usage(args.lang)}`);
    return 2;
  }
  const file = args.files[0] ?? '';
  const format = args.format as Format;

  let input: string;
  try {
    input = io.readFile(file);
  } catch (error) {
    io.stderr(
      `generate: ${text(msg('cli.error.cannotRead', { file, reason: readErrorText(error) }))}\n`,
    );
    return 2;
  }
  let json: unknown;
  try {
    // Editors on Windows may save UTF-8 with a byte-order mark, which JSON.parse rejects.
    json = JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch (error) {
    io.stderr(
      `generate: ${text(msg('cli.error.notJson', { file, reason: readErrorText(error) }))}\n`,
    );
    return 2;
  }

  const issueLine = (issue: ValidationIssue, id: 'cli.issue.error' | 'cli.issue.warning') =>
    `${text(msg(id, { field: issue.field || '(answers)', message: issue.message }))}\n`;
  const result = parseAnswers(json);
  if (!result.ok) {
    for (const issue of errorsOf(result.issues)) io.stderr(issueLine(issue, 'cli.issue.error'));
    return 1;
  }
  for (const issue of warningsOf(result.issues)) io.stderr(issueLine(issue, 'cli.issue.warning'));
  const output = FORMATS[format](result.answers);
  io.stdout(output.endsWith('\n') ? output : `${output}\n`);
  return 0;
}
