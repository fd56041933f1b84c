/**
 * The performance budgets, checked by `npm run bench -- --check`: issue 5's, with the initial-JS
 * ratio in either language (issue 10) and the LCP re-based on step 1's own markup as plain HTML,
 * measured in the same interleaved run (issue 11: a one-heading page is not what step 1 can reach).
 */
export const BUDGETS = {
  initialJsRatio: 1.95,
  commitP95At1x: 8,
  commitP95At4x: 15,
  frameP95At1x: 25,
  frameP95At4x: 50,
  lcpToMarkupRatio: 1.2,
  generatorPerSecond: 20_000,
};

interface Latency {
  commitP95: number;
  frameP95: number;
  commitMedian: number;
  commitMax: number;
  frameMedian: number;
  frameMax: number;
}

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; node: string; chromium: string };
  initialJs: {
    appGzipKb: number;
    helloWorldGzipKb: number;
    ratio: number;
    japaneseGzipKb: number;
    japaneseRatio: number;
  };
  lcp: {
    appMedianMs: number;
    appP95Ms: number;
    staticMedianMs: number;
    staticP95Ms: number;
    ratio: number;
    /** The app's own first screen as script-free HTML: the floor for any code (see run.ts). */
    markupMedianMs: number;
    markupRatio: number;
    /** App ÷ plain-HTML step 1: the share the app's code adds to the first paint (the budget). */
    appToMarkupRatio: number;
    /** A Japanese first visit: no English snapshot, so the first paint waits for the app. */
    japaneseMedianMs: number;
    japaneseP95Ms: number;
    japaneseToMarkupRatio: number;
  };
  keystrokes: { cpu1x: Latency; cpu4x: Latency };
  generator: { configsPerSecond: number };
}

export function checkBudgets(r: BenchResults): string[] {
  const failures: string[] = [];
  const expectAtMost = (name: string, value: number, limit: number) => {
    if (!(value <= limit)) failures.push(`${name}: ${value} > ${limit}`);
  };
  expectAtMost('initial JS gzip ratio', r.initialJs.ratio, BUDGETS.initialJsRatio);
  expectAtMost(
    'initial JS gzip ratio, Japanese',
    r.initialJs.japaneseRatio,
    BUDGETS.initialJsRatio,
  );
  expectAtMost('LCP median ratio', r.lcp.appToMarkupRatio, BUDGETS.lcpToMarkupRatio);
  expectAtMost(
    'preview commit p95 at 1× (ms)',
    r.keystrokes.cpu1x.commitP95,
    BUDGETS.commitP95At1x,
  );
  expectAtMost(
    'preview commit p95 at 4× (ms)',
    r.keystrokes.cpu4x.commitP95,
    BUDGETS.commitP95At4x,
  );
  expectAtMost('next frame p95 at 1× (ms)', r.keystrokes.cpu1x.frameP95, BUDGETS.frameP95At1x);
  expectAtMost('next frame p95 at 4× (ms)', r.keystrokes.cpu4x.frameP95, BUDGETS.frameP95At4x);
  if (!(r.generator.configsPerSecond >= BUDGETS.generatorPerSecond)) {
    failures.push(
      `generator throughput: ${r.generator.configsPerSecond} < ${BUDGETS.generatorPerSecond} configs/s`,
    );
  }
  return failures;
}
