/**
 * Vitrine beside the charting libraries a centre would pick instead (part of `npm run bench`; bench/README.md
 * explains the figures). Builds the pages (scripts/bench-peers/build.ts), serves them on 127.0.0.1, then loads
 * each one cold, interleaved (every round visits every page, in a rotated order), on the local network, on
 * emulated fast 4G, and once more under a trace for the main thread's CPU. Then Lighthouse on the demo pages.
 * Writes bench/results/peers-<label>.json and .md (label: `--label after`, default `latest`).
 *
 *   node --import tsx scripts/bench-peers.ts [--runs 15] [--label latest] [--pages a,b] [--no-lighthouse]
 * Ports: BENCH_PORT (default 9710) for the pages, BENCH_DEMO_PORT (9711) for the demo under Lighthouse.
 */
import { execFileSync } from 'node:child_process';
import { cpus, freemem, loadavg, totalmem, type as osType, release } from 'node:os';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { OUT, buildBenchPages } from './bench-peers/build.js';
import { encoded, fileFor, startBenchServer } from './bench-peers/serve.js';
import { coldLoad, type LoadResult, type Network } from './bench-peers/measure.js';
import { lighthouse, lighthouseVersion } from './bench-peers/lighthouse.js';
import { startDemoServer } from './serve-demo.mjs';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    label: { type: 'string', default: 'latest' },
    pages: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const RUNS = Number(options.runs);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.BENCH_PORT ?? 9710);
const DEMO_PORT = Number(process.env.BENCH_DEMO_PORT ?? 9711);

interface BenchPage {
  name: string;
  /** What the paint probe waits for: a Vitrine element, or null for a peer's own signal. */
  selector: string | null;
  chart: 'donut' | 'map';
}

const ALL_PAGES: BenchPage[] = [
  { name: 'chartjs-donut', selector: null, chart: 'donut' },
  { name: 'echarts-donut', selector: null, chart: 'donut' },
  { name: 'vitrine-donut', selector: 'funding-breakdown', chart: 'donut' },
  { name: 'vitrine-donut-preload', selector: 'funding-breakdown', chart: 'donut' },
  { name: 'vitrine-donut-inline', selector: 'funding-breakdown', chart: 'donut' },
  { name: 'echarts-map', selector: null, chart: 'map' },
  { name: 'vitrine-map', selector: 'territory-map', chart: 'map' },
  { name: 'vitrine-map-preload', selector: 'territory-map', chart: 'map' },
  // With BENCH_CDN_B=<another build of dist/cdn>: the plain pages on that build (scripts/bench-peers/build.ts).
  { name: 'vitrine-donut-b', selector: 'funding-breakdown', chart: 'donut' },
  { name: 'vitrine-map-b', selector: 'territory-map', chart: 'map' },
];
const PAGES = options.pages
  ? ALL_PAGES.filter((p) => options.pages!.split(',').includes(p.name))
  : ALL_PAGES.filter((p) => process.env.BENCH_CDN_B || !p.name.endsWith('-b'));
/** Pairs compared: each Vitrine page against each peer drawing the same chart. */
const PEERS: Record<string, string[]> = { donut: ['chartjs-donut', 'echarts-donut'], map: ['echarts-map'] };

const quantile = (sorted: number[], q: number): number => {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (at - lo);
};
function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), n: sorted.length };
}

if (!existsSync('dist/cdn/vitrine.js')) execFileSync('npx', ['vite', 'build', '--mode', 'cdn'], { stdio: 'inherit' });
await buildBenchPages();
const server = await startBenchServer(PORT, OUT, 'dist/cdn');
const browser = await chromium.launch({
  executablePath: CHROME,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const MODES: { network: Network; trace: boolean }[] = [
  { network: 'local', trace: false },
  { network: 'fast4g', trace: false },
  { network: 'local', trace: true },
];
const loads = new Map<string, { local: LoadResult[]; fast4g: LoadResult[]; traced: LoadResult[] }>(
  PAGES.map((p) => [p.name, { local: [], fast4g: [], traced: [] }]),
);
const started = Date.now();
const loadBefore = loadavg()[0]!;
for (let round = 0; round < RUNS; round++) {
  for (const mode of MODES) {
    // Rotating the order each round spreads the machine's ups and downs over every page.
    for (let i = 0; i < PAGES.length; i++) {
      const page = PAGES[(i + round) % PAGES.length]!;
      const result = await coldLoad(browser, `http://127.0.0.1:${PORT}/${page.name}.html`, page.selector, mode.network, mode.trace);
      const bucket = loads.get(page.name)!;
      (mode.trace ? bucket.traced : bucket[mode.network]).push(result);
    }
  }
  process.stdout.write(`\r  round ${round + 1}/${RUNS}`);
}
process.stdout.write('\n');
const browserVersion = browser.version();
await browser.close();

/** Bytes of what a load fetched: JS and CSS, and data (feeds, JSON), gzip and brotli, from the served files. */
function bytesOf(requests: LoadResult['requests']) {
  const sum = { jsCssGzip: 0, jsCssBrotli: 0, jsCssRaw: 0, dataGzip: 0 };
  for (const r of requests) {
    const file = fileFor(new URL(r.url).pathname, OUT, 'dist/cdn');
    if (!existsSync(file)) continue;
    const body = encoded(file);
    if (/\.(js|css)$/.test(file)) {
      sum.jsCssGzip += body.gzip.length;
      sum.jsCssBrotli += body.br.length;
      sum.jsCssRaw += body.raw.length;
    } else if (!file.endsWith('.html')) sum.dataGzip += body.gzip.length;
  }
  return sum;
}

const rows = PAGES.map((page) => {
  const bucket = loads.get(page.name)!;
  const painted = summary(bucket.local.map((r) => r.painted));
  // The load closest to the median shows the typical critical path.
  const first = bucket.local.reduce((a, b) => (Math.abs(b.painted - painted.median) < Math.abs(a.painted - painted.median) ? b : a));
  return {
    page: page.name,
    chart: page.chart,
    requests: first.requests.length,
    requestList: first.requests.map((r) => `${new URL(r.url).pathname} (${r.start.toFixed(0)}–${r.end.toFixed(0)} ms)`),
    ...bytesOf(first.requests),
    painted,
    paintedFast4g: summary(bucket.fast4g.map((r) => r.painted)),
    cpu: summary(bucket.traced.map((r) => r.cpu!)),
    busy: summary(bucket.traced.map((r) => r.busy!)),
  };
});
server.close();

const ratios: { vitrine: string; peer: string; painted: number; paintedFast4g: number; cpu: number }[] = [];
for (const row of rows.filter((r) => r.page.startsWith('vitrine'))) {
  for (const peerName of PEERS[row.chart]!) {
    const peer = rows.find((r) => r.page === peerName);
    if (!peer) continue;
    ratios.push({
      vitrine: row.page,
      peer: peer.page,
      painted: row.painted.median / peer.painted.median,
      paintedFast4g: row.paintedFast4g.median / peer.paintedFast4g.median,
      cpu: row.cpu.median / peer.cpu.median,
    });
  }
}

let lighthouseRows: Awaited<ReturnType<typeof lighthouse>>[] = [];
let lighthouseNote = '';
const lhVersion = await lighthouseVersion().catch(() => undefined);
if (options['no-lighthouse']) lighthouseNote = 'not run (--no-lighthouse)';
else if (!lhVersion) lighthouseNote = 'Lighthouse is not installed (npm ci installs the pinned lighthouse@12.2.3)';
else {
  if (!existsSync('dist/demo-build/import.js')) execFileSync('npx', ['vite', 'build', '--mode', 'demo'], { stdio: 'inherit' });
  const demo = await startDemoServer(DEMO_PORT, { compress: true });
  for (const path of ['/', '/dashboard.html', '/import.html']) {
    lighthouseRows.push(await lighthouse(`http://127.0.0.1:${DEMO_PORT}${path}`, CHROME));
    process.stdout.write(`  lighthouse ${path}\n`);
  }
  demo.close();
}

const machine = {
  cpu: `${cpus()[0]?.model} × ${cpus().length}`,
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} free)`,
  os: `${osType()} ${release()}`,
  node: process.version,
  browser: `Chromium ${browserVersion}`,
  lighthouse: lhVersion ?? null,
  loadAverage: { before: loadBefore, after: loadavg()[0]! },
  durationSeconds: Math.round((Date.now() - started) / 1000),
};
const results = { label: options.label, date: new Date().toISOString(), runs: RUNS, machine, pages: rows, ratios, lighthouse: lighthouseRows, lighthouseNote };

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ms = (s: { median: number; q1: number; q3: number }) => `${s.median.toFixed(0)} ms (${s.q1.toFixed(0)}–${s.q3.toFixed(0)})`;
const md = [
  `# Peer bench: ${options.label} (${results.date})`,
  '',
  `${machine.cpu}, ${machine.memory}, ${machine.os}, Node ${machine.node}, ${machine.browser}, Lighthouse ${machine.lighthouse ?? '—'}.`,
  `${RUNS} interleaved cold loads per page and per mode; load average ${machine.loadAverage.before.toFixed(1)} before, ${machine.loadAverage.after.toFixed(1)} after (2 cores shared: expect noise).`,
  '',
  '| page | JS+CSS gzip | JS+CSS brotli | data gzip | requests | painted, median (IQR) | fast 4G | main-thread CPU | its tasks, wall clock |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.page} | ${kB(r.jsCssGzip)} | ${kB(r.jsCssBrotli)} | ${kB(r.dataGzip)} | ${r.requests} | ${ms(r.painted)} | ${ms(r.paintedFast4g)} | ${ms(r.cpu)} | ${ms(r.busy)} |`,
  ),
  '',
  '| Vitrine ÷ peer | painted | fast 4G | main-thread CPU |',
  '| --- | --- | --- | --- |',
  ...ratios.map((r) => `| ${r.vitrine} ÷ ${r.peer} | ${r.painted.toFixed(2)}× | ${r.paintedFast4g.toFixed(2)}× | ${r.cpu.toFixed(2)}× |`),
  '',
  '## Lighthouse (demo pages, mobile, simulated throttling)',
  '',
  ...(lighthouseRows.length
    ? [
        '| page | performance | accessibility | CLS | LCP | TBT | failed accessibility audits |',
        '| --- | --- | --- | --- | --- | --- | --- |',
        ...lighthouseRows.map((r) =>
          'error' in r
            ? `| ${r.page} | error: ${r.error} | | | | | |`
            : `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.cls.toFixed(3)} | ${r.lcp.toFixed(0)} ms | ${r.tbt.toFixed(0)} ms | ${r.failedAccessibility.join(', ') || '—'} |`,
        ),
      ]
    : [lighthouseNote]),
  '',
  '## Downloads of the median local load: when each started and ended (ms after navigation start)',
  '',
  ...rows.map((r) => `- ${r.page}: ${r.requestList.join(' → ')}`),
  '',
].join('\n');

mkdirSync('bench/results', { recursive: true });
writeFileSync(join('bench/results', `peers-${options.label}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join('bench/results', `peers-${options.label}.md`), md);
console.log(md);
