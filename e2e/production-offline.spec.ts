/**
 * Offline use: the single self-contained file works opened from disk (file://), and dist/ works
 * served from any path (relative URLs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASA_FILE, CISCO_GOLDEN, expect, test } from './fixtures';
import {
  DIST,
  expectCleanRun,
  SINGLE_FILE_PATH,
  SINGLE_FILE_URL,
  watchPage,
} from './production-guards';

test('the single file opened from disk goes from the Cisco example to the golden download', async ({
  page,
  wizard,
}) => {
  const watch = await watchPage(page);
  await page.goto(`${SINGLE_FILE_URL}#/step/1`);
  await wizard.expectStep(1, 'Introduction');
  await page.getByRole('button', { name: 'Load the Cisco example' }).click();
  await expect(page.getByText('Loaded the Cisco example into every step.')).toBeVisible();
  await expect(wizard.previewTab('ASA CLI')).toHaveAttribute('aria-selected', 'true');
  const { fileName, text } = await wizard.download();
  expect(fileName).toBe(ASA_FILE);
  expect(text).toBe(CISCO_GOLDEN);
  // Everything came from the file itself.
  expect(watch.requests.filter((request) => !request.url.startsWith('file:'))).toEqual([]);
  await expectCleanRun(page, watch);
});

test('the single file holds every script and style itself', () => {
  const html = readFileSync(SINGLE_FILE_PATH, 'utf8');
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  expect(html).toMatch(/<script type="module"[^>]*>\S/);
  expect(html).toMatch(/<style[^>]*>\S/);
  expect(markup).not.toMatch(/<script\b[^>]*\bsrc=/i);
  expect(markup).not.toMatch(/<link\b[^>]*rel="(stylesheet|modulepreload|preload)"/i);
  // Any link left in the markup is a fragment (the hash routes) or a data: URI (the favicon).
  const links = [...markup.matchAll(/\b(?:href|src)="([^"]*)"/g)].map((match) => match[1]);
  expect(links.filter((link) => !/^(#|data:)/.test(link ?? ''))).toEqual([]);
});

test('dist/ works served from any path', async ({ page, wizard }) => {
  // A made-up host and a deep path, answered from dist/ on disk: no server config involved.
  const prefix = '/tools/network/asa-vpn/';
  const base = `http://wizard.example${prefix}`;
  await page.route('http://wizard.example/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (!path.startsWith(prefix)) return route.fulfill({ status: 404 });
    return route.fulfill({ path: join(DIST, path.slice(prefix.length) || 'index.html') });
  });
  await page.goto(`${base}#/step/1`);
  await wizard.expectStep(1, 'Introduction');
  await page.getByRole('button', { name: 'Load the Cisco example' }).click();
  await wizard.stepLink(7).click();
  await wizard.expectStep(7, 'Address Pool');
  expect(page.url()).toBe(`${base}#/step/7`);
  const { text } = await wizard.download();
  expect(text).toBe(CISCO_GOLDEN);
});
