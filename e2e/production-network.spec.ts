/**
 * No network: a full walk fetches nothing but the app's own files, the built pages carry the
 * Content-Security-Policy, and the app works under it (no violation, no console error) in both
 * builds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import {
  BUILDS,
  DIST,
  expectCleanRun,
  SINGLE_FILE_PATH,
  walkWholeWizard,
  watchPage,
} from './production-guards';

const DIRECTIVES = [
  "default-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** Not requests at all: an inline favicon, object URLs of the downloads. */
const LOCAL_SCHEMES = /^(data|blob):/;

for (const build of BUILDS) {
  test(`${build.name}: a full walk fetches only the app's own files and breaks no CSP rule`, async ({
    page,
    wizard,
  }) => {
    const watch = await watchPage(page);
    await page.goto(build.url);
    await wizard.expectStep(1, 'Introduction');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    for (const directive of DIRECTIVES) expect(policy).toContain(directive);

    await walkWholeWizard(wizard);
    await wizard.download();

    const origin = new URL(page.url()).protocol === 'file:' ? null : new URL(page.url()).origin;
    const fetched = watch.requests.filter((request) => !LOCAL_SCHEMES.test(request.url));
    expect(fetched.length).toBeGreaterThan(0);
    for (const request of fetched) {
      const url = new URL(request.url);
      if (origin === null) {
        // The single file: the page itself and nothing else.
        expect(url.href.split('#')[0]).toBe(page.url().split('#')[0]);
      } else {
        expect(url.origin).toBe(origin);
        expect(['document', 'script', 'stylesheet', 'image']).toContain(request.type);
        expect(url.pathname).toMatch(/^\/(index\.html)?$|^\/assets\/[\w.-]+\.(js|css)$/);
      }
    }
    await expectCleanRun(page, watch);
  });
}

test('the policy refuses requests to other origins, and no script or font comes from one', async ({
  page,
  wizard,
}) => {
  const watch = await watchPage(page);
  await page.goto('/#/step/1');
  await wizard.expectStep(1);
  const outcome = await page.evaluate(() =>
    fetch('https://example.com/collect').then(
      () => 'sent',
      () => 'refused',
    ),
  );
  expect(outcome).toBe('refused');
  await expect.poll(() => watch.violations()).toEqual(['connect-src https://example.com/collect']);

  for (const file of [join(DIST, 'index.html'), SINGLE_FILE_PATH]) {
    const markup = readFileSync(file, 'utf8').replace(
      /<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi,
      '',
    );
    expect(markup).not.toMatch(/\b(src|href)="(https?:)?\/\//);
  }
  const inlineStyles = [
    ...readFileSync(join(DIST, 'index.html'), 'utf8').matchAll(/<style>([\s\S]*?)<\/style>/g),
  ].map(([, css = '']) => css);
  expect(inlineStyles.length).toBeGreaterThan(0); // the entry stylesheet is inlined
  const styleFiles = readdirSync(join(DIST, 'assets')).filter((name) => name.endsWith('.css'));
  for (const css of [
    ...inlineStyles,
    ...styleFiles.map((file) => readFileSync(join(DIST, 'assets', file), 'utf8')),
  ]) {
    expect(css).not.toMatch(/@import|@font-face|url\((['"]?)(https?:)?\/\//);
  }
});
