/**
 * Keyboard only: the whole flow with Tab, Shift+Tab, Space, Enter, arrow keys and typing. Focus
 * moves to the step heading on every step change.
 */
import { CISCO_GOLDEN, expect, test } from './fixtures';

test('the whole wizard can be completed with the keyboard', async ({ wizard, page }) => {
  // Twelve steps of Tab presses, each checked for focus: longer than the default 30 s on 2 cores.
  test.setTimeout(90_000);
  const key = (name: string) => page.keyboard.press(name);
  await wizard.open(1);

  // Step 1: Enter in a text field submits the step (Next).
  await wizard.tabTo(wizard.field('Inside interface name'));
  await key('Enter');
  await wizard.expectStep(2);
  await expect(wizard.heading).toBeFocused();

  // Step 2: Tab to Next and press Enter.
  await wizard.tabTo(wizard.next);
  await key('Enter');
  await wizard.expectStep(3);
  await expect(wizard.heading).toBeFocused();

  // Step 3: Space toggles a box; Next refuses CHAP with the local database; Space again fixes it.
  await wizard.tabTo(wizard.field('CHAP'));
  await key('Space');
  await expect(wizard.field('CHAP')).toBeChecked();
  await wizard.tabTo(wizard.next);
  await key('Enter');
  await expect(wizard.alert('CHAP is not supported')).toBeVisible();
  await wizard.tabTo(wizard.field('CHAP'), { backwards: true });
  await key('Space');
  await expect(wizard.field('CHAP')).not.toBeChecked();
  await wizard.tabTo(wizard.next);
  await key('Enter');
  await wizard.expectStep(4);
  await expect(wizard.heading).toBeFocused();

  // Step 4: type the key, then Enter.
  await wizard.tabTo(wizard.field('Pre-Shared Key'));
  await page.keyboard.type('C!sc0@123');
  await key('Enter');
  await wizard.expectStep(5);
  await expect(wizard.heading).toBeFocused();

  // Step 5: arrow keys move between the radios (and back), then Next.
  await wizard.tabTo(wizard.field('Authenticate using the local user database'));
  await key('ArrowDown');
  await expect(wizard.field('Authenticate using an AAA server group')).toBeChecked();
  await key('ArrowUp');
  await expect(wizard.field('Authenticate using the local user database')).toBeChecked();
  await wizard.tabTo(wizard.next);
  await key('Enter');
  await wizard.expectStep(6);
  await expect(wizard.heading).toBeFocused();

  // Step 6: Enter in the entry row adds the user (it does not submit the step).
  await wizard.tabTo(wizard.field('Username'));
  await page.keyboard.type('test');
  await key('Tab');
  await page.keyboard.type('test');
  await key('Tab');
  await page.keyboard.type('test');
  await key('Enter');
  await expect(page.getByRole('button', { name: 'Delete test' })).toBeVisible();
  await wizard.expectStep(6);
  await wizard.tabTo(wizard.next);
  await key('Enter');

  for (const number of [7, 8, 9, 10, 11]) {
    await wizard.expectStep(number);
    await expect(wizard.heading).toBeFocused();
    await wizard.tabTo(wizard.next);
    await key('Enter');
  }

  await wizard.expectStep(12);
  await expect(wizard.heading).toBeFocused();
  await wizard.tabTo(wizard.finish);
  await key('Enter');
  await expect(page.getByText('The configuration is complete.')).toBeVisible();

  // The preview's tabs: arrow keys switch, then back to the CLI and download it with Enter.
  await wizard.tabTo(wizard.previewTab('ASA CLI'));
  await key('ArrowRight');
  await expect(wizard.previewTab('Client setup')).toBeFocused();
  await expect(wizard.previewTab('Client setup')).toHaveAttribute('aria-selected', 'true');
  await key('ArrowLeft');
  await expect(wizard.previewTab('ASA CLI')).toHaveAttribute('aria-selected', 'true');
  const download = wizard.preview.getByRole('button', { name: 'Download', exact: true });
  await wizard.tabTo(download);
  const file = await wizard.captureDownload(() => key('Enter'));
  expect(file.text).toBe(CISCO_GOLDEN);
});

test('Back and the confirmation dialogs work from the keyboard', async ({ wizard, page }) => {
  await wizard.open(1);
  await wizard.tabTo(wizard.next);
  await page.keyboard.press('Enter');
  await wizard.expectStep(2);
  await wizard.tabTo(wizard.back);
  await page.keyboard.press('Enter');
  await wizard.expectStep(1);
  await expect(wizard.heading).toBeFocused();

  const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
  await wizard.tabTo(cancel);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Start over?' });
  await expect(dialog.getByRole('button', { name: 'Keep my answers' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(cancel).toBeFocused();
});

test('the first Tab stop skips the toolbar and the step list to the current step', async ({
  wizard,
  page,
}) => {
  await wizard.open(1);
  // The build-time snapshot of step 1 is inert: wait for the live wizard that replaces it.
  await expect(page.locator('#root > [data-snapshot]')).toHaveCount(0);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the current step' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(wizard.heading).toBeFocused();
  expect(page.url()).toMatch(/#\/step\/1$/);
  await page.keyboard.press('Tab');
  const focusedInStep = await page.evaluate(
    () => document.activeElement?.closest('.step-pane') !== null,
  );
  expect(focusedInStep).toBe(true);
});
