/**
 * The build-time snapshot of step 1 (src/prerender.tsx): it is in the HTML, so step 1 shows before
 * any script runs, and the live wizard takes it over without a hydration error. Returning visitors
 * and deep links, which the snapshot would show wrongly, get the live wizard directly.
 */
import { expect, test } from './fixtures';
import { expectCleanRun, watchPage } from './production-guards';

test('step 1 is in the HTML and the live wizard takes it over cleanly', async ({
  page,
  wizard,
  request,
}) => {
  // React separates adjacent text with empty comments.
  const html = (await (await request.get('/')).text()).replaceAll('<!-- -->', '');
  expect(html).toContain('Step 1 of 12: Introduction');
  expect(html).toMatch(/<div class="app" inert data-snapshot>/);
  expect(html).toContain('value="outside"');

  const watch = await watchPage(page);
  await page.goto('/');
  await expect(page.locator('#root > [data-snapshot]')).toHaveCount(0);
  await expect(page.locator('[inert]')).toHaveCount(0);
  expect(page.url()).toMatch(/#\/step\/1$/);
  await wizard.field('ASA software version').selectOption('8.3');
  await expect(wizard.preview).toContainText('Target: Cisco ASA 8.3');
  await wizard.next.click();
  await wizard.expectStep(2);
  await expectCleanRun(page, watch);
});

test('a saved draft and a deep link get the live wizard directly, without errors', async ({
  page,
  wizard,
}) => {
  const watch = await watchPage(page);
  await wizard.loadCiscoExample();
  await wizard.goToStep(7);
  await wizard.field('Pool Name').fill('VPN-POOL');
  await page.waitForTimeout(700);
  await page.goto('/#/step/3');
  await page.reload();
  await wizard.expectStep(3, 'Remote Access Client');
  await expect(page.locator('[data-snapshot]')).toHaveCount(1); // only <html data-snapshot="off">
  await expect(wizard.preview).toContainText('ip local pool VPN-POOL');
  await expectCleanRun(page, watch);
});

test('the first screen asks for a handful of script files, not a scatter of small chunks', async ({
  request,
}) => {
  // Each file is a request before step 1 is usable. A module shared by step 1 and a lazy step can
  // land in a chunk of its own (the bundler decides): six such chunks once cost ~16 ms of first paint.
  const html = await (await request.get('/')).text();
  const scripts = [
    ...html.matchAll(
      /<script type="module"[^>]*src="([^"]+)"|<link rel="modulepreload"[^>]*href="([^"]+)"/g,
    ),
  ].map((match) => match[1] ?? match[2]);
  expect(scripts.length).toBeGreaterThan(0);
  // Not counted: the bundler's runtime helpers (under 1 kB), a file of their own since the first
  // screen's texts are a chunk of their own (src/i18n/texts.ts).
  const counted = scripts.filter((path) => !/\/rolldown-runtime-[\w-]+\.js$/.test(path ?? ''));
  expect(counted.length, scripts.join('\n')).toBeLessThanOrEqual(6);
});
