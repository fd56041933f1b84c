/**
 * Keeping work: the draft in localStorage (non-secret answers only, unless the user opts in),
 * corrupt drafts, Cancel (start over), and the answers file.
 */
import { DRAFT_KEY } from '../src/wizard/browser-keys';
import { expect, test } from './fixtures';

test('a reload keeps non-secret answers and drops secrets', async ({ wizard, page }) => {
  await wizard.loadCiscoExample();
  await wizard.goToStep(7);
  await wizard.field('Pool Name').fill('VPN-POOL');
  await expect(wizard.preview).toContainText('ip local pool VPN-POOL');

  await page.reload();
  // The key is gone, so the wizard lands on its step and says why.
  await wizard.expectStep(4);
  await expect(page.getByText('Restored your answers from this browser.')).toBeVisible();
  await expect(wizard.field('Pre-Shared Key')).toHaveValue('');
  await expect(wizard.alert('Pre-Shared Key is required.')).toBeVisible();
  await expect(wizard.stepLink(4)).toHaveAccessibleName(/needs input/);
  await expect(wizard.stepLink(6)).toHaveAccessibleName(/needs input/);
  await expect(wizard.preview).toContainText('ip local pool VPN-POOL');

  const stored = await page.evaluate((key) => localStorage.getItem(key) ?? '', DRAFT_KEY);
  expect(stored).toContain('VPN-POOL');
  expect(stored).not.toContain('C!sc0@123');
  expect(stored).not.toMatch(/"password":\s*"test"/);

  await wizard.field('Pre-Shared Key').fill('C!sc0@123');
  await wizard.stepLink(6).click();
  await wizard.expectStep(6);
  await expect(page.getByRole('list', { name: 'Users' })).toContainText('no password');
});

test('"Remember secrets on this computer" keeps them across a reload', async ({ wizard, page }) => {
  await wizard.loadCiscoExample();
  await page.getByLabel('Remember secrets on this computer').check();
  await page.reload();
  await wizard.expectStep(1);
  await expect(page.getByLabel('Remember secrets on this computer')).toBeChecked();
  await wizard.goToStep(4);
  await expect(wizard.field('Pre-Shared Key')).toHaveValue('C!sc0@123');

  await page.getByLabel('Remember secrets on this computer').uncheck();
  const stored = await page.evaluate((key) => localStorage.getItem(key) ?? '', DRAFT_KEY);
  expect(stored).not.toContain('C!sc0@123');
});

for (const [name, draft] of <const>[
  ['corrupt', '{not json'],
  ['outdated', JSON.stringify({ version: 0, answers: {} })],
  ['of another shape', JSON.stringify({ version: 1, answers: { ikePolicy: { hash: 'sha512' } } })],
]) {
  test(`a ${name} draft is discarded with a notice, never a blank page`, async ({
    wizard,
    page,
  }) => {
    await page.goto('/');
    // The wizard reads the draft as it starts: store the bad one after that, for the reload.
    await wizard.untilLive();
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
      key: DRAFT_KEY,
      value: draft,
    });
    await page.reload();
    await wizard.expectStep(1);
    await expect(page.getByText('Your saved draft was discarded')).toBeVisible();
    await expect(wizard.field('Outside interface name')).toHaveValue('outside');
  });
}

test('Cancel asks first, then clears answers and the stored draft', async ({ wizard, page }) => {
  await wizard.loadCiscoExample();
  await page.getByLabel('Remember secrets on this computer').check();
  await wizard.goToStep(7);
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Start over?' });
  await dialog.getByRole('button', { name: 'Keep my answers' }).click();
  await wizard.expectStep(7);
  await expect(wizard.field('Pool Name')).toHaveValue('Address-pool');

  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await dialog.getByRole('button', { name: 'Start over' }).click();
  await wizard.expectStep(1);
  await expect(wizard.heading).toBeFocused();
  await expect(page.getByLabel('Remember secrets on this computer')).not.toBeChecked();
  // Longer than the draft writer's debounce: nothing is written back after the wipe.
  await page.waitForTimeout(600);
  expect(await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull();
  await wizard.goToStep(4);
  await expect(wizard.field('Pre-Shared Key')).toHaveValue('');
});

test('Save answers and Open answers round-trip the answers file', async ({ wizard, page }) => {
  await wizard.loadCiscoExample();
  await wizard.goToStep(7);
  await wizard.field('Pool Name').fill('VPN-POOL');

  const saveAnswers = () => page.getByRole('button', { name: 'Save answers' }).click();
  const saved = await wizard.captureDownload(saveAnswers);
  expect(saved.fileName).toBe('asa-l2tp-answers.json');
  const withoutSecrets = saved.text;
  expect(JSON.parse(withoutSecrets).addressPool.poolName).toBe('VPN-POOL');
  expect(withoutSecrets).not.toContain('C!sc0@123');

  await page.getByLabel('Include secrets in the saved file').check();
  const withSecrets = (await wizard.captureDownload(saveAnswers)).text;
  expect(JSON.parse(withSecrets).authMethod.preSharedKey).toBe('C!sc0@123');

  await wizard.startOver();

  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open answers' }).click();
  await (
    await choosing
  ).setFiles({
    name: 'answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(withoutSecrets),
  });
  await expect(
    page.getByText('Opened answers.json: every answer now comes from the file'),
  ).toBeVisible();
  await expect(wizard.preview).toContainText('ip local pool VPN-POOL');
  await wizard.goToStep(4);
  await expect(wizard.field('Pre-Shared Key')).toHaveValue('');

  const choosingBad = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open answers' }).click();
  await (
    await choosingBad
  ).setFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        ikePolicy: { hash: 'sha512', priority: true },
        ipsecSettings: { natExempt: 'x', splitTunnel: 'yes' },
      }),
    ),
  });
  // Every problem is listed, not only the first few.
  const failure = page
    .locator('.notice')
    .filter({ hasText: 'Could not open bad.json: 4 problems.' });
  await expect(failure).toBeVisible();
  for (const field of ['Hash', 'Priority', 'Exempt VPN traffic from NAT', 'Enable split tunneling'])
    await expect(failure.getByRole('listitem').filter({ hasText: field })).toHaveCount(1);
  await expect(wizard.preview).toContainText('ip local pool VPN-POOL');

  // Only the last file's refusal stays.
  const choosingWorse = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open answers' }).click();
  await (
    await choosingWorse
  ).setFiles({ name: 'worse.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await expect(page.getByText('Could not open worse.json')).toBeVisible();
  await expect(failure).toHaveCount(0);
});
