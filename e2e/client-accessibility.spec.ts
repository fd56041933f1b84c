/**
 * axe (WCAG 2.0/2.1 A and AA, 2.2 AA) on the Client setup tab for every platform choice, and on the
 * Summary step with client compatibility findings. Extends accessibility.spec.ts, same tags.
 */
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

const PLATFORMS = [
  ['Windows 10/11', 'Windows client setup'],
  ['Windows 8/8.1', 'Windows client setup'],
  ['macOS', 'macOS client setup'],
  ['iOS/iPadOS', 'iOS/iPadOS client setup'],
  ['Android', 'Android client setup'],
  ['ChromeOS', 'ChromeOS client setup'],
  ['Linux', 'Linux client setup'],
  ['All platforms', 'Client setup for all platforms'],
] as const;

for (const [label, region] of PLATFORMS) {
  test(`the Client setup tab for ${label} passes axe`, async ({ wizard, page }) => {
    await wizard.loadCiscoExample();
    await wizard.previewTab('Client setup').click();
    await wizard.preview.getByLabel('Client platform').selectOption({ label });
    await expect(page.getByRole('region', { name: region, exact: true })).toBeVisible();
    const notes = wizard.preview.getByText('How users install the profile');
    if (await notes.isVisible()) await notes.click();
    await expectNoViolations(page, `the Client setup tab for ${label}`);
  });
}

test('the Client setup tab passes axe masked, narrow, and with its confirmation open', async ({
  wizard,
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await wizard.open(1);
  await wizard.previewTab('Client setup').click();
  await wizard.preview.getByLabel('Client platform').selectOption({ label: 'All platforms' });
  await wizard.preview.getByLabel('Mask secrets').check();
  await wizard.preview.getByLabel('Include the key in the handout').uncheck();
  await expectNoViolations(page, 'the Client setup tab at 390 px, masked, without the key');
  await wizard.preview.getByRole('button', { name: 'Download PowerShell script' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'the script download confirmation');
});

test('the Summary with client compatibility findings passes axe', async ({ wizard, page }) => {
  await wizard.loadCiscoExample();
  await wizard.goToStep(2);
  await wizard.field('ASA is behind another NAT device').check();
  await wizard.goToStep(11);
  await wizard.field('Enable split tunneling').check();
  await wizard.field('Split tunnel networks').fill('10.1.1.0/24');
  await wizard.field('Enable Perfect Forwarding Secrecy (PFS)').check();
  await wizard.goToStep(12);
  const section = page.getByRole('region', { name: 'Client compatibility' });
  await expect(section.getByRole('listitem')).not.toHaveCount(0);
  await expect(section).toContainText('PFS is on');
  await expectNoViolations(page, 'the Summary with compatibility findings');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoViolations(page, 'the Summary at 390 px');
});
