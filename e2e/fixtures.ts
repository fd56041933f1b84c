/** The `wizard` fixture (a WizardPage on a fresh page) and the golden configuration text. */
import { readFileSync } from 'node:fs';
import { test as base } from '@playwright/test';
import { WizardPage } from './wizard-page';

export { expect } from '@playwright/test';

export const test = base.extend<{ wizard: WizardPage }>({
  wizard: async ({ page }, use) => {
    await use(new WizardPage(page));
  },
});

/** The configuration the Cisco document's values must produce (reference.md §1.2). */
export const CISCO_GOLDEN = readFileSync(
  new URL('../src/render/asa/fixtures/cisco-8.4.asa.txt', import.meta.url),
  'utf8',
);

export const ASA_FILE = 'asa-l2tp-ipsec.txt';
export const HANDOUT_FILE = 'l2tp-vpn-handout.html';
