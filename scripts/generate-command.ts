/**
 * The command-line generator: reads an answers file, validates it exactly like the wizard does
 * (parseAnswers: non-secret fields left out fall back to the defaults, secrets never do), and prints
 * the ASA configuration or the Windows checklist. I/O is injected so the whole command is testable.
 *
 * Exit codes: 0 printed; 1 the answers have errors (one `<field path>: <message>` line each);
 * 2 usage error, unreadable file or malformed JSON.
 */
import type { Answers } from '../src/domain/answers';
import { english } from '../src/i18n/catalogue';
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

export const USAGE = `Usage: npm run generate -- <answers.json> [--format asa|windows|markdown]

Prints, from a wizard answers file (see answers.schema.json):
  --format asa        the Cisco ASA configuration (default)
  --format windows    the Windows client checklist as plain text
  --format markdown   the Windows client checklist as Markdown
  -h, --help          show this help
`;

type Parsed = { help: true } | { help: false; file: string; format: Format } | { error: string };

const isFormat = (value: string): value is Format => Object.hasOwn(FORMATS, value);

function parseArgs(argv: string[]): Parsed {
  const files: string[] = [];
  let format: string = 'asa';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') return { help: true };
    if (arg === '--format') {
      const value = argv[++i];
      if (value === undefined) return { error: '--format needs a value.' };
      format = value;
    } else if (arg.startsWith('--format=')) {
      format = arg.slice('--format='.length);
    } else if (arg.startsWith('-') && arg !== '-') {
      return { error: `Unknown option ${arg}.` };
    } else {
      files.push(arg);
    }
  }
  if (!isFormat(format)) return { error: `Unknown format "${format}".` };
  if (files.length !== 1) {
    return {
      error: files.length === 0 ? 'Missing the answers file.' : 'Give exactly one answers file.',
    };
  }
  return { help: false, file: files[0] ?? '', format };
}

function readErrorText(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  return error instanceof Error ? error.message : String(error);
}

const issueLine = (issue: ValidationIssue) =>
  `${issue.field || '(answers)'}: ${english(issue.message)}\n`;

export function runGenerate(argv: string[], io: GenerateIo): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.stderr(`generate: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }

  let text: string;
  try {
    text = io.readFile(args.file);
  } catch (error) {
    io.stderr(`generate: cannot read the answers file ${args.file}: ${readErrorText(error)}\n`);
    return 2;
  }
  let json: unknown;
  try {
    // Editors on Windows may save UTF-8 with a byte-order mark, which JSON.parse rejects.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    io.stderr(`generate: ${args.file} is not valid JSON: ${readErrorText(error)}\n`);
    return 2;
  }

  const result = parseAnswers(json);
  if (!result.ok) {
    for (const issue of errorsOf(result.issues)) io.stderr(issueLine(issue));
    return 1;
  }
  for (const issue of warningsOf(result.issues)) io.stderr(`warning: ${issueLine(issue)}`);
  const output = FORMATS[args.format](result.answers);
  io.stdout(output.endsWith('\n') ? output : `${output}\n`);
  return 0;
}
