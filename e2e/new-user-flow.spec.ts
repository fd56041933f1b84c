/**
 * A new user's session: every step in order with the Cisco document's values typed in, Finish,
 * then the download. Plus the shortcut ("Load the Cisco example") and Copy.
 */
import { ASA_FILE, CISCO_GOLDEN, HANDOUT_FILE, expect, test } from './fixtures';

test('a new user types the Cisco values through all 12 steps and downloads the golden config', async ({
  wizard,
  page,
}) => {
  await wizard.open(1);
  await wizard.expectStep(1, 'Introduction');
  await expect(wizard.steps.getByRole('link', { name: /^1\. Introduction/ })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(wizard.field('ASA software version')).toHaveValue('8.4-or-later');
  await expect(wizard.field('Outside interface name')).toHaveValue('outside');
  await wizard.next.click();

  await wizard.expectStep(2, 'VPN Tunnel Interface');
  await expect(wizard.field('VPN Tunnel Interface')).toHaveValue('outside');
  await expect(
    wizard.field('Enable inbound IPsec sessions to bypass interface access lists'),
  ).toBeChecked();
  await wizard.next.click();

  await wizard.expectStep(3, 'Remote Access Client');
  await expect(wizard.field('Microsoft Windows client using L2TP over IPsec')).toBeChecked();
  await expect(wizard.field('MS-CHAP-V1')).toBeChecked();
  await expect(wizard.field('MS-CHAP-V2')).toBeChecked();
  await expect(wizard.field('CHAP')).not.toBeChecked();
  await wizard.next.click();

  await wizard.expectStep(4, 'VPN Client Authentication Method and Tunnel Group Name');
  await expect(wizard.field('Authenticate with a pre-shared key')).toBeChecked();
  await expect(wizard.field('Tunnel Group Name')).toHaveValue('DefaultRAGroup');
  await expect(wizard.field('Tunnel Group Name')).toHaveAttribute('readonly', '');
  await wizard.field('Pre-Shared Key').fill('C!sc0@123');
  await wizard.next.click();

  await wizard.expectStep(5, 'Client Authentication');
  await expect(wizard.field('Authenticate using the local user database')).toBeChecked();
  await wizard.next.click();

  await wizard.expectStep(6, 'User Accounts');
  await wizard.addUser('test', 'test');
  await expect(page.getByRole('list', { name: 'Users' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Delete test' })).toBeVisible();
  await wizard.next.click();

  const rest = [
    [7, 'Address Pool'],
    [8, 'IKE Policy'],
    [9, 'IPsec Transform Set and Crypto Map'],
    [10, 'Attributes Pushed to Client'],
    [11, 'IPsec Settings'],
  ] as const;
  for (const [number, title] of rest) {
    await wizard.expectStep(number, title);
    await wizard.next.click();
  }

  await wizard.expectStep(12, 'Summary');
  await expect(page.getByText('Errors (0)')).toBeVisible();
  await wizard.finish.click();
  await expect(page.getByText('The configuration is complete.')).toBeVisible();
  for (const number of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) {
    await expect(wizard.stepLink(number)).toHaveAccessibleName(/\(completed\)$/);
  }

  const { fileName, text } = await wizard.download();
  expect(fileName).toBe(ASA_FILE);
  expect(text).toBe(CISCO_GOLDEN);
});

test('"Load the Cisco example" then Download gives the golden config', async ({ wizard }) => {
  await wizard.loadCiscoExample();
  const { fileName, text } = await wizard.download();
  expect(fileName).toBe(ASA_FILE);
  expect(text).toBe(CISCO_GOLDEN);
});

test('Copy puts exactly the downloaded text on the clipboard', async ({ wizard, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await wizard.loadCiscoExample();
  const copied = await wizard.copy();
  const { text } = await wizard.download();
  expect(copied).toBe(text);
  expect(copied).toBe(CISCO_GOLDEN);
});

test('Mask secrets hides keys and passwords in the preview only', async ({ wizard }) => {
  await wizard.loadCiscoExample();
  const cli = wizard.preview.getByRole('region', { name: 'ASA configuration' });
  await expect(cli).toContainText('ikev1 pre-shared-key C!sc0@123');
  await wizard.preview.getByLabel('Mask secrets').check();
  await expect(cli).not.toContainText('C!sc0@123');
  await expect(cli).toContainText('username test password ******** mschap');
  const { text } = await wizard.download();
  expect(text).toBe(CISCO_GOLDEN);
});

test('the Client setup tab shows the Windows steps and downloads the handout', async ({
  wizard,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await wizard.loadCiscoExample();
  await wizard.previewTab('Client setup').click();
  await expect(wizard.preview.getByLabel('Connection name')).toHaveValue('L2TP VPN');
  await expect(wizard.preview.getByLabel('Include the key in the handout')).toBeChecked();
  await wizard.preview.getByLabel('Connection name').fill('Office VPN');
  const checklist = wizard.preview.getByRole('region', { name: 'Windows client setup' });
  await expect(checklist).toContainText('Office VPN');
  await expect(checklist).toContainText('C!sc0@123');

  const copied = await wizard.copy();
  expect(copied).toContain('Office VPN');
  const { fileName, text } = await wizard.download({ button: 'Download handout (HTML)' });
  expect(fileName).toBe(HANDOUT_FILE);
  expect(text).toMatch(/^<!doctype html>/i);
  expect(text).toContain('Office VPN');
  expect(text).not.toContain('password test');

  await wizard.preview.getByLabel('Include the key in the handout').uncheck();
  await expect(checklist).not.toContainText('C!sc0@123');
});

test('with errors, Download asks first and still gives the best-effort file', async ({
  wizard,
  page,
}) => {
  await wizard.open(1);
  await expect(wizard.preview.getByText('Incomplete answers.')).toBeVisible();
  await wizard.preview.getByRole('button', { name: 'Download', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'The answers still have errors' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Not now' }).click();
  await expect(dialog).toBeHidden();
  const { text } = await wizard.download({ confirm: true });
  expect(text).toContain('crypto map outside_map interface outside');
});
