/**
 * `npm run bench`, national scale: `vitrine publish` on generated feeds, then the dashboard
 * in Chromium over the published observatory and over the raw feed.
 *
 *   tsx scripts/bench-observatory.ts [N…]        (default 100000 1000000)
 *
 * For each size: publish time and peak memory (the command runs in its own process, its
 * peak resident set read from the kernel); bytes a browser downloads before the first
 * figures (gzip -9 of every file fetched, code and data, as a host compressing JSON sends
 * them); first figures on the observatory and on the raw feed; a filter answered from the
 * summary; the list's first cards (titles drawn) after a filter on each of the 7 largest départements, each from
 * a settled page (its first-page file or its parts, whichever shows cards first), median and range, with the
 * shards fetched by then for the largest. Printed, never
 * asserted: times depend on the machine and its load.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startDemoServer } from './serve-demo.mjs';
import { publish } from '../src/publish/publish.js';
import { sourceInputs } from '../src/publish/stage.js';

const root = resolve(import.meta.dirname, '..');
const bench = join(root, 'dist', 'bench');

if (process.argv[2] === '--child') {
  // The measured process: publish only, then its own peak memory.
  const start = performance.now();
  await publish(sourceInputs([process.argv[3]!]), process.argv[4]!);
  console.log(JSON.stringify({ ms: performance.now() - start, peakKb: process.resourceUsage().maxRSS }));
  process.exit(0);
}

const sizes = (process.argv.slice(2).length ? process.argv.slice(2) : ['100000', '1000000']).map(Number);
mkdirSync(bench, { recursive: true });

interface Row {
  n: number;
  inputMb: number;
  publishS: number;
  peakMb: number;
  summaryGzKb: number;
  beforeFiguresGzKb: number;
  observatoryMs: number;
  rawMs: number | string;
  filterMs: number;
  listMs: number[];
  listShardKb: number;
}

// BENCH_PORT lets two checkouts run the bench side by side.
const PORT = Number(process.env.BENCH_PORT ?? 9450);
const server = await startDemoServer(PORT);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Gzip size of what the page fetched from this server, read from the files it names. */
function gzipOf(paths: string[]): number {
  let bytes = 0;
  for (const p of paths) {
    const file = p.startsWith('/cdn/') || p.startsWith('/bench/') ? join(root, 'dist', p) : join(root, 'demo', p);
    if (existsSync(file) && statSync(file).isFile()) bytes += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return bytes;
}

/** In a fresh page: time from inserting the dashboard to its first figures, then a filter, then a list. */
async function dashboardTimes(src: string, filter: Record<string, unknown> | undefined, listDepartements: string[]) {
  const page = await browser.newPage();
  // tsx keeps function names with a helper the page does not have.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(`http://127.0.0.1:${PORT}/bench.html`);
  const result = await page.evaluate(
    async ([src, filter, listDepartements]) => {
      // The page has loaded the bundle: its bytes count among those fetched before the first figures.
      const { ensureDefined } = await import('/cdn/vitrine.js' as string);
      const start = performance.now();
      await ensureDefined('impact-dashboard');
      const el = document.createElement('impact-dashboard') as HTMLElement & { updateComplete: Promise<unknown>; filters: object };
      el.setAttribute('no-url', '');
      el.setAttribute('src', src as string);
      document.body.append(el);
      const figuresText = () => el.shadowRoot?.querySelector('[part="figures"]')?.textContent ?? '';
      for (;;) {
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        if (figuresText()) break;
        if (performance.now() - start > 600_000) return { first: NaN, fetched: [], filter: NaN, list: [] as number[], shards: [] as string[] };
      }
      const first = performance.now() - start;
      const fetched = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
      let filterMs = NaN;
      if (filter) {
        const before = figuresText();
        const t = performance.now();
        el.filters = filter;
        await el.updateComplete;
        filterMs = figuresText() !== before ? performance.now() - t : NaN;
      }
      // The list's first cards after a département filter, for each département given, each from a settled
      // page (no request for 500 ms: the previous selection's parts are in), so one filter's loads never race the next.
      const settled = async () => {
        let seen = -1;
        for (let quiet = 0; quiet < 5; ) {
          await new Promise((r) => setTimeout(r, 100));
          const now = performance.getEntriesByType('resource').length;
          quiet = now === seen ? quiet + 1 : 0;
          seen = now;
        }
      };
      const cardsShown = (root: ParentNode | null | undefined) => !!root?.querySelector('action-card')?.shadowRoot?.querySelector('[part="title"]');
      const lists: number[] = [];
      let shards: string[] = [];
      for (const departement of listDepartements as string[]) {
        el.filters = {};
        await settled();
        performance.clearResourceTimings();
        const t = performance.now();
        el.filters = { departement };
        for (;;) {
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
          // The first page (the département's first-page file, shown while its parts load) or the list itself.
          const first = el.shadowRoot?.querySelector('[part="first-page"]');
          const list = el.shadowRoot?.querySelector('action-list');
          if (cardsShown(first) || cardsShown(list?.shadowRoot)) break;
          if (performance.now() - t > 600_000) break;
        }
        lists.push(performance.now() - t);
        if (!shards.length) shards = performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/shards/'));
      }
      const listMs = lists;
      return { first, fetched, filter: filterMs, list: listMs, shards };
    },
    [src, filter, listDepartements] as const,
  );
  await page.close();
  return result;
}

/** Départements whose list is timed after a filter, largest first. */
const LIST_RUNS = 7;

const rows: Row[] = [];
for (const n of sizes) {
  const feed = join(bench, `national-${n}.json`);
  if (!existsSync(feed)) execFileSync(process.execPath, ['scripts/make-feed.mjs', String(n), '-o', feed], { stdio: 'inherit' });
  const out = join(bench, `observatory-${n}`);
  rmSync(out, { recursive: true, force: true });
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-observatory.ts', '--child', feed, out], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(child.stderr);
  const run = JSON.parse(child.stdout.trim().split('\n').pop()!) as { ms: number; peakKb: number };
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  const keyword = JSON.parse(readFileSync(join(out, manifest.files.summary.path), 'utf8')).facets.keyword[0].label;
  // The largest départements first (the first one's shards are reported): the slowest lists to show.
  const byActions = new Map<string, number>();
  for (const s of manifest.shards as { key: string; actions: number }[]) byActions.set(s.key, (byActions.get(s.key) ?? 0) + s.actions);
  const largest = [...byActions].sort((a, b) => b[1] - a[1]).slice(0, LIST_RUNS).map(([key]) => key);
  const obs = await dashboardTimes(`/bench/observatory-${n}/`, { keyword }, largest);
  // Beyond what one JavaScript string holds, a browser cannot read the raw feed at all.
  const rawFits = statSync(feed).size < 500e6;
  const raw = rawFits ? await dashboardTimes(`/bench/national-${n}.json`, undefined, []) : undefined;
  rows.push({
    n,
    inputMb: statSync(feed).size / 1e6,
    publishS: run.ms / 1000,
    peakMb: run.peakKb / 1024,
    summaryGzKb: gzipOf([`/bench/observatory-${n}/${manifest.files.summary.path}`]) / 1024,
    beforeFiguresGzKb: gzipOf(obs.fetched) / 1024,
    observatoryMs: obs.first,
    rawMs: raw ? raw.first : 'cannot load',
    filterMs: obs.filter,
    listMs: obs.list,
    listShardKb: gzipOf(obs.shards) / 1024,
  });
}
await browser.close();
server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const f = (x: number | string, d = 0) => (typeof x === 'number' ? x.toFixed(d) : x);
console.log('| actions | feed (MB) | publish (s) | peak RSS (MB) | summary gzip (kB) | before 1st figures gzip (kB) | 1st figures: observatory / raw feed (ms) | filter from summary (ms) | list after département filter: median, range (ms; shards of the largest, gzip kB) |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.n.toLocaleString('en')} | ${f(r.inputMb)} | ${f(r.publishS, 1)} | ${f(r.peakMb)} | ${f(r.summaryGzKb)} | ${f(r.beforeFiguresGzKb)} | ${f(r.observatoryMs)} / ${f(r.rawMs)} | ${f(r.filterMs, 1)} | ${f(median(r.listMs))}, ${f(Math.min(...r.listMs))}–${f(Math.max(...r.listMs))} (${f(r.listShardKb)}) |`,
  );
}
