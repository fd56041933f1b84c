/**
 * Resilience: a render error shows the recovery screen (never a blank page), which offers the
 * answers without secrets and a clean start; drafts from older versions are discarded with a
 * notice. The error is forced with the test-only switch of src/wizard/recovery-crash-switch.tsx.
 */
import { CRASH_EVENT, CRASH_SWITCH_KEY, DRAFT_KEY } from '../src/wizard/browser-keys';
import { expect, test } from './fixtures';

test('a render error shows the recovery screen with the answers and a way to start over', async ({
  wizard,
  page,
}) => {
  await page.goto('/');
  await wizard.untilLive();
  await page.evaluate((key) => sessionStorage.setItem(key, 'armed'), CRASH_SWITCH_KEY);
  // The switch is read once, when the page loads.
  await page.reload();
  await wizard.loadCiscoExample();
  await wizard.goToStep(7);
  await wizard.field('Pool Name').fill('RECOVER-ME');

  await page.evaluate((name) => window.dispatchEvent(new Event(name)), CRASH_EVENT);
  const recovery = page.getByRole('main', { name: 'The wizard stopped because of an error' });
  await expect(recovery).toBeVisible();
  await expect(wizard.heading).toHaveCount(0);

  const download = await wizard.captureDownload(() =>
    recovery.getByRole('button', { name: 'Download answers (without secrets)' }).click(),
  );
  expect(download.fileName).toBe('asa-l2tp-answers.json');
  const answers = JSON.parse(download.text);
  expect(answers.addressPool.poolName).toBe('RECOVER-ME');
  expect(answers.authMethod.preSharedKey).toBe('');
  expect(JSON.stringify(answers)).not.toContain('C!sc0@123');

  await recovery.getByRole('button', { name: 'Start over' }).click();
  await wizard.expectStep(1, 'Introduction');
  expect(page.url()).toMatch(/#\/step\/1$/);
  expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull();
  await expect(wizard.preview.getByRole('region', { name: 'ASA configuration' })).toBeVisible();
  await expect(wizard.preview).not.toContainText('RECOVER-ME');
});

test('the crash switch is inert unless armed', async ({ wizard, page }) => {
  await wizard.open(1);
  await page.evaluate((name) => window.dispatchEvent(new Event(name)), CRASH_EVENT);
  await wizard.next.click();
  await wizard.expectStep(2);
});

for (const [name, key, value] of [
  ['an older version field', DRAFT_KEY, JSON.stringify({ version: 0, answers: {} })],
  ['an older key', 'asa-l2tp-wizard:draft', JSON.stringify({ answers: { addressPool: {} } })],
] as const) {
  test(`a draft with ${name} is discarded with a notice`, async ({ wizard, page }) => {
    await page.goto('/');
    // The wizard reads the draft as it starts: store the bad one after that, for the reload.
    await wizard.untilLive();
    await page.evaluate((draft) => localStorage.setItem(draft.key, draft.value), { key, value });
    await page.reload();
    await wizard.expectStep(1);
    await expect(
      page.getByText(
        'Your saved draft was discarded because it was saved by an older version of the wizard.',
      ),
    ).toBeVisible();
    await expect(wizard.field('Outside interface name')).toHaveValue('outside');
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
  });
}
