/**
 * Shared by the production-*.spec.ts files: where the built files are, a watch on everything a page
 * does that the production build promises not to do (requests, CSP violations, console errors),
 * and a walk through the whole wizard.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page } from '@playwright/test';
import type { WizardPage } from './wizard-page';

export const DIST = resolve(import.meta.dirname, '../dist');
export const SINGLE_FILE_PATH = resolve(DIST, 'asa-l2tp-wizard.html');
export const SINGLE_FILE_URL = pathToFileURL(SINGLE_FILE_PATH).href;

/** Both builds, each at step 1: dist/ over HTTP (Playwright's server) and the single file. */
export const BUILDS = [
  { name: 'dist/ served over HTTP', url: '/#/step/1' },
  { name: 'the single file opened from disk', url: `${SINGLE_FILE_URL}#/step/1` },
] as const;

export interface PageWatch {
  requests: { url: string; type: string }[];
  console: { type: string; text: string }[];
  errors: string[];
  /** CSP violations reported in the page (securitypolicyviolation events). */
  violations: () => Promise<string[]>;
}

/** Starts watching before the page loads; call before the first goto. */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: Omit<PageWatch, 'violations'> = { requests: [], console: [], errors: [] };
  page.on('request', (request) =>
    watch.requests.push({ url: request.url(), type: request.resourceType() }),
  );
  page.on('console', (message) =>
    watch.console.push({ type: message.type(), text: message.text() }),
  );
  page.on('pageerror', (error) => watch.errors.push(error.message));
  // A plain string: runs in the page before its own scripts (not subject to the page's CSP).
  await page.addInitScript(`
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
    });
  `);
  return {
    ...watch,
    violations: () => page.evaluate('window.__cspViolations ?? []') as Promise<string[]>,
  };
}

/** No CSP violation, no console error, no uncaught exception. */
export async function expectCleanRun(page: Page, watch: PageWatch) {
  expect(await watch.violations(), 'CSP violations').toEqual([]);
  expect(
    watch.console.filter((message) => message.type === 'error').map((message) => message.text),
    'console errors',
  ).toEqual([]);
  expect(watch.errors, 'uncaught exceptions').toEqual([]);
  await expect(page.locator('#root')).not.toBeEmpty();
}

/** From step 1: the Cisco example, Next through every step, Finish, both preview tabs. */
export async function walkWholeWizard(wizard: WizardPage) {
  const { page } = wizard;
  await page.getByRole('button', { name: 'Load the Cisco example' }).click();
  await expect(page.getByText('Loaded the Cisco example into every step.')).toBeVisible();
  for (let number = 1; number < 12; number += 1) {
    await wizard.expectStep(number);
    await wizard.next.click();
  }
  await wizard.expectStep(12, 'Summary');
  await wizard.finish.click();
  await expect(page.getByText('The configuration is complete.')).toBeVisible();
  await wizard.previewTab('Client setup').click();
  await expect(wizard.previewTab('Client setup')).toHaveAttribute('aria-selected', 'true');
  await wizard.previewTab('ASA CLI').click();
  await expect(wizard.preview.getByRole('region', { name: 'ASA configuration' })).toBeVisible();
}
