/** axe (WCAG 2.0/2.1 A and AA, 2.2 AA) on every step, both preview tabs, errors and dialogs. */
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

for (let number = 1; number <= 12; number += 1) {
  test(`step ${number} passes axe`, async ({ wizard, page }) => {
    await wizard.loadCiscoExample();
    if (number > 1) await wizard.goToStep(number);
    await expect(page.locator('.loading')).toHaveCount(0);
    await expectNoViolations(page, `step ${number}`);
  });
}

test('both preview tabs and the help panel pass axe', async ({ wizard, page }) => {
  await wizard.loadCiscoExample();
  await wizard.previewTab('Client setup').click();
  await expect(wizard.preview.getByRole('region', { name: 'Windows client setup' })).toBeVisible();
  await expectNoViolations(page, 'the Client setup tab');
  await wizard.previewTab('ASA CLI').click();
  await page.getByRole('button', { name: 'Help', exact: true }).click();
  await expect(page.getByRole('complementary', { name: /^Help: / })).toBeVisible();
  await expectNoViolations(page, 'the ASA CLI tab with help open');
});

test('error states and dialogs pass axe', async ({ wizard, page }) => {
  // Three axe runs: more than the default 30 s on two shared cores.
  test.setTimeout(90_000);
  await wizard.open(4);
  await wizard.field('Pre-Shared Key').fill('has space');
  await wizard.next.click();
  await expect(wizard.alert("cannot contain spaces or '?'")).toBeVisible();
  await expectNoViolations(page, 'step 4 with an error');

  await wizard.goToStep(3);
  await wizard.field('CHAP').check();
  await wizard.next.click();
  await expect(wizard.alert('CHAP is not supported')).toBeVisible();
  await expectNoViolations(page, 'step 3 with a cross-step error');

  await wizard.preview.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'the copy confirmation dialog');
});

test('conditional fields pass axe', async ({ wizard, page }) => {
  // Four axe runs: more than the default 30 s on two shared cores.
  test.setTimeout(90_000);
  await wizard.loadCiscoExample();
  await wizard.goToStep(5);
  await wizard.field('Authenticate using an AAA server group').check();
  await expect(wizard.field('Server Secret Key')).toBeVisible();
  await expectNoViolations(page, 'step 5 with an AAA server group');
  await wizard.field('Authenticate using the local user database').check();
  await wizard.goToStep(4);
  await wizard.field('Authenticate with a certificate').check();
  await expect(wizard.field('Certificate Name')).toBeVisible();
  await expectNoViolations(page, 'step 4 with a certificate');
  await wizard.field('Authenticate with a pre-shared key').check();
  await wizard.field('Pre-Shared Key').fill('C!sc0@123');
  await wizard.goToStep(11);
  await wizard.field('Enable split tunneling').check();
  await wizard.field('Split tunnel networks').fill('10.1.1.0/24');
  await wizard.field('Enable Perfect Forwarding Secrecy (PFS)').check();
  await expect(wizard.field('Diffie-Hellman Group for PFS')).toBeVisible();
  await expectNoViolations(page, 'step 11 with split tunneling and PFS');
});

test('the narrow layout passes axe', async ({ wizard, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await wizard.loadCiscoExample();
  await expectNoViolations(page, 'step 1 at 390 px');
  await wizard.goToStep(6);
  await expectNoViolations(page, 'step 6 at 390 px');
});

test('Help brings its panel into view on a narrow screen', async ({ wizard, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await wizard.loadCiscoExample();
  await wizard.goToStep(12);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.getByRole('button', { name: 'Help', exact: true }).click();
  const help = page.getByRole('complementary', { name: /^Help: / });
  await expect(help).toBeInViewport();
  // Closing it (or leaving the step) must not break anything.
  await help.getByRole('button', { name: 'Close help' }).click();
  await expect(help).toHaveCount(0);
  await page.getByRole('button', { name: 'Help', exact: true }).click();
  await wizard.back.click();
  await wizard.expectStep(11);
  await expect(page.getByText('The wizard stopped because of an error')).toHaveCount(0);
});
