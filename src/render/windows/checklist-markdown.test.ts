import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample } from '../../domain/defaults';
import { windowsChecklist } from './checklist';
import { windowsChecklistToMarkdown, windowsChecklistToText } from './checklist-markdown';

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
