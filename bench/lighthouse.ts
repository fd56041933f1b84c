/**
 * `npm run lighthouse`: Lighthouse 12.2.3 against the built app (dist/) with the system Chromium,
 * median of 3 runs for the desktop preset (the budget: Performance, Accessibility and Best Practices
 * each 100) and for the mobile preset (reported). Builds first (into bench/.out/lighthouse) so the
 * numbers match the code.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, defaultConfig } from 'lighthouse';
import { build } from 'vite';
import { median } from './stats';
import { serveDirectory } from './static-server';
import { CHROMIUM_ARGS, systemChromiumPath } from '../scripts/chromium';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const RUNS = 3;

type Scores = Record<(typeof CATEGORIES)[number], number>;

async function runOnce(url: string, port: number, preset: 'desktop' | 'mobile'): Promise<Scores> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    preset === 'desktop' ? desktopConfig : defaultConfig,
  );
  const categories = result?.lhr.categories ?? {};
  return Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
  ) as Scores;
}

async function main() {
  // Its own build of the app (the same config as dist/), so dist/ and its single file stay as they are.
  const outDir = join(root, 'bench', '.out', 'lighthouse');
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const server = await serveDirectory(outDir);
  const chrome = await chromeLauncher.launch({
    chromePath: systemChromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  let failed = false;
  try {
    for (const preset of ['desktop', 'mobile'] as const) {
      const runs: Scores[] = [];
      for (let i = 0; i < RUNS; i++)
        runs.push(await runOnce(`${server.url}/`, chrome.port, preset));
      const medians = CATEGORIES.map((id) => `${id} ${median(runs.map((r) => r[id]))}`).join(', ');
      console.log(`Lighthouse ${preset} (median of ${RUNS}): ${medians}`);
      if (preset === 'desktop' && CATEGORIES.some((id) => median(runs.map((r) => r[id])) < 100)) {
        failed = true;
      }
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  if (process.argv.includes('--check') && failed) {
    console.error('A desktop score is below 100.');
    process.exitCode = 1;
  }
}

await main();
