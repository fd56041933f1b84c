/**
 * The server/client consistency check on the Summary step: findings with their platforms and
 * severity, an Edit link to the step that fixes them, and the same finding in the handout.
 */
import { expect, test } from './fixtures';

test('the Summary lists client compatibility findings with links to their step', async ({
  wizard,
  page,
}) => {
  await wizard.loadCiscoExample();
  await wizard.goToStep(12);
  const section = page.getByRole('region', { name: 'Client compatibility' });
  // The Cisco example: only the note that is always true (one Windows client per NAT).
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await expect(section).toContainText('Only one Windows client behind the same NAT router');
  await expect(section.getByRole('link')).toHaveCount(0);

  await wizard.goToStep(11);
  await wizard.field('Enable Perfect Forwarding Secrecy (PFS)').check();
  await wizard.goToStep(12);
  const pfs = section.getByRole('listitem').filter({ hasText: 'PFS is on' });
  // A warning, like the step's own PFS warning (the failure is reported, not verified).
  await expect(pfs).toContainText('Warning');
  await expect(pfs).toContainText('Affects: Windows 10/11, Windows 8/8.1, macOS');
  await pfs.getByRole('link', { name: 'Edit IPsec Settings (step 11)' }).click();
  await wizard.expectStep(11, 'IPsec Settings');

  // The handout tells end users the same thing in plain words.
  await wizard.previewTab('Client setup').click();
  await expect(page.getByRole('region', { name: 'Windows client setup' })).toContainText(
    'A server setting (PFS) will probably prevent this device from connecting.',
  );
  await wizard.field('Enable Perfect Forwarding Secrecy (PFS)').uncheck();
  await wizard.goToStep(12);
  await expect(section.getByRole('listitem').filter({ hasText: 'PFS is on' })).toHaveCount(0);
});

test('a DH group other than 2 warns about Android and links to the IKE policy', async ({
  wizard,
  page,
}) => {
  await wizard.loadCiscoExample();
  await wizard.goToStep(8);
  await wizard.field('Diffie-Hellman Group').selectOption({ label: '14' });
  await wizard.goToStep(12);
  const android = page
    .getByRole('region', { name: 'Client compatibility' })
    .getByRole('listitem')
    .filter({ hasText: 'Android 11 and earlier' });
  await expect(android).toContainText('Warning');
  await expect(android).toContainText('Affects: Android');
  await android.getByRole('link', { name: 'Edit IKE Policy (step 8)' }).click();
  await wizard.expectStep(8, 'IKE Policy');
});
