/**
 * The wizard in Japanese: a Japanese browser starts in Japanese; the Cisco scenario walked by its
 * Japanese labels gives the same configuration as in English; axe finds nothing; no English
 * sentence is left on any screen; switching the language keeps answers, errors and focus; the
 * choice survives a reload.
 */
import type { Page } from '@playwright/test';
import { englishRun } from '../src/i18n/english-run';
import { LANGUAGE_KEY } from '../src/i18n/language';
import { expectNoViolations } from './axe';
import { ASA_FILE, CISCO_GOLDEN, expect, test } from './fixtures';

test.use({ locale: 'ja-JP' });
// Several axe runs and page scans per test: more than the default 30 s on two shared cores.
test.describe.configure({ timeout: 90_000 });

const heading = (page: Page) =>
  page.getByRole('heading', { level: 2, name: /^ステップ \d+\/12: / });
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const next = (page: Page) => page.getByRole('button', { name: '次へ', exact: true });
const preview = (page: Page) => page.getByRole('region', { name: 'プレビュー' });
const languageSelect = (page: Page) => page.getByLabel('Language / 言語', { exact: true });

async function expectStep(page: Page, number: number, title: string) {
  await expect(heading(page)).toHaveText(`ステップ ${number}/12: ${title}`);
}

/**
 * Every visible text node outside code, CLI output, option values, English-marked content
 * (lang="en": the ASDM labels, the English handouts) and the language names: what must be Japanese.
 */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || text === '') continue;
      if (
        parent.closest(
          'noscript, script, style, code, pre, kbd, samp, option, [lang="en"], [aria-hidden="true"]',
        )
      )
        continue;
      const style = getComputedStyle(parent);
      const hiddenVisually = parent.closest('.visually-hidden') !== null;
      if (!hiddenVisually && (style.display === 'none' || style.visibility === 'hidden')) continue;
      texts.push(text);
    }
    return texts;
  });
}

async function expectNoEnglish(page: Page, where: string) {
  const english = (await visibleTexts(page))
    .map((text) => [text, englishRun(text)])
    .filter(([, run]) => run !== null);
  expect(english, `English text on ${where}`).toEqual([]);
}

async function loadCiscoExample(page: Page) {
  await page.goto('/#/step/1');
  await expectStep(page, 1, 'はじめに');
  await page.getByRole('button', { name: 'Cisco の設定例を読み込む' }).click();
  await expect(page.getByText('Cisco の設定例をすべてのステップに読み込みました。')).toBeVisible();
}

test('a Japanese browser starts in Japanese, with html lang="ja"', async ({ page }) => {
  await page.goto('/');
  await expectStep(page, 1, 'はじめに');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(languageSelect(page)).toHaveValue('ja');
  await expect(page.getByRole('button', { name: '戻る', exact: true })).toBeVisible();
  await expect(next(page)).toHaveText('次へ >');
});

test('the Cisco scenario walked by its Japanese labels gives the English walk’s configuration', async ({
  page,
}) => {
  await page.goto('/#/step/1');
  await expectStep(page, 1, 'はじめに');
  await expect(field(page, '外部インターフェイス名')).toHaveValue('outside');
  await next(page).click();

  await expectStep(page, 2, 'VPN トンネル インターフェイス');
  await expect(field(page, 'VPN トンネル インターフェイス')).toHaveValue('outside');
  await next(page).click();

  await expectStep(page, 3, 'リモート アクセス クライアント');
  await expect(field(page, 'MS-CHAP-V2')).toBeChecked();
  await next(page).click();

  await expectStep(page, 4, 'VPN クライアント認証方式とトンネル グループ名');
  await expect(field(page, 'トンネル グループ名')).toHaveValue('DefaultRAGroup');
  await field(page, '事前共有キー').fill('C!sc0@123');
  await next(page).click();

  await expectStep(page, 5, 'クライアント認証');
  await next(page).click();

  await expectStep(page, 6, 'ユーザー アカウント');
  await field(page, 'ユーザー名').fill('test');
  await field(page, 'パスワード').fill('test');
  await field(page, 'パスワードの確認').fill('test');
  await page.getByRole('button', { name: '追加', exact: true }).click();
  await expect(page.getByRole('button', { name: 'ユーザー test を削除' })).toBeVisible();
  await next(page).click();

  for (const [number, title] of [
    [7, 'アドレス プール'],
    [8, 'IKE ポリシー'],
    [9, 'IPsec トランスフォーム セットとクリプト マップ'],
    [10, 'クライアントにプッシュする属性'],
    [11, 'IPsec の設定'],
  ] as const) {
    await expectStep(page, number, title);
    await next(page).click();
  }

  await expectStep(page, 12, 'サマリー');
  await page.getByRole('button', { name: '完了', exact: true }).click();
  await expectNoEnglish(page, "Finish's report");

  const download = page.waitForEvent('download');
  await preview(page).getByRole('button', { name: 'ダウンロード', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(ASA_FILE);
  const { readFile } = await import('node:fs/promises');
  expect(await readFile(await file.path(), 'utf8')).toBe(CISCO_GOLDEN);
});

for (let number = 1; number <= 12; number += 1) {
  test(`step ${number} in Japanese: axe finds nothing and no English sentence shows`, async ({
    page,
  }) => {
    await loadCiscoExample(page);
    if (number > 1) await page.goto(`/#/step/${number}`);
    await expect(heading(page)).toHaveText(new RegExp(`^ステップ ${number}/12: `));
    await expect(page.locator('.loading')).toHaveCount(0);
    await expectNoViolations(page, `step ${number} in Japanese`);
    await expectNoEnglish(page, `step ${number}`);
    await page.getByRole('button', { name: 'ヘルプ', exact: true }).click();
    await expect(page.getByRole('complementary')).toBeVisible();
    await expectNoEnglish(page, `step ${number} with Help open`);
  });
}

test('the preview tabs, errors and dialogs in Japanese pass axe and show no English sentence', async ({
  page,
}) => {
  await page.goto('/#/step/4');
  await field(page, '事前共有キー').fill('has space');
  await next(page).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoViolations(page, 'step 4 with an error, in Japanese');
  await expectNoEnglish(page, 'step 4 with an error');

  await preview(page).getByRole('button', { name: 'コピー', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'the copy confirmation dialog, in Japanese');
  await expectNoEnglish(page, 'the copy confirmation dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'キャンセル', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoEnglish(page, 'the start-over dialog');
  await page.keyboard.press('Escape');

  await preview(page).getByRole('tab', { name: 'クライアント設定' }).click();
  await expectNoViolations(page, 'the Client setup tab, in Japanese');
  await expectNoEnglish(page, 'the Client setup tab');
});

test('switching the language mid-step keeps answers, errors (now in English) and focus', async ({
  page,
}) => {
  await loadCiscoExample(page);
  await page.goto('/#/step/7');
  await field(page, 'プール名').fill('bad name');
  await next(page).click();
  const japaneseError = page.getByRole('alert').filter({ hasText: 'プール名' }).first();
  await expect(japaneseError).toBeVisible();

  await preview(page).getByRole('tab', { name: 'クライアント設定' }).click();
  await languageSelect(page).focus();
  await languageSelect(page).selectOption('en');
  await expect(page.getByRole('tab', { name: 'Client setup' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(languageSelect(page)).toBeFocused();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Step 7 of 12: Address Pool' }),
  ).toBeVisible();
  await expect(page.getByLabel('Pool Name', { exact: true })).toHaveValue('bad name');
  await expect(page.getByRole('alert').filter({ hasText: 'Pool Name' }).first()).toBeVisible();

  await languageSelect(page).selectOption('ja');
  await expect(languageSelect(page)).toBeFocused();
  await expect(field(page, 'プール名')).toHaveValue('bad name');
  await expect(japaneseError).toBeVisible();
});

test('the language choice survives a reload, whatever the browser language', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: /^Step 1 of 12: / })).toBeVisible();
  await languageSelect(page).selectOption('ja');
  await expectStep(page, 1, 'はじめに');
  expect(await page.evaluate((key) => localStorage.getItem(key), LANGUAGE_KEY)).toBe('ja');
  await page.reload();
  await expectStep(page, 1, 'はじめに');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await context.close();
});

test('the ASDM label shows under a Japanese label without changing its accessible name', async ({
  page,
}) => {
  await page.goto('/#/step/4');
  const key = field(page, '事前共有キー');
  await expect(key).toBeVisible();
  await expect(key).toHaveAccessibleName('事前共有キー');
  await expect(page.getByText('ASDM: Pre-Shared Key')).toBeVisible();
});

test('full-width input from a Japanese IME becomes ASCII when the field is left, with a note', async ({
  page,
}) => {
  await loadCiscoExample(page);
  await page.goto('/#/step/7');
  const start = field(page, '開始 IP アドレス');
  await start.fill('１９２．１６８．１．１０');
  await start.press('Tab');
  await expect(start).toHaveValue('192.168.1.10');
  await expect(page.getByText('全角文字を半角 (ASCII) に変換しました。')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '開始 IP アドレス' })).toHaveCount(0);
});
