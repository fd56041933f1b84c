/**
 * The Client setup tab's exports (issue 4), downloaded in Chromium for the Cisco example: the
 * PowerShell script, the Apple profile and both handouts, checked for the values they must carry
 * and for the user password they must never carry. Plus the per-platform pages (Android 12+,
 * Linux configuration files), masking and the confirmation while answers have errors.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { WizardPage } from './wizard-page';

const PSK = 'C!sc0@123';
const PSK_BASE64 = Buffer.from(PSK, 'utf8').toString('base64');
/** A second user whose password is unlike any word an export could contain. */
const USER = { name: 'alice', password: 'Qz7-pw-marker-91x' };
const NO_KEY = 'Ask your administrator for the pre-shared key';
const PLATFORM_LABELS = [
  'Windows 10/11',
  'Windows 8/8.1',
  'macOS',
  'iOS/iPadOS',
  'Android',
  'ChromeOS',
  'Linux',
  'All platforms',
];

/** The Cisco example plus a user with a distinctive password, on the Client setup tab. */
async function openClientSetup(wizard: WizardPage) {
  await wizard.loadCiscoExample();
  await wizard.goToStep(6);
  await wizard.addUser(USER.name, USER.password);
  await expect(wizard.page.getByRole('list', { name: 'Users' })).toContainText(USER.name);
  await wizard.previewTab('Client setup').click();
}

const platformSelect = (wizard: WizardPage) => wizard.preview.getByLabel('Client platform');
const handoutRegion = (page: Page, name: string) => page.getByRole('region', { name });

function expectNoUserPassword(text: string) {
  expect(text).not.toContain(USER.password);
  expect(text).not.toMatch(/password test\b/);
}

test('the platform select lists every platform and starts on Windows 10/11', async ({ wizard }) => {
  await openClientSetup(wizard);
  const select = platformSelect(wizard);
  await expect(select.getByRole('option')).toHaveText(PLATFORM_LABELS);
  await expect(select).toHaveValue('windows-10-11');
  await expect(handoutRegion(wizard.page, 'Windows client setup')).toContainText('Windows 10/11');
});

test('the PowerShell script adds the L2TP connection with the key and no password', async ({
  wizard,
}) => {
  await openClientSetup(wizard);
  const { fileName, text } = await wizard.download({ button: 'Download PowerShell script' });
  expect(fileName).toBe('add-l2tp-vpn.ps1');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('-TunnelType L2tp');
  expect(text).toContain(PSK);
  expectNoUserPassword(text);
  await expect(wizard.preview.getByRole('status').filter({ hasText: fileName })).toBeVisible();
});

test('the Apple profile is an L2TP profile with the key as base64 and no password', async ({
  wizard,
}) => {
  await openClientSetup(wizard);
  await expect(wizard.preview.getByRole('button', { name: 'Download Apple profile' })).toBeHidden();
  await platformSelect(wizard).selectOption({ label: 'iOS/iPadOS' });
  await wizard.preview.getByLabel('User name in the profile (optional)').fill(USER.name);
  const { fileName, text } = await wizard.download({ button: 'Download Apple profile' });
  expect(fileName).toBe('l2tp-vpn.mobileconfig');
  expect(text).toContain('<string>L2TP</string>');
  expect(text).toContain(PSK_BASE64);
  expect(text).toContain(`<string>${USER.name}</string>`);
  expect(text).not.toContain('AuthPassword');
  expectNoUserPassword(text);

  // The install notes say how to open it on the device.
  await wizard.preview.getByText('How users install the profile').click();
  await expect(wizard.preview.getByText(/Open l2tp-vpn\.mobileconfig in Safari/)).toBeVisible();
  // Windows-only exports are not offered for Apple devices.
  await expect(
    wizard.preview.getByRole('button', { name: 'Download PowerShell script' }),
  ).toBeHidden();
});

test('both handouts carry the key, or tell users to ask for it when it is left out', async ({
  wizard,
}) => {
  await openClientSetup(wizard);
  const html = await wizard.download({ button: 'Download handout (HTML)' });
  expect(html.fileName).toBe('l2tp-vpn-handout.html');
  expect(html.text).toMatch(/^<!doctype html>/i);
  expect(html.text).toContain(PSK);
  const markdown = await wizard.download({ button: 'Download handout (Markdown)' });
  expect(markdown.fileName).toBe('l2tp-vpn-handout.md');
  expect(markdown.text).toContain('# L2TP/IPsec VPN setup: Windows 10/11');
  expect(markdown.text).toContain(`Pre-shared key:** ${PSK}`);
  for (const file of [html, markdown]) expectNoUserPassword(file.text);

  await wizard.preview.getByLabel('Include the key in the handout').uncheck();
  await expect(handoutRegion(wizard.page, 'Windows client setup')).toContainText(NO_KEY);
  for (const button of ['Download handout (HTML)', 'Download handout (Markdown)']) {
    const { text } = await wizard.download({ button });
    expect(text).toContain(NO_KEY);
    expect(text).not.toContain(PSK);
    expect(text).not.toContain(PSK_BASE64);
    expectNoUserPassword(text);
  }
});

test('All platforms offers every export and one section per platform', async ({ wizard }) => {
  await openClientSetup(wizard);
  await platformSelect(wizard).selectOption({ label: 'All platforms' });
  const region = handoutRegion(wizard.page, 'Client setup for all platforms');
  for (const label of PLATFORM_LABELS.slice(0, -1)) {
    await expect(region.getByRole('heading', { level: 3, name: label, exact: true })).toBeVisible();
  }
  for (const name of ['Download PowerShell script', 'Download Apple profile']) {
    await expect(wizard.preview.getByRole('button', { name })).toBeVisible();
  }
  const { text } = await wizard.download({ button: 'Download handout (Markdown)' });
  expect(text).toContain('## Android');
  expect(text).toContain('## Linux');
});

test('Android shows the Android 12 and later statement', async ({ wizard }) => {
  await openClientSetup(wizard);
  await platformSelect(wizard).selectOption({ label: 'Android' });
  const region = handoutRegion(wizard.page, 'Android client setup');
  await expect(region).toContainText(
    'Android 12 and later do not offer L2TP/IPSec for new VPN profiles',
  );
  await expect(region).toContainText('Type: L2TP/IPSec PSK');
});

test('Linux shows the configuration files under their paths', async ({ wizard }) => {
  await openClientSetup(wizard);
  await platformSelect(wizard).selectOption({ label: 'Linux' });
  const region = handoutRegion(wizard.page, 'Linux client setup');
  for (const path of [
    '/etc/ipsec.conf',
    '/etc/ipsec.secrets',
    '/etc/xl2tpd/xl2tpd.conf',
    '/etc/ppp/options.l2tpd.client',
  ]) {
    await expect(region.getByRole('figure', { name: path })).toBeVisible();
  }
  await expect(region.getByRole('figure', { name: '/etc/ipsec.conf' })).toContainText('172.16.1.2');
  await expect(region.getByRole('figure', { name: '/etc/ipsec.secrets' })).toContainText(PSK);
  await expect(region).not.toContainText(USER.password);
});

test('Mask secrets hides the key in the tab while the downloads keep it', async ({
  wizard,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openClientSetup(wizard);
  await platformSelect(wizard).selectOption({ label: 'All platforms' });
  const region = handoutRegion(wizard.page, 'Client setup for all platforms');
  await expect(region).toContainText(PSK);
  await wizard.preview.getByLabel('Mask secrets').check();
  await expect(region).not.toContainText(PSK);
  await expect(region).toContainText('********');

  const { text } = await wizard.download({ button: 'Download handout (HTML)' });
  expect(text).toContain(PSK);
  const script = await wizard.download({ button: 'Download PowerShell script' });
  expect(script.text).toContain(PSK);
  expect(await wizard.copy()).toContain(PSK);
});

test('the platform stays chosen when switching tabs', async ({ wizard }) => {
  await openClientSetup(wizard);
  await platformSelect(wizard).selectOption({ label: 'ChromeOS' });
  await wizard.previewTab('ASA CLI').click();
  await wizard.previewTab('Client setup').click();
  await expect(platformSelect(wizard)).toHaveValue('chromeos');
  await expect(handoutRegion(wizard.page, 'ChromeOS client setup')).toBeVisible();
});

test('with errors, each export asks first and still downloads', async ({ wizard, page }) => {
  // A fresh wizard has no pre-shared key: the answers have errors.
  await wizard.open(1);
  await wizard.previewTab('Client setup').click();
  await platformSelect(wizard).selectOption({ label: 'All platforms' });
  const dialog = page.getByRole('dialog', { name: 'The answers still have errors' });

  await wizard.preview.getByRole('button', { name: 'Download Apple profile' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('The profile may be incomplete');
  await dialog.getByRole('button', { name: 'Not now' }).click();
  await expect(dialog).toBeHidden();

  for (const [button, fileName] of [
    ['Download PowerShell script', 'add-l2tp-vpn.ps1'],
    ['Download Apple profile', 'l2tp-vpn.mobileconfig'],
    ['Download handout (HTML)', 'l2tp-vpn-handout.html'],
    ['Download handout (Markdown)', 'l2tp-vpn-handout.md'],
  ]) {
    const file = await wizard.download({ button, confirm: true });
    expect(file.fileName).toBe(fileName);
    await expect(dialog).toBeHidden();
  }
});
