/** The performance budgets of issue 5, checked by `npm run bench -- --check`. */
export const BUDGETS = {
  initialJsRatio: 2.2,
  commitP95At1x: 8,
  commitP95At4x: 20,
  frameP95At1x: 25,
  frameP95At4x: 50,
  lcpRatio: 1.5,
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
  initialJs: { appGzipKb: number; helloWorldGzipKb: number; ratio: number };
  lcp: {
    appMedianMs: number;
    appP95Ms: number;
    staticMedianMs: number;
    staticP95Ms: number;
    ratio: number;
    /** The app's own first screen as script-free HTML: the floor for any code (see run.ts). */
    markupMedianMs: number;
    markupRatio: number;
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
  expectAtMost('LCP median ratio', r.lcp.ratio, BUDGETS.lcpRatio);
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
