/**
 * The frame's texts come from the catalogue: English exactly as before, Japanese in the order
 * Japanese needs, and notices kept as messages so that one on screen follows a language switch.
 */
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { stepTitle } from '../domain/answers';
import { formatMessage, msg, type Catalogue, type Lang } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { en } from '../i18n/en';
import { ja } from '../i18n/ja';
import { LanguageProvider } from '../ui/i18n';
import { ButtonBar } from './button-bar';
import { notice } from './boot-state';
import { NoticeList } from './notice-list';
import { WizardContext, type NoticeItem, type WizardContextValue } from './wizard-context';

const CATALOGUES: Record<Lang, Catalogue> = { en, ja };

function render(lang: Lang, node: ReactNode): string {
  return renderToStaticMarkup(
    <LanguageProvider lang={lang} catalogue={CATALOGUES[lang]}>
      {node}
    </LanguageProvider>,
  );
}

/** The page's visible text, tags removed (markup from renderToStaticMarkup only). */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<');

const buttonBar = (isLast: boolean) => (
  <ButtonBar
    isFirst={false}
    isLast={isLast}
    helpOpen={false}
    onBack={() => {}}
    onCancel={() => {}}
    onToggleHelp={() => {}}
  />
);

describe('button bar', () => {
  it('keeps the English buttons, arrows outside their names', () => {
    const html = render('en', buttonBar(false));
    expect(html).toContain('<span aria-hidden="true">‹ </span>Back</button>');
    expect(html).toContain('>Next<span aria-hidden="true"> ›</span></button>');
    expect(text(html)).toBe('‹ BackNext ›CancelHelp');
    expect(text(render('en', buttonBar(true)))).toBe('‹ BackFinishCancelHelp');
  });

  it("shows ASDM's Japanese buttons, with names without the arrows", () => {
    const html = render('ja', buttonBar(false));
    expect(html).toContain('<span aria-hidden="true">&lt; </span>戻る</button>');
    expect(html).toContain('>次へ<span aria-hidden="true"> &gt;</span></button>');
    expect(text(html).replace(/&gt;/g, '>')).toBe('< 戻る次へ >キャンセルヘルプ');
    expect(text(render('ja', buttonBar(true)))).toBe('< 戻る完了キャンセルヘルプ');
  });
});

describe('step heading and blocked-step notice', () => {
  it('reads "Step N of 12: title" in English and "ステップ N/12: title" in Japanese', () => {
    const heading = msg('chrome.step.heading', {
      number: 8,
      total: 12,
      title: stepTitle('ikePolicy'),
    });
    expect(english(heading)).toBe('Step 8 of 12: IKE Policy');
    expect(formatMessage(ja, heading)).toBe('ステップ 8/12: IKE ポリシー');
  });

  it('is one sentence with the numbers where each language puts them', () => {
    const blocked = msg('chrome.step.blocked', {
      target: 7,
      title: stepTitle('addressPool'),
      number: 4,
    });
    expect(english(blocked)).toBe(
      'Step 7 (Address Pool) cannot be opened yet: step 4 has problems to fix first.',
    );
    expect(formatMessage(ja, blocked)).toBe(
      'ステップ 7 (アドレス プール) はまだ開けません。先にステップ 4 の問題を修正してください。',
    );
  });
});

describe('notices', () => {
  const notices: NoticeItem[] = [
    notice('success', msg('chrome.file.opened', { file: 'answers.json' })),
    notice('error', msg('chrome.file.openFailed.many', { file: 'x.json', count: 2 }), [
      'authMethod: Unknown key.',
      msg('chrome.draft.reason.unreadable'),
    ]),
  ];
  const context = { notices, dismissNotice: () => {} } as unknown as WizardContextValue;
  const list = (
    <WizardContext.Provider value={context}>
      <NoticeList />
    </WizardContext.Provider>
  );

  it('formats the same stored messages in the language shown', () => {
    const english = text(render('en', list));
    expect(english).toContain(
      'Opened answers.json: every answer now comes from the file (defaults where it has none).',
    );
    expect(english).toContain('Could not open x.json: 2 problems.');
    expect(english).toContain('Dismiss');
    const japanese = text(render('ja', list));
    expect(japanese).toContain('answers.json を開きました。');
    expect(japanese).toContain('x.json を開けませんでした (問題: 2 件)。');
    expect(japanese).toContain('読み取れなかった');
    // A detail still in plain text (from a part not yet in the catalogue) is shown as it is.
    expect(japanese).toContain('authMethod: Unknown key.');
    expect(japanese).toContain('閉じる');
    expect(japanese).not.toContain('Dismiss');
  });

  it('keeps the English sentences of the file toolbar byte for byte', () => {
    const opened =
      'Opened a.json: every answer now comes from the file (defaults where it has none).';
    expect(english(msg('chrome.file.openedNeedsAttention.one', { file: 'a.json' }))).toBe(
      `${opened} 1 field needs attention (secrets are not saved unless the file includes them).`,
    );
    expect(
      english(msg('chrome.file.openedNeedsAttention.many', { file: 'a.json', count: 3 })),
    ).toBe(
      `${opened} 3 fields need attention (secrets are not saved unless the file includes them).`,
    );
    expect(english(msg('chrome.file.openFailed.one', { file: 'a.json' }))).toBe(
      'Could not open a.json: 1 problem.',
    );
  });
});
