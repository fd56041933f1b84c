/**
 * Keeps README's Performance figures in step with bench/results.json: the table between the two
 * markers is rewritten after every benchmark run (nothing else in README is touched).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { BUDGETS, checkBudgets, type BenchResults } from './budgets';

const START = '<!-- bench:figures:start -->';
const END = '<!-- bench:figures:end -->';

const ms = (value: number) => `${value} ms`;

export function figuresMarkdown(r: BenchResults): string {
  const missed = new Set(checkBudgets(r).map((failure) => failure.split(':')[0]));
  const mark = (name: string) => (missed.has(name) ? '**missed**' : 'met');
  const { cpu1x, cpu4x } = r.keystrokes;
  const rows = [
    [
      'Initial JS, gzip (app / React hello world)',
      `${r.initialJs.appGzipKb} kB / ${r.initialJs.helloWorldGzipKb} kB = ${r.initialJs.ratio}×`,
      `≤ ${BUDGETS.initialJsRatio}×`,
      mark('initial JS gzip ratio'),
    ],
    [
      'Initial JS, gzip, Japanese first visit (app / React hello world)',
      `${r.initialJs.japaneseGzipKb} kB / ${r.initialJs.helloWorldGzipKb} kB = ${r.initialJs.japaneseRatio}×`,
      `≤ ${BUDGETS.initialJsRatio}×`,
      mark('initial JS gzip ratio, Japanese'),
    ],
    [
      'Cold-load LCP, median of 10 (app / step 1 as plain HTML, no script)',
      `${ms(r.lcp.appMedianMs)} / ${ms(r.lcp.markupMedianMs)} = ${r.lcp.appToMarkupRatio}×`,
      `≤ ${BUDGETS.lcpToMarkupRatio}×`,
      mark('LCP median ratio'),
    ],
    [
      'Cold-load LCP, p95 (app / one-heading page)',
      `${ms(r.lcp.appP95Ms)} / ${ms(r.lcp.staticP95Ms)}`,
      '',
      '',
    ],
    [
      'Cold-load LCP, median: app / one-heading page; step 1 as plain HTML / one-heading page',
      `${r.lcp.ratio}×; ${r.lcp.markupRatio}× (${ms(r.lcp.staticMedianMs)})`,
      '(for reference)',
      '',
    ],
    [
      'Cold-load LCP, Japanese first visit, median / p95 (÷ step 1 as plain HTML)',
      `${ms(r.lcp.japaneseMedianMs)} / ${ms(r.lcp.japaneseP95Ms)} (${r.lcp.japaneseToMarkupRatio}×)`,
      '(reported)',
      '',
    ],
    [
      'Keystroke → preview commit, 1× CPU (median / p95 / max)',
      `${cpu1x.commitMedian} / ${cpu1x.commitP95} / ${ms(cpu1x.commitMax)}`,
      `p95 ≤ ${ms(BUDGETS.commitP95At1x)}`,
      mark('preview commit p95 at 1× (ms)'),
    ],
    [
      'Keystroke → next frame, 1× CPU',
      `${cpu1x.frameMedian} / ${cpu1x.frameP95} / ${ms(cpu1x.frameMax)}`,
      `p95 ≤ ${ms(BUDGETS.frameP95At1x)}`,
      mark('next frame p95 at 1× (ms)'),
    ],
    [
      'Keystroke → preview commit, 4× CPU',
      `${cpu4x.commitMedian} / ${cpu4x.commitP95} / ${ms(cpu4x.commitMax)}`,
      `p95 ≤ ${ms(BUDGETS.commitP95At4x)}`,
      mark('preview commit p95 at 4× (ms)'),
    ],
    [
      'Keystroke → next frame, 4× CPU',
      `${cpu4x.frameMedian} / ${cpu4x.frameP95} / ${ms(cpu4x.frameMax)}`,
      `p95 ≤ ${ms(BUDGETS.frameP95At4x)}`,
      mark('next frame p95 at 4× (ms)'),
    ],
    [
      'Generator throughput (Node, answers → ASA config)',
      `${r.generator.configsPerSecond.toLocaleString('en-US')} configs/s`,
      `≥ ${BUDGETS.generatorPerSecond.toLocaleString('en-US')}`,
      mark('generator throughput'),
    ],
  ];
  const { machine } = r;
  return [
    `Measured ${r.date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, Chromium ${machine.chromium}:`,
    '',
    '| Measure | Result | Budget | |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/**
 * Rewrites the figures between the markers (formatted like the rest of the repository, so the
 * format check stays green); README without the markers is left alone.
 */
export async function updateReadme(path: string, results: BenchResults): Promise<boolean> {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) return false;
  const spliced = `${text.slice(0, start + START.length)}\n${figuresMarkdown(results)}\n${text.slice(end)}`;
  const options = (await prettier.resolveConfig(path)) ?? {};
  const next = await prettier.format(spliced, { ...options, filepath: path });
  if (next !== text) writeFileSync(path, next);
  return true;
}
