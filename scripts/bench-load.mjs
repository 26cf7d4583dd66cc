#!/usr/bin/env node
/**
 * The national-feed bench of `npm run bench` (also `npm run bench:load`): an
 * `<impact-dashboard>` over 1,000 / 10,000 / 100,000 generated actions in Debian's
 * Chromium, through the CDN bundle and the demo server (strict CSP, `worker-src` falls
 * back to `'self'`). Every time is also given as a ratio to fetching the same file and
 * `JSON.parse`-ing it, measured in the same run on a fresh page, so that the numbers
 * compare across machines:
 *
 *   node scripts/bench-load.mjs [sizes…] [--runs N] [--reps N] [--shots dir]
 *
 * - progress: the tag is in the page → a progress bar is painted;
 * - first figures: → the headline figures are painted;
 * - complete: → nothing in the dashboard is busy and the list shows its count;
 * - longest task: the longest main-thread task during the load (PerformanceObserver `longtask`);
 * - layout shift: the cumulative layout shift (PerformanceObserver `layout-shift`) from the first paint of the
 *   skeleton to complete, with a paragraph after the dashboard as a page would have (what a skeleton too short
 *   pushes down). The shift of the element's own definition (its chunk is lazy) is the page's to reserve, not counted;
 * - heap: the page's JS heap and ArrayBuffer contents after load and a forced GC, minus the page's before,
 *   against the same for the bare parsed JSON;
 * - clicks (Playwright, real input events): a département bar, a funder segment of the
 *   donut, removing a filter (its chip), a keystroke in the search box. "paint" is the
 *   Event Timing duration of the interaction (input → next paint after its handlers);
 *   "settled" is input → first frame where every panel shows the new state (it includes
 *   any deferred work, such as the search box's debounce). p95 over `--reps` of each.
 *
 * Numbers are printed, never asserted: they depend on the machine and its load.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDemoServer } from './serve-demo.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at < 0 ? fallback : args.splice(at, 2)[1];
};
const RUNS = Number(option('--runs', 1));
const REPS = Number(option('--reps', 20));
const SHOTS = option('--shots', '');
const SIZES = args.length ? args.map(Number) : [1_000, 10_000, 100_000];
const PORT = Number(process.env.BENCH_PORT ?? 9391);

mkdirSync('dist/bench', { recursive: true });
for (const n of SIZES) {
  const file = `dist/bench/national-${n}.json`;
  if (!existsSync(file)) execFileSync(process.execPath, ['scripts/make-feed.mjs', String(n), '-o', file], { stdio: 'inherit' });
}

const server = await startDemoServer(PORT);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const PAGE = `http://127.0.0.1:${PORT}/bench.html`;

/** Observers installed before any script of the page: long tasks and input events. */
function observe() {
  const bench = (window.__bench = { longtasks: [], events: [], shifts: [] });
  new PerformanceObserver((l) => bench.shifts.push(...l.getEntries().filter((e) => !e.hadRecentInput).map((e) => ({ start: e.startTime, value: e.value })))).observe({
    type: 'layout-shift',
    buffered: true,
  });
  new PerformanceObserver((l) => bench.longtasks.push(...l.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({
    type: 'longtask',
    buffered: true,
  });
  new PerformanceObserver((l) =>
    bench.events.push(...l.getEntries().map((e) => ({ name: e.name, id: e.interactionId, start: e.startTime, duration: e.duration, delay: e.processingStart - e.startTime, processing: e.processingEnd - e.processingStart }))),
  ).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

async function heapUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  // ArrayBuffers' contents too (backingStorageSize): the feed worker's actions are kept as bytes (lazy-actions.ts),
  // and a heap that left them out would not say what the page holds.
  const { usedSize, backingStorageSize = 0 } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize + backingStorageSize;
}

/** fetch + JSON.parse alone, and the heap the parsed document holds. */
async function baseline(src) {
  const page = await browser.newPage();
  await page.goto(PAGE);
  await page.waitForFunction(() => customElements.get('action-card'));
  const before = await heapUsed(page);
  const times = await page.evaluate(async (src) => {
    const start = performance.now();
    const text = await (await fetch(src, { cache: 'no-store' })).text();
    const fetched = performance.now();
    window.__json = JSON.parse(text);
    const parsed = performance.now();
    return { fetch: fetched - start, parse: parsed - fetched, total: parsed - start };
  }, src);
  const heap = (await heapUsed(page)) - before;
  await page.close();
  return { ...times, heap };
}

/** The dashboard's load, timed from the tag's insertion. */
async function load(src, shots) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 2000 } });
  await page.addInitScript(observe);
  await page.goto(PAGE);
  await page.waitForFunction(() => customElements.get('action-card'));
  const before = await heapUsed(page);
  const shooting = shots ? screenshots(page, shots) : Promise.resolve();
  const times = await page.evaluate(async (src) => {
    const deep = (root, selector) => {
      const found = root.querySelector(selector);
      if (found) return found;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && deep(el.shadowRoot, selector);
        if (inner) return inner;
      }
      return null;
    };
    const busy = (root) => !!root.querySelector('[aria-busy="true"]') || [...root.querySelectorAll('*')].some((c) => c.shadowRoot && busy(c.shadowRoot));
    const start = performance.now();
    window.__loadStart = start;
    const el = document.createElement('impact-dashboard');
    el.setAttribute('no-url', '');
    el.setAttribute('src', src);
    const after = document.createElement('p');
    after.textContent = 'La suite de la page.';
    document.body.append(el, after);
    const out = { progress: NaN, figures: NaN, complete: NaN, skeleton: NaN };
    let skipShifts;
    for (;;) {
      // The frame's timestamp: what was found was painted in that frame.
      const frame = await new Promise((r) => requestAnimationFrame(r));
      const root = el.shadowRoot;
      if (root) {
        // The frame after the one that first laid the skeleton out: the shift of the definition is recorded by then.
        if (!Number.isNaN(out.skeleton) && skipShifts === undefined) skipShifts = window.__bench.shifts.length;
        const skeleton = root.querySelector('[part="skeleton"]');
        if (Number.isNaN(out.skeleton) && skeleton && skeleton.getBoundingClientRect().height > 0) out.skeleton = frame - start;
        const bar = root.querySelector('[role="progressbar"]');
        if (Number.isNaN(out.progress) && bar && bar.getBoundingClientRect().width > 0) out.progress = frame - start;
        if (Number.isNaN(out.figures) && root.querySelector('[part="figure"]')) out.figures = frame - start;
        const count = deep(root, '[part="count"]');
        if (count && !busy(root)) {
          out.complete = frame - start;
          break;
        }
      }
      if (frame - start > 180_000) break;
    }
    out.longestTask = Math.max(0, ...window.__bench.longtasks.filter((t) => t.start >= start).map((t) => t.duration));
    out.longTasks = window.__bench.longtasks.filter((t) => t.start >= start && t.duration > 50).length;
    out.shift = window.__bench.shifts.slice(skipShifts ?? 0).reduce((sum, t) => sum + t.value, 0);
    return out;
  }, src);
  await shooting;
  const heap = (await heapUsed(page)) - before;
  return { page, ...times, heap };
}

/** The dashboard at 0.5 s, 2 s and complete (the caller takes the last one). */
async function screenshots(page, dir) {
  mkdirSync(dir, { recursive: true });
  await page.waitForFunction(() => window.__loadStart !== undefined);
  for (const at of [500, 2000]) {
    await page.waitForFunction((at) => performance.now() - window.__loadStart >= at, at, { polling: 10 });
    await page.screenshot({ path: `${dir}/dashboard-${at}ms.png` });
  }
}

/**
 * Waits in the page until `check` (an expression over `el` and `list`, inlined: the
 * page's CSP forbids `new Function`) holds and every element has rendered; returns the frame's time.
 */
const settle = (check) => `(async () => {
  const el = document.querySelector('impact-dashboard');
  const list = () => el.shadowRoot.querySelector('action-list');
  const ok = () => { const l = list(); return ${check}; };
  for (;;) {
    const frame = await new Promise((r) => requestAnimationFrame(r));
    if (!ok()) continue;
    await el.updateComplete;
    await list()?.updateComplete;
    if (ok()) return frame;
  }
})()`;

/** One interaction: runs `act`, then returns its Event Timing duration and the time until settled. */
async function interaction(page, act, check) {
  const mark = await page.evaluate(() => window.__bench.events.length);
  await act();
  const settledAt = await page.evaluate(settle(check));
  // Event Timing entries arrive after the paint; wait for them.
  await page.waitForFunction((mark) => window.__bench.events.slice(mark).some((e) => e.id > 0), mark, { polling: 16, timeout: 5000 }).catch(() => undefined);
  return page.evaluate(
    ([mark, settledAt]) => {
      const entries = window.__bench.events.slice(mark).filter((e) => e.id > 0);
      const start = Math.min(...entries.map((e) => e.start));
      // The interaction's longest event, split as Event Timing does: waiting for the main thread, handlers, and
      // rendering until the frame is presented (what a slow p95 is made of).
      const longest = entries.reduce((a, e) => (e.duration > (a?.duration ?? -1) ? e : a), undefined);
      const delay = longest?.delay ?? NaN;
      const processing = longest?.processing ?? NaN;
      return { paint: longest?.duration ?? 0, delay, processing, present: (longest?.duration ?? NaN) - delay - processing, settled: entries.length ? settledAt - start : NaN };
    },
    [mark, settledAt],
  );
}

/** A point inside the first funder segment of the donut (a path's box centre may fall in the hole). */
async function funderPoint(page) {
  return page.evaluate(() => {
    const chart = document.querySelector('impact-dashboard').shadowRoot.querySelector('funding-breakdown').shadowRoot;
    const seg = chart.querySelector('path.seg[data-kind="funder"]');
    const box = seg.getBoundingClientRect();
    for (let i = 1; i < 20; i++)
      for (let j = 1; j < 20; j++) {
        const x = box.left + (box.width * i) / 20;
        const y = box.top + (box.height * j) / 20;
        if (chart.elementFromPoint(x, y) === seg) return { x, y };
      }
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
}

const CHIP = 'impact-dashboard [part="chips"] button.chip';
const NO_FILTER = '!el.shadowRoot.querySelector(\'[part="chips"]\')';
const FILTERED = '!!el.shadowRoot.querySelector(\'[part="chips"]\')';

async function clicks(page, reps) {
  const out = { departement: [], funder: [], remove: [], keystroke: [] };
  const bars = page.locator('impact-dashboard ul[aria-labelledby="bars-departement"] button');
  for (let i = 0; i < reps; i++) {
    // Alternating the bar clicked, so that no two clicks find the same view cached.
    await bars.nth(i % 3).scrollIntoViewIfNeeded();
    out.departement.push(await interaction(page, () => bars.nth(i % 3).click(), `el.filters.departement !== undefined && ${FILTERED}`));
    out.remove.push(await interaction(page, () => page.locator(CHIP).first().click(), NO_FILTER));
  }
  for (let i = 0; i < reps; i++) {
    await page.locator('impact-dashboard funding-breakdown').scrollIntoViewIfNeeded();
    const { x, y } = await funderPoint(page);
    out.funder.push(await interaction(page, () => page.mouse.click(x, y), `el.filters.funder !== undefined && ${FILTERED}`));
    out.remove.push(await interaction(page, () => page.locator(CHIP).first().click(), NO_FILTER));
  }
  const box = page.locator('impact-dashboard input[name="q"]');
  await box.scrollIntoViewIfNeeded();
  await box.focus();
  const typed = 'atelier cuisine familles';
  for (let i = 0; i < reps; i++) {
    // Type a query letter by letter, then erase it: each keystroke is one measure.
    const value = await box.inputValue();
    const forward = value.length < typed.length && (i % (2 * typed.length)) < typed.length;
    const next = forward ? typed.slice(0, value.length + 1) : value.slice(0, -1);
    const key = forward ? typed[value.length] === ' ' ? 'Space' : typed[value.length] : 'Backspace';
    const want = JSON.stringify(next.trim() || undefined);
    out.keystroke.push(
      await interaction(page, () => page.keyboard.press(key), `JSON.stringify(el.filters.q?.trim() || undefined) === ${JSON.stringify(want)}`),
    );
  }
  return out;
}

const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (Number.isNaN(x) ? 'n/a' : `${x.toFixed(0)} ms`);
const ratio = (x, base) => (Number.isNaN(x) ? '' : ` (${(x / base).toFixed(2)}×)`);
const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;

console.log(`Chromium, CDN bundle, demo server (strict CSP); ${RUNS} load(s) per size, ${REPS} of each interaction; ratios to fetch + JSON.parse`);
for (const n of SIZES) {
  const src = `/bench/national-${n}.json`;
  const loads = [];
  const bases = [];
  let page;
  for (let r = 0; r < RUNS; r++) {
    bases.push(await baseline(src));
    const shots = SHOTS && r === RUNS - 1 && n === Math.max(...SIZES) ? SHOTS : '';
    const run = await load(src, shots);
    if (shots) await run.page.screenshot({ path: `${shots}/dashboard-complete.png` });
    loads.push(run);
    if (page) await page.close();
    page = run.page;
  }
  const base = { total: median(bases.map((b) => b.total)), fetch: median(bases.map((b) => b.fetch)), parse: median(bases.map((b) => b.parse)), heap: median(bases.map((b) => b.heap)) };
  const pick = (k) => median(loads.map((l) => l[k]));
  console.log(`\n${n.toLocaleString('fr-FR')} actions: fetch + JSON.parse ${ms(base.total)} (fetch ${ms(base.fetch)}, parse ${ms(base.parse)}), parsed JSON ${mb(base.heap)}`);
  console.log(`  progress visible   ${ms(pick('progress'))}`);
  console.log(`  first figures      ${ms(pick('figures'))}${ratio(pick('figures'), base.total)}`);
  console.log(`  complete           ${ms(pick('complete'))}${ratio(pick('complete'), base.total)}`);
  console.log(`  longest task       ${ms(pick('longestTask'))}  (${pick('longTasks')} tasks over 50 ms)`);
  console.log(`  heap after load    ${mb(pick('heap'))}${ratio(pick('heap'), base.heap)}`);
  console.log(`  layout shift       ${pick('shift').toFixed(3)} (CLS from the skeleton's first paint to complete)`);
  const c = await clicks(page, REPS);
  for (const [name, xs] of Object.entries(c)) {
    const paint = xs.map((x) => x.paint);
    const settled = xs.map((x) => x.settled).filter((x) => !Number.isNaN(x));
    console.log(
      `  ${name.padEnd(18)} paint p95 ${ms(p95(paint)).padStart(7)} (median ${ms(median(paint))}), settled p95 ${ms(p95(settled)).padStart(7)} (median ${ms(median(settled))})  n=${xs.length}`,
    );
    // The slowest interactions, split: input delay (the main thread busy when the input came), handlers, and
    // rendering until presented.
    const slow = xs.map((x, i) => ({ ...x, i })).sort((a, b) => b.paint - a.paint).slice(0, Math.max(1, Math.ceil(xs.length * 0.1)));
    console.log(`  ${''.padEnd(18)} slowest: ${slow.map((x) => `#${x.i + 1} ${ms(x.paint)} = ${x.delay.toFixed(0)} wait + ${x.processing.toFixed(0)} handlers + ${x.present.toFixed(0)} render`).join('; ')}`);
  }
  await page.close();
}
await browser.close();
server.close();
