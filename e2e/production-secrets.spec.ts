/**
 * Secrets (the pre-shared key, user passwords, AAA keys) never reach the URL, never reach storage
 * unless the user ticks "Remember secrets on this computer", are never logged, and "Cancel" (start
 * over) removes them from memory and storage.
 */
import type { Page } from '@playwright/test';
import { DRAFT_KEY } from '../src/wizard/browser-keys';
import { expect, test } from './fixtures';
import { watchPage, type PageWatch } from './production-guards';
import type { WizardPage } from './wizard-page';

/** Unique per run, valid for every secret field (no space, no '?'). */
const KEY = `PskMarker-${Date.now().toString(36)}-Zq7`;
const PASSWORD = `PwMarker-${Date.now().toString(36)}-Xv4`;

/** The Cisco example with our own key and a user with our own password, then every step. */
async function enterSecretsAndWalk(wizard: WizardPage, page: Page) {
  await wizard.loadCiscoExample();
  await wizard.goToStep(4);
  await wizard.field('Pre-Shared Key').fill(KEY);
  await page.getByRole('button', { name: 'Show Pre-Shared Key' }).click();
  await wizard.goToStep(6);
  await wizard.addUser('marker-user', PASSWORD);
  await expect(page.getByRole('list', { name: 'Users' })).toContainText('marker-user');
  for (let number = 6; number < 12; number += 1) {
    await wizard.expectStep(number);
    await wizard.next.click();
  }
  await wizard.finish.click();
  await expect(page.getByText('The configuration is complete.')).toBeVisible();
  await wizard.previewTab('Client setup').click();
  await wizard.previewTab('ASA CLI').click();
  await expect(wizard.preview).toContainText(KEY);
  await wizard.goToStep(7);
  await wizard.field('Pool Name').fill('VPN-POOL');
  // Longer than the draft writer's debounce, so the draft on disk is the latest.
  await page.waitForTimeout(700);
}

async function storedText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [localStorage, sessionStorage]
      .flatMap((storage) => Object.keys(storage).map((key) => `${key}=${storage.getItem(key)}`))
      .join('\n'),
  );
}

function expectNowhere(text: string, what: string) {
  for (const secret of [KEY, PASSWORD]) expect(text, what).not.toContain(secret);
}

function consoleText(watch: PageWatch) {
  return watch.console.map((message) => message.text).join('\n') + watch.errors.join('\n');
}

test('secrets stay out of the URL, the storage and the console', async ({ wizard, page }) => {
  const watch = await watchPage(page);
  const urls: string[] = [];
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  await enterSecretsAndWalk(wizard, page);

  urls.push(page.url());
  expectNowhere(urls.join('\n'), 'URL (hash included)');
  const stored = await storedText(page);
  expect(stored).toContain('VPN-POOL'); // the draft is there, only without secrets
  expectNowhere(stored, 'localStorage and sessionStorage');
  expectNowhere(consoleText(watch), 'console');
  expectNowhere(
    await page.evaluate(() => (window.history.state ? JSON.stringify(window.history.state) : '')),
    'history state',
  );

  await page.reload();
  await wizard.goToStep(4);
  await expect(wizard.field('Pre-Shared Key')).toHaveValue('');
});

test('"Remember secrets on this computer" stores them; Cancel removes them everywhere', async ({
  wizard,
  page,
}) => {
  const watch = await watchPage(page);
  await enterSecretsAndWalk(wizard, page);
  expectNowhere(await storedText(page), 'storage before opting in');

  await page.getByLabel('Remember secrets on this computer').check();
  const remembered = await page.evaluate((key) => localStorage.getItem(key) ?? '', DRAFT_KEY);
  expect(remembered).toContain(KEY);
  expect(remembered).toContain(PASSWORD);

  await wizard.startOver();
  await page.waitForTimeout(700);
  expectNowhere(await storedText(page), 'storage after Start over');
  // Gone from the page too: every field, the preview and the rest of the document.
  const everything = await page.evaluate(
    () =>
      document.documentElement.outerHTML +
      [...document.querySelectorAll('input, textarea')]
        .map((field) => (field as HTMLInputElement).value)
        .join('\n'),
  );
  expectNowhere(everything, 'the page after Start over');
  await wizard.goToStep(4);
  await expect(wizard.field('Pre-Shared Key')).toHaveValue('');
  expectNowhere(consoleText(watch), 'console');
});
