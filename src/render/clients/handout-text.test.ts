import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample } from '../../domain/defaults';
import { clientHandout } from './handout';
import { clientHandoutText } from './handout-text';

describe('clientHandoutText', () => {
  const text = clientHandoutText(ciscoExample(), 'all');

  it('underlines the title and the section headings', () => {
    expect(text.startsWith('L2TP/IPsec VPN setup\n====================\n')).toBe(true);
    expect(text).toContain('\nmacOS\n-----\n');
  });

  it('numbers every platform step and prints commands and files indented', () => {
    const handout = clientHandout(ciscoExample(), 'all');
    for (const section of handout.sections.filter((s) => s.numbered)) {
      section.steps.forEach((step, index) =>
        expect(text).toContain(`\n${index + 1}. ${step.title}\n`),
      );
    }
    expect(text).toContain('\n        sudo ipsec up asa-l2tp\n');
    expect(text).toContain('\n    /etc/ipsec.conf:\n        # L2TP/IPsec');
  });

  it('has no Markdown or HTML syntax', () => {
    expect(text).not.toMatch(/^#{1,3} |\*\*|^```|<h[1-3]>/m);
  });

  it('flattens line breaks in values', () => {
    const answers: Answers = ciscoExample();
    answers.clientOptions.connectionName = 'a\nb';
    expect(clientHandoutText(answers, 'ios')).toContain('Description: a b');
  });
});
