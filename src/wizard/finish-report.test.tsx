/**
 * Finish's report, its issue list and the Summary's client compatibility section, rendered in
 * Japanese and in English: whole sentences from the catalogue, step links named by the step's
 * title in the language shown.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ciscoExample } from '../domain/defaults';
import type { ValidationIssue } from '../domain/issues';
import { crossStepIssues } from '../domain/rules/cross-step-rules';
import { en } from '../i18n/en';
import { ja } from '../i18n/ja';
import type { Catalogue, Lang } from '../i18n/catalogue';
import { SummaryCompatibility } from '../steps/summary-compatibility';
import { LanguageProvider } from '../ui/i18n';
import { FinishReport } from './finish-report';

function render(node: ReactNode, lang: Lang = 'ja') {
  const catalogue: Catalogue = lang === 'ja' ? ja : en;
  const html = renderToStaticMarkup(
    <LanguageProvider lang={lang} catalogue={catalogue}>
      <MemoryRouter>{node}</MemoryRouter>
    </LanguageProvider>,
  );
  // Text as read: tags dropped, entities of the texts here decoded.
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

const answers = ciscoExample();
answers.ipsecSettings.splitTunnel = false;
answers.ipsecSettings.hairpin = false;
const hairpin = crossStepIssues(answers).find((i) => i.ruleId === 'W-HAIRPIN')!;
const handoutIssue: ValidationIssue = {
  ruleId: 'schema',
  severity: 'error',
  step: 'clientOptions' as ValidationIssue['step'],
  field: 'clientOptions.connectionName',
  message: hairpin.message,
};

describe('FinishReport', () => {
  it('reports a complete configuration in Japanese, with the command as code', () => {
    const html = renderToStaticMarkup(
      <LanguageProvider lang="ja" catalogue={ja}>
        <FinishReport report={{ ok: true }} />
      </LanguageProvider>,
    );
    expect(html).toContain('構成が完成しました。');
    expect(html).toContain('<code>write memory</code> で保存します。');
  });

  it('lists what remains in Japanese, each led by its step and the step title', () => {
    const text = render(
      <FinishReport report={{ ok: false, errors: [hairpin, hairpin, handoutIssue] }} />,
    );
    expect(text).toContain('未完了: 問題が 3 件残っています。');
    expect(text).toContain('ステップ 11: IPsec の設定');
    expect(text).toContain('「フル トンネルのクライアントにインターネット アクセスを許可する」');
    expect(text).toContain('クライアント設定');
  });

  it('keeps the English texts', () => {
    expect(render(<FinishReport report={{ ok: false, errors: [hairpin] }} />, 'en')).toContain(
      'Not finished: 1 problem remains.Step 11: IPsec SettingsClients send all Internet traffic',
    );
    expect(render(<FinishReport report={{ ok: true }} />, 'en')).toContain(
      'The configuration is complete.Copy or download the ASA configuration and the Windows client instructions from the preview. Paste the configuration in global configuration mode, then save it with write memory.',
    );
  });
});

describe('SummaryCompatibility', () => {
  const props = { routeOf: (id: string) => `/step/${id}`, numberOf: () => 11 };
  it('words the section in Japanese', () => {
    const pfs = ciscoExample();
    pfs.ipsecSettings.pfs = true;
    const text = render(<SummaryCompatibility answers={pfs} {...props} />);
    expect(text).toContain('クライアントの互換性');
    expect(text).toContain('(エラー 0 件、警告 2 件)');
    expect(text).toContain('対象: Windows 10/11、Windows 8/8.1');
    expect(text).toContain('編集 IPsec の設定 (ステップ 11)');
  });

  it('keeps the English texts', () => {
    const text = render(<SummaryCompatibility answers={ciscoExample()} {...props} />, 'en');
    expect(text).toContain(
      'How the built-in VPN clients work with this configuration (0 errors, 1 warning). The client handout tells end users the same in plain words.',
    );
    expect(text).toContain('Warning:');
    expect(text).toContain('Affects: Windows 10/11 and Windows 8/8.1');
  });
});
