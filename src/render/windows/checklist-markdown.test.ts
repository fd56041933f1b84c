import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample } from '../../domain/defaults';
import { windowsChecklist } from './checklist';
import {
  escapeMarkdown,
  windowsChecklistToMarkdown,
  windowsChecklistToText,
} from './checklist-markdown';

const FIXTURES = new URL('./fixtures/', import.meta.url);

function splitExample(): Answers {
  const answers = ciscoExample();
  answers.ipsecSettings.splitTunnel = true;
  answers.ipsecSettings.splitNetworks = '10.10.0.0/16';
  return answers;
}

/**
 * Golden files, reviewed line by line. Update deliberately with
 * `npx vitest run src/render/windows -u` and review the diff.
 */
describe('windowsChecklistToMarkdown golden files', () => {
  const scenarios: [string, () => Answers][] = [
    ['cisco', ciscoExample],
    ['split', splitExample],
  ];

  it.each(scenarios)('%s.windows.md', async (name, answers) => {
    const expected = new URL(`${name}.windows.md`, FIXTURES);
    // A deleted golden file must fail, not be silently rewritten.
    expect(existsSync(expected), `missing ${expected.pathname}`).toBe(true);
    await expect(windowsChecklistToMarkdown(windowsChecklist(answers()))).toMatchFileSnapshot(
      expected.pathname,
    );
  });
});

describe('escapeMarkdown', () => {
  const cases: [string, string, boolean, string][] = [
    ['plain text stays', 'L2TP VPN', false, 'L2TP VPN'],
    ['emphasis and code', '*a* _b_ `c`', false, '\\*a\\* \\_b\\_ \\`c\\`'],
    ['links and HTML', '[x](y) <b>', false, '\\[x\\](y) \\<b\\>'],
    ['entities', 'AT&T &amp; &#60;', false, 'AT&T \\&amp; \\&#60;'],
    ['backslash and pipe', 'a\\b|c', false, 'a\\\\b\\|c'],
    ['line breaks become spaces', 'a\n# b\r\nc', false, 'a # b c'],
    ['heading at block start', '# x', true, '\\# x'],
    ['list marker at block start', '- x', true, '\\- x'],
    ['ordered list marker at block start', '1. x', true, '1\\. x'],
    ['an address at block start is not a list', '172.16.1.2', true, '172.16.1.2'],
    ['markers elsewhere stay', 'a # b - c', true, 'a # b - c'],
  ];
  it.each(cases)('%s', (_name, given, blockStart, want) => {
    expect(escapeMarkdown(given, blockStart)).toBe(want);
  });

  const literals: [string, string, string, string][] = [
    [
      'the key in a code span, the rest escaped',
      'Key: A_b*c, not *d*',
      'A_b*c',
      'Key: `A_b*c`, not \\*d\\*',
    ],
    ['every occurrence', 'A_b / A_b', 'A_b', '`A_b` / `A_b`'],
    ['backticks inside the key', 'k: a`b', 'a`b', 'k: ``a`b``'],
    ['a key ending in a backtick is padded', 'k: ab`', 'ab`', 'k: `` ab` ``'],
    ['a key without Markdown characters stays plain', 'Key: Abc123', 'Abc123', 'Key: Abc123'],
    ['no key', 'a_b', '', 'a\\_b'],
  ];
  it.each(literals)('literal: %s', (_name, given, literal, want) => {
    expect(escapeMarkdown(given, false, literal)).toBe(want);
  });

  it('still escapes a block marker before a literal', () => {
    expect(escapeMarkdown('# k_1', true, 'k_1')).toBe('\\# `k_1`');
  });
});

describe('renderings of one checklist', () => {
  const checklist = windowsChecklist(splitExample());
  const markdown = windowsChecklistToMarkdown(checklist);
  const text = windowsChecklistToText(checklist);

  it('number the steps in order in both formats', () => {
    checklist.steps.forEach((step, index) => {
      expect(markdown).toContain(`## ${index + 1}. ${step.title}\n`);
      expect(text).toContain(`\n${index + 1}. ${step.title}\n`);
    });
  });

  it('print every command verbatim (Markdown in a code block, text indented)', () => {
    for (const command of checklist.steps.flatMap((step) => step.commands ?? [])) {
      expect(markdown).toContain(`\n${command}\n`);
      expect(text).toContain(`\n        ${command}\n`);
    }
  });

  it('text has no Markdown syntax', () => {
    expect(text).not.toMatch(/^#|\*\*|^```/m);
    expect(text.startsWith('Windows L2TP/IPsec VPN setup\n============================\n')).toBe(
      true,
    );
  });

  it('a hostile connection name cannot add Markdown blocks or close a code fence', () => {
    const answers = ciscoExample();
    answers.clientOptions.connectionName = '```\n# Owned\n<img src=x onerror=alert(1)>';
    const output = windowsChecklistToMarkdown(windowsChecklist(answers));
    // Fences around commands containing ``` are longer than any run inside them...
    expect(output).toMatch(/^````$/m);
    expect(output).toContain(
      '````\nrasdial "``` # Owned <img src=x onerror=alert(1)>" <user name> *',
    );
    // ...and outside the code blocks (where text is literal anyway) nothing is live Markdown/HTML.
    const prose = output.replace(/^(`{3,})\n[\s\S]*?\n\1$/gm, '');
    expect(prose).not.toMatch(/^# Owned/m);
    expect(prose).not.toMatch(/(^|[^\\])<img/m);
    expect(prose).toContain('\\<img');
  });
});
