import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../domain/answers';
import { en } from '../i18n/en';
import { ja } from '../i18n/ja';
import { LanguageProvider } from '../ui/i18n';
import { HelpPanel } from './help-panel';
import { STEP_HELP } from './step-help';
import { stepById } from './step-registry';

const ids = STEPS.map((step) => step.id);

function renderHelp(id: (typeof ids)[number], lang: 'en' | 'ja') {
  return renderToStaticMarkup(
    <LanguageProvider lang={lang} catalogue={lang === 'ja' ? ja : en}>
      <HelpPanel step={stepById(id)} onClose={() => {}} />
    </LanguageProvider>,
  );
}

describe('STEP_HELP', () => {
  it.each(ids)('%s has help paragraphs in English and Japanese', (id) => {
    expect(STEP_HELP[id].length).toBeGreaterThan(0);
    for (const paragraph of STEP_HELP[id]) {
      expect(en[paragraph].trim()).not.toBe('');
      expect(ja[paragraph].trim()).not.toBe('');
      expect(ja[paragraph]).not.toBe(en[paragraph]);
      expect(ja[paragraph]).toMatch(/[\u3040-\u30ff]/);
    }
  });

  it('uses every help paragraph once', () => {
    const used = Object.values(STEP_HELP).flat();
    const paragraphs = Object.keys(en).filter(
      (id) => id.startsWith('help.') && !id.startsWith('help.panel.'),
    );
    expect([...used].sort()).toEqual(paragraphs.sort());
  });
});

describe('HelpPanel', () => {
  it('shows the English help exactly as before', () => {
    const html = renderHelp('introduction', 'en');
    expect(html).toContain('>Help: Introduction</h3>');
    expect(html).toContain('>Close help</button>');
    expect(html).toContain(
      '<p>Interface names are the nameif names of your ASA (show nameif). They fill the interface choices on later steps.</p>',
    );
  });

  it('shows the heading, the button and the paragraphs in Japanese, CLI as code', () => {
    const html = renderHelp('introduction', 'ja');
    expect(html).toContain('>ヘルプ: はじめに</h3>');
    expect(html).toContain('>ヘルプを閉じる</button>');
    expect(html).toContain('<code>show nameif</code>');
    expect(html).not.toContain('Interface names are');
  });
});
