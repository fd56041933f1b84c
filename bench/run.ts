/**
 * `npm run bench [-- --check]`: builds the app and two reference pages with the same Vite config, serves
 * them from one local server, and measures (a) initial-load JS gzip against a React hello world,
 * (b) cold-load LCP against a one-heading static page, (c) keystroke → preview latency at 1× and 4× CPU,
 * (d) generator throughput in Node. Prints a table, writes bench/results.json and README's figures
 * (bench/readme-figures.ts); --check fails on a missed budget. Not part of `npm test`: timings on shared machines are noisy.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Browser } from '@playwright/test';
import { launchChromium } from './browser';
import { initialJsGzipBytes } from './measure-initial-js';
import { coldLoadLcp } from './measure-lcp';
import { installLatencyProbe, typeAndMeasure, type KeystrokeSample } from './measure-keystrokes';
import { generatorThroughput } from './measure-generator';
import { serveDirectory } from './static-server';
import { median, percentile, round } from './stats';
import { checkBudgets } from './budgets';
import { figuresMarkdown, updateReadme } from './readme-figures';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench', '.out');
const check = process.argv.includes('--check');

/** A Japanese visitor: navigator.languages starts with ja-JP, so the wizard starts in Japanese. */
const JAPANESE = 'ja-JP';
const LCP_LOADS = 10;

async function buildPages() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const configFile = join(root, 'vite.config.ts');
  await build({
    configFile,
    logLevel: 'warn',
    build: { outDir: join(out, 'app'), emptyOutDir: true },
  });
  await build({
    configFile,
    root: join(root, 'bench', 'hello-world'),
    logLevel: 'warn',
    build: { outDir: join(out, 'hello'), emptyOutDir: true },
  });
  cpSync(join(root, 'bench', 'static-heading'), join(out, 'static'), { recursive: true });
  writeFirstScreenMarkup();
}

/**
 * The app's index.html without its scripts: the same first screen (the build-time snapshot of
 * step 1, with its inlined styles) as plain HTML. Its LCP is what this screen costs to paint on this
 * machine before any of the app's code runs, so app ÷ markup is the share that code adds.
 */
function writeFirstScreenMarkup() {
  const html = readFileSync(join(out, 'app', 'index.html'), 'utf8')
    .replace(/<script type="module"[^>]*><\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  if (/<script type="module"|\.\/assets\//.test(html))
    throw new Error("the first-screen markup still refers to the app's files");
  mkdirSync(join(out, 'markup'));
  writeFileSync(join(out, 'markup', 'index.html'), html);
}

// The ASA CLI tab's <pre> inside the region named "Preview" (aria-labelledby its heading).
const PREVIEW_PRE = 'section[aria-labelledby="preview-title"] pre';

/**
 * Step 1 is interactive once the live wizard has replaced the build-time snapshot (which is inert)
 * with its step heading; the hello world once React rendered its heading.
 */
const STEP_ONE_READY =
  "() => !document.querySelector('#root > [data-snapshot]') && !!document.getElementById('step-heading')";
const HELLO_READY = "() => document.querySelector('h1')?.textContent === 'Hello, world'";

async function keystrokes(browser: Browser, appUrl: string, rate: number) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${appUrl}#/step/1`);
  await page.getByRole('button', { name: 'Load the Cisco example' }).click();
  const mask = page.getByRole('checkbox', { name: 'Mask secrets' });
  if (await mask.isChecked()) await mask.uncheck();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const samples: KeystrokeSample[] = [];
  for (const [step, label] of [
    [4, 'Pre-Shared Key'],
    [10, 'Primary DNS Server'],
  ] as const) {
    await page.goto(`${appUrl}#/step/${step}`);
    await page.getByLabel(label, { exact: true }).waitFor();
    await page.locator(PREVIEW_PRE).waitFor();
    await installLatencyProbe(page, PREVIEW_PRE);
    samples.push(...(await typeAndMeasure(page, page.getByLabel(label, { exact: true }), 100)));
  }
  await context.close();
  const commits = samples.map((s) => s.commit);
  const frames = samples.map((s) => s.frame);
  return {
    keys: samples.length,
    commitMedian: round(median(commits)),
    commitP95: round(percentile(commits, 95)),
    commitMax: round(Math.max(...commits)),
    frameMedian: round(median(frames)),
    frameP95: round(percentile(frames, 95)),
    frameMax: round(Math.max(...frames)),
  };
}

async function main() {
  await buildPages();
  const server = await serveDirectory(out);
  const browser = await launchChromium();
  try {
    const appUrl = `${server.url}/app/`;
    const app = await initialJsGzipBytes(browser, appUrl, out, STEP_ONE_READY, 'en-US');
    const appJa = await initialJsGzipBytes(browser, appUrl, out, STEP_ONE_READY, JAPANESE);
    const hello = await initialJsGzipBytes(browser, `${server.url}/hello/`, out, HELLO_READY);
    const [appLcp = [], staticLcp = [], markupLcp = [], japaneseLcp = []] = await coldLoadLcp(
      browser,
      [
        { url: appUrl, locale: 'en-US' },
        { url: `${server.url}/static/` },
        { url: `${server.url}/markup/` },
        { url: appUrl, locale: JAPANESE },
      ],
      LCP_LOADS,
    );
    const at1x = await keystrokes(browser, `${server.url}/app/`, 1);
    const at4x = await keystrokes(browser, `${server.url}/app/`, 4);
    const throughput = generatorThroughput(2);
    const results = {
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        node: process.version,
        chromium: browser.version(),
      },
      initialJs: {
        appGzipKb: round(app.bytes / 1024, 1),
        helloWorldGzipKb: round(hello.bytes / 1024, 1),
        ratio: round(app.bytes / hello.bytes),
        files: app.files,
        japaneseGzipKb: round(appJa.bytes / 1024, 1),
        japaneseRatio: round(appJa.bytes / hello.bytes),
        japaneseFiles: appJa.files,
      },
      lcp: {
        appMedianMs: round(median(appLcp), 1),
        appP95Ms: round(percentile(appLcp, 95), 1),
        staticMedianMs: round(median(staticLcp), 1),
        staticP95Ms: round(percentile(staticLcp, 95), 1),
        ratio: round(median(appLcp) / median(staticLcp)),
        markupMedianMs: round(median(markupLcp), 1),
        markupRatio: round(median(markupLcp) / median(staticLcp)),
        appToMarkupRatio: round(median(appLcp) / median(markupLcp)),
        japaneseMedianMs: round(median(japaneseLcp), 1),
        japaneseP95Ms: round(percentile(japaneseLcp, 95), 1),
        japaneseToMarkupRatio: round(median(japaneseLcp) / median(markupLcp)),
      },
      keystrokes: { cpu1x: at1x, cpu4x: at4x },
      generator: { configsPerSecond: Math.round(throughput) },
    };
    writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    if (await updateReadme(join(root, 'README.md'), results))
      console.log('README.md: figures updated.');
    // The same table README shows (Markdown reads well enough in a terminal).
    console.log(figuresMarkdown(results));
    const failures = checkBudgets(results);
    if (check) {
      for (const failure of failures) console.error(`BUDGET MISSED: ${failure}`);
      if (failures.length > 0) process.exitCode = 1;
      else console.log('All budgets met.');
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
