/**
 * `npm run bench`: the figures the project is judged by, printed, never asserted
 * (times vary from one machine to another; sizes are asserted by check-size.mjs).
 *  1. bundle sizes (gzip) of the CDN build;
 *  2. feed parse + validation and aggregation times at 1k / 10k / 100k actions (Node);
 *  3. first render and one filter change in Chromium at 1k / 10k / 100k actions;
 *  4. the dashboard's search, sort and filter change, and the map's first paint;
 *  5. the dashboard over a national feed: load, longest task, heap, clicks to paint (bench-load.mjs);
 *  6. Vitrine beside Chart.js and ECharts (scripts/bench-peers.ts, results in bench/results/);
 *  7. national scale: `vitrine publish` at 100k / 1M actions, the dashboard over the observatory vs the raw feed;
 *  8. importer throughput (fiches per second).
 * Each time is the median of several runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { makeFeed, loadInputs } from './make-feed.mjs';
import { measureSizes } from './sizes.mjs';
import { validateFeed } from '../src/feed/validate.js';
import { indexFeed } from '../src/feed/load.js';
import { budgetTotals, fundingByType, staffingTotals } from '../src/feed/aggregate.js';
import { applyFilters, distributions, headline } from '../src/feed/dashboard.js';
import { territoryFigures } from '../src/territory-map/aggregate-territory.js';

const SIZES = [1_000, 10_000, 100_000];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(runs: number, fn: () => T): { ms: number; result: T } {
  const samples: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0)).padStart(8) + ' ms';

console.log('\n== Bundle sizes (gzip -9) ==');
for (const row of await measureSizes()) console.log(`${row.label.padEnd(58)} ${(row.bytes / 1024).toFixed(1).padStart(6)} kB  (budget ${row.budgetKb} kB)`);

console.log('\n== Feed pipeline in Node (median) ==');
const { sample, communes } = await loadInputs();
mkdirSync('dist/bench', { recursive: true });
console.log(`${'actions'.padStart(8)} ${'JSON.parse'.padStart(11)} ${'validate'.padStart(11)} ${'aggregate'.padStart(11)} ${'filter+agg'.padStart(11)} ${'map figures'.padStart(11)}   (MB)`);
for (const n of SIZES) {
  const json = JSON.stringify(makeFeed(n, 7, sample, communes));
  writeFileSync(`dist/bench/feed-${n}.json`, json);
  const runs = n >= 100_000 ? 3 : 7;
  const parsed = time(runs, () => JSON.parse(json) as unknown);
  const validated = time(runs, () => validateFeed(parsed.result));
  const loaded = indexFeed(validated.result);
  const actions = loaded.feed.actions;
  const aggregate = time(runs, () => {
    budgetTotals(actions);
    fundingByType(actions);
    staffingTotals(actions);
    distributions(actions, loaded.structureById);
    return headline(actions, loaded.structureById);
  });
  const filtered = time(runs, () => {
    const view = applyFilters(loaded.feed, { departement: '62' });
    fundingByType(view);
    staffingTotals(view);
    return distributions(view, loaded.structureById);
  });
  const territory = time(runs, () => territoryFigures(loaded.feed));
  console.log(
    `${String(n).padStart(8)} ${fmt(parsed.ms)} ${fmt(validated.ms)} ${fmt(aggregate.ms)} ${fmt(filtered.ms)} ${fmt(territory.ms)}   (${(json.length / 1e6).toFixed(1)})`,
  );
}

console.log('\n== In Chromium, through the CDN bundle (median of 3) ==');
try {
  execFileSync(process.execPath, ['scripts/bench-browser.mjs', ...SIZES.map(String)], { stdio: 'inherit' });
} catch {
  console.log('browser bench failed (is Chromium installed? run `node scripts/ensure-chromium.mjs`)');
}

console.log('\n== Dashboard: search, sort, and one filter change in Chromium (scripts/bench-dashboard.ts) ==');
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-dashboard.ts', '--browser'], { stdio: 'inherit' });

console.log('\n== National feed: load off the main thread, clicks to paint (scripts/bench-load.mjs) ==');
execFileSync(process.execPath, ['scripts/bench-load.mjs'], { stdio: 'inherit' });

console.log('\n== Map: first paint on the sample feed (scripts/bench-map.mjs) ==');
execFileSync(process.execPath, ['scripts/bench-map.mjs', '9'], { stdio: 'inherit' });

console.log('\n== Beside Chart.js and ECharts: bytes, requests, time to a painted chart, CPU, Lighthouse (scripts/bench-peers.ts) ==');
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-peers.ts', ...process.argv.slice(2)], { stdio: 'inherit' });

console.log('\n== National scale: vitrine publish, and the dashboard over the observatory vs the raw feed (scripts/bench-observatory.ts) ==');
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-observatory.ts'], { stdio: 'inherit' });

if (existsSync('scripts/bench-import.ts')) {
  console.log('\n== Importer ==');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-import.ts'], { stdio: 'inherit' });
}
