import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ciscoExample } from '../src/domain/defaults';
import { generateAsaConfig } from '../src/render/asa/generate-asa-config';
import { windowsChecklist } from '../src/render/windows/checklist';
import {
  windowsChecklistToMarkdown,
  windowsChecklistToText,
} from '../src/render/windows/checklist-markdown';
import { USAGE, runGenerate, usage } from './generate-command';

const readRepoFile = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

/** Runs the command against an in-memory file system. */
function run(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runGenerate(argv, {
    readFile: (path) => {
      if (path === 'folder') throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

const errorLines = (stderr: string) =>
  stderr.split('\n').filter((line) => line !== '' && !line.startsWith('warning: '));

const CISCO = JSON.stringify(ciscoExample());

function ciscoWith(change: (answers: Record<string, Record<string, unknown>>) => void): string {
  const answers = JSON.parse(CISCO) as Record<string, Record<string, unknown>>;
  change(answers);
  return JSON.stringify(answers);
}

describe('runGenerate: success', () => {
  const cases: [string, string[], string][] = [
    ['asa is the default', ['a.json'], generateAsaConfig(ciscoExample())],
    ['--format asa', ['a.json', '--format', 'asa'], generateAsaConfig(ciscoExample())],
    [
      '--format windows (plain text)',
      ['--format', 'windows', 'a.json'],
      windowsChecklistToText(windowsChecklist(ciscoExample())),
    ],
    [
      '--format=markdown',
      ['a.json', '--format=markdown'],
      windowsChecklistToMarkdown(windowsChecklist(ciscoExample())),
    ],
  ];

  it.each(cases)('%s', (_name, argv, want) => {
    const result = run(argv, { 'a.json': CISCO });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(want);
    // Warnings (the seed's weak key and password) go to stderr and do not fail the run.
    expect(result.stderr).toContain(
      'warning: authMethod.preSharedKey: Short keys can be guessed offline',
    );
    expect(errorLines(result.stderr)).toEqual([]);
  });

  it('accepts a file with a byte-order mark', () => {
    expect(run(['a.json'], { 'a.json': `\uFEFF${CISCO}` }).code).toBe(0);
  });

  it('prints the usage on stdout for --help', () => {
    expect(run(['--help'])).toEqual({ code: 0, stdout: USAGE, stderr: '' });
  });
});

describe('runGenerate: usage and file errors (exit 2)', () => {
  const cases: [string, string[], string][] = [
    ['no arguments', [], 'generate: Missing the answers file.'],
    ['two files', ['a.json', 'b.json'], 'generate: Give exactly one answers file.'],
    ['unknown option', ['a.json', '--verbose'], 'generate: Unknown option --verbose.'],
    ['unknown format', ['a.json', '--format', 'cisco'], 'generate: Unknown format "cisco".'],
    ['format without a value', ['a.json', '--format'], 'generate: --format needs a value.'],
  ];

  it.each(cases)('%s', (_name, argv, message) => {
    const result = run(argv, { 'a.json': CISCO, 'b.json': CISCO });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${message}\n\n${USAGE}`);
  });

  const fileCases: [string, string, Record<string, string>, string][] = [
    [
      'missing file',
      'missing.json',
      {},
      'generate: cannot read the answers file missing.json: no such file\n',
    ],
    [
      'a directory',
      'folder',
      {},
      'generate: cannot read the answers file folder: it is a directory\n',
    ],
  ];
  it.each(fileCases)('%s', (_name, path, files, want) => {
    expect(run([path], files)).toEqual({ code: 2, stdout: '', stderr: want });
  });

  it('malformed JSON', () => {
    const result = run(['bad.json'], { 'bad.json': '{ "introduction": ' });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^generate: bad\.json is not valid JSON: .+\n$/);
  });
});

describe('runGenerate: invalid answers (exit 1)', () => {
  const cases: [string, string, unknown[]][] = [
    [
      'missing secrets are named, never defaulted',
      ciscoWith((a) => {
        delete a.authMethod?.preSharedKey;
        (a.userAccounts ?? {}).users = [{ username: 'test' }];
      }),
      [
        'authMethod.preSharedKey: Pre-Shared Key is required.',
        // The message is the schema's; only the field path is pinned here.
        expect.stringMatching(/^userAccounts\.users\.0\.password: \S/),
      ],
    ],
    [
      'a partial file falls back to the defaults, but not for secrets',
      JSON.stringify({
        userAccounts: { users: [{ username: 'alice', password: 'Str0ng-Passw0rd' }] },
      }),
      ['authMethod.preSharedKey: Pre-Shared Key is required.'],
    ],
    [
      'unknown keys and bad values',
      ciscoWith((a) => {
        (a.ikePolicy ?? {}).priorty = '10';
        (a.addressPool ?? {}).startIp = '192.168.1.300';
      }),
      [
        'ikePolicy.priorty: Unknown setting "ikePolicy.priorty"; check its spelling against answers.schema.json.',
      ],
    ],
    ['not an object', '[]', ['(answers): The answers must be a JSON object.']],
  ];

  it.each(cases)('%s', (_name, file, wantFirst) => {
    const result = run(['a.json'], { 'a.json': file });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = errorLines(result.stderr);
    expect(lines.slice(0, wantFirst.length)).toEqual(wantFirst);
    // Every line is "<field path>: <message>".
    for (const line of lines) expect(line).toMatch(/^(\(answers\)|[A-Za-z0-9.]+): \S/);
  });

  it('names a bad value by its field path', () => {
    const file = ciscoWith((a) => ((a.addressPool ?? {}).startIp = '192.168.1.300'));
    const lines = errorLines(run(['a.json'], { 'a.json': file }).stderr);
    expect(lines.some((line) => line.startsWith('addressPool.startIp: '))).toBe(true);
  });

  it('never prints a password, even of an invalid user', () => {
    const file = ciscoWith((a) => {
      (a.userAccounts ?? {}).users = [{ username: 'alice', password: 'Sec ret-PW-MARK-123' }];
    });
    const result = run(['a.json'], { 'a.json': file });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('PW-MARK');
  });
});

describe('runGenerate --lang', () => {
  it('prints errors in Japanese with the field path in English (--lang ja)', () => {
    const file = ciscoWith((a) => {
      delete a.authMethod?.preSharedKey;
      (a.addressPool ?? {}).startIp = '192.168.1.300';
    });
    const result = run(['a.json', '--lang', 'ja'], { 'a.json': file });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = errorLines(result.stderr);
    expect(lines).toContain('authMethod.preSharedKey: 「事前共有キー」を入力してください。');
    expect(lines).toContain(
      'addressPool.startIp: 「開始 IP アドレス」には 192.0.2.10 のような IPv4 アドレスを入力してください。',
    );
    expect(result.stderr).not.toContain('is required');
    for (const line of lines) expect(line).toMatch(/^(\(answers\)|[A-Za-z0-9.]+): \S/);
  });

  it('prints the same configuration in either language; warnings are marked in Japanese', () => {
    const english = run(['a.json'], { 'a.json': CISCO });
    const japanese = run(['a.json', '--lang=ja'], { 'a.json': CISCO });
    expect(japanese.code).toBe(0);
    expect(japanese.stdout).toBe(english.stdout);
    expect(japanese.stderr).toMatch(/^警告: authMethod\.preSharedKey: /m);
    expect(japanese.stderr).not.toMatch(/^warning: /m);
    expect(run(['a.json', '--lang', 'en'], { 'a.json': CISCO })).toEqual(english);
  });

  it('prints usage errors and the help in Japanese', () => {
    expect(run(['--lang', 'ja'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `generate: 回答ファイルを指定してください。\n\n${usage('ja')}`,
    });
    expect(run(['a.json', '--format', 'cisco', '--lang', 'ja']).stderr).toMatch(
      /^generate: "cisco" は不明な出力形式です。\n/,
    );
    expect(run(['missing.json', '--lang', 'ja']).stderr).toBe(
      'generate: 回答ファイル missing.json を読み込めません: ファイルがありません\n',
    );
    const help = run(['--help', '--lang', 'ja']);
    expect(help).toEqual({ code: 0, stdout: usage('ja'), stderr: '' });
    expect(help.stdout).toMatch(/^使い方: npm run generate -- <answers\.json>/);
    expect(help.stdout).toContain('  --lang en|ja        メッセージの言語');
  });

  it.each([
    [
      'an unknown language',
      ['a.json', '--lang', 'fr'],
      'generate: Unknown language "fr"; use en or ja.',
    ],
    [
      'an unknown language (=)',
      ['a.json', '--lang=jp'],
      'generate: Unknown language "jp"; use en or ja.',
    ],
    ['a language without a value', ['a.json', '--lang'], 'generate: --lang needs a value.'],
  ])('refuses %s as a usage error (exit 2)', (_name, argv, message) => {
    expect(run(argv, { 'a.json': CISCO })).toEqual({
      code: 2,
      stdout: '',
      stderr: `${message}\n\n${USAGE}`,
    });
  });
});

describe('examples/cisco-windows8-psk.json', () => {
  const example = readRepoFile('examples/cisco-windows8-psk.json');

  it('is the Cisco document scenario, secrets included', () => {
    const { $schema, ...answers } = JSON.parse(example) as Record<string, unknown>;
    expect($schema).toBe('../answers.schema.json');
    expect(answers).toEqual(ciscoExample());
  });

  it('generates exactly the ASA teammate golden file cisco-8.4.asa.txt', () => {
    const result = run(['example.json'], { 'example.json': example });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readRepoFile('src/render/asa/fixtures/cisco-8.4.asa.txt'));
  });

  it('generates exactly the Windows golden file cisco.windows.md', () => {
    const result = run(['example.json', '--format', 'markdown'], { 'example.json': example });
    expect(result.stdout).toBe(readRepoFile('src/render/windows/fixtures/cisco.windows.md'));
  });
});
