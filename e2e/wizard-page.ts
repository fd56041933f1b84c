/**
 * Page object for the wizard: every locator goes by role and visible label, the way a user finds
 * things. Handed to specs as the `wizard` fixture (see fixtures.ts).
 */
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export const STEP_COUNT = 12;

export class WizardPage {
  readonly heading: Locator;
  readonly steps: Locator;
  readonly preview: Locator;
  readonly next: Locator;
  readonly back: Locator;
  readonly finish: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 2, name: /^Step \d+ of 12: / });
    this.steps = page.getByRole('navigation', { name: 'Steps' });
    this.preview = page.getByRole('region', { name: 'Preview' });
    this.next = page.getByRole('button', { name: 'Next', exact: true });
    this.back = page.getByRole('button', { name: 'Back', exact: true });
    this.finish = page.getByRole('button', { name: 'Finish', exact: true });
  }

  async open(step = 1) {
    await this.page.goto(`/#/step/${step}`);
    await expect(this.heading).toBeVisible();
    await this.untilLive();
  }

  /**
   * The live wizard has replaced the page's static markup (the build-time snapshot of step 1 is
   * inert). It starts once its first texts have arrived, which can be after the load event.
   */
  async untilLive() {
    await expect(this.page.locator('#root > [data-snapshot]')).toHaveCount(0);
  }

  async expectStep(number: number, title?: string) {
    await expect(this.heading).toHaveText(
      title
        ? `Step ${number} of ${STEP_COUNT}: ${title}`
        : new RegExp(`^Step ${number} of ${STEP_COUNT}: `),
    );
  }

  /** A form control by its exact visible label. */
  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  /** The step-list link of a step (its accessible name starts with "N. Title"). */
  stepLink(number: number) {
    return this.steps.getByRole('link', { name: new RegExp(`^${number}\\. `) });
  }

  alert(text: string | RegExp) {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  async loadCiscoExample() {
    await this.open(1);
    await this.page.getByRole('button', { name: 'Load the Cisco example' }).click();
    await expect(this.page.getByText('Loaded the Cisco example into every step.')).toBeVisible();
  }

  async goToStep(number: number) {
    await this.stepLink(number).click();
    await this.expectStep(number);
  }

  async addUser(username: string, password: string, confirm = password) {
    await this.field('Username').fill(username);
    await this.field('Password').fill(password);
    await this.field('Confirm Password').fill(confirm);
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
  }

  previewTab(name: 'ASA CLI' | 'Client setup') {
    return this.preview.getByRole('tab', { name });
  }

  /** Cancel, then "Start over" in its confirmation: every answer and the draft are cleared. */
  async startOver() {
    await this.page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await this.page
      .getByRole('dialog', { name: 'Start over?' })
      .getByRole('button', { name: 'Start over' })
      .click();
    await this.expectStep(1);
  }

  /** Runs `action` (a click or a key press that starts a download) and returns the file's name and text. */
  async captureDownload(action: () => Promise<void>) {
    const downloadEvent = this.page.waitForEvent('download');
    await action();
    const download = await downloadEvent;
    return {
      fileName: download.suggestedFilename(),
      text: await readFile(await download.path(), 'utf8'),
    };
  }

  /**
   * Clicks a download button in the preview ("Download" unless `button` names another, e.g.
   * "Download PowerShell script"), confirming if asked, and returns the file name and text.
   */
  download(options: { confirm?: boolean; button?: string } = {}) {
    const name = options.button ?? 'Download';
    return this.captureDownload(async () => {
      await this.preview.getByRole('button', { name, exact: true }).click();
      if (options.confirm) {
        await this.page
          .getByRole('dialog')
          .getByRole('button', { name: 'Download anyway' })
          .click();
      }
    });
  }

  /** Clicks Copy in the preview, waits for "Copied" and returns the clipboard text. */
  async copy() {
    await this.preview.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(this.preview.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Keyboard only: presses Tab (or Shift+Tab) until `target` has focus. */
  async tabTo(target: Locator, { backwards = false, max = 80 } = {}) {
    for (let i = 0; i < max; i += 1) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Could not reach ${String(target)} with ${backwards ? 'Shift+Tab' : 'Tab'}`);
  }
}
