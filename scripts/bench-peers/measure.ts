/**
 * One cold load of a bench page in Chromium: a fresh browser context (empty cache, no connection reused), the
 * page's requests until its chart is painted, the time of that frame, and (when traced) the main thread's busy time.
 *
 * "Painted" is the first animation frame in which the chart is complete: for the peers, the frame after their
 * synchronous draw (animations off, `__chartDrawn` set by the page); for Vitrine, the frame in which the element's
 * shadow root holds its SVG paths and nothing is `aria-busy` any more. The same probe (one check per frame) runs on
 * every page.
 */
import type { Browser, Page } from 'playwright-core';

export type Network = 'local' | 'fast4g';

/** Chrome DevTools' "Fast 4G" preset: 165 ms round trip, 9 Mbit/s down, 1.5 Mbit/s up (both × 0.9). */
const FAST_4G = { offline: false, latency: 165, downloadThroughput: (9e6 * 0.9) / 8, uploadThroughput: (1.5e6 * 0.9) / 8 };

export interface LoadResult {
  /** ms from navigation start to the painted frame. */
  painted: number;
  /** Downloads started before the painted frame (the document included), from resource timing: ms since navigation start. */
  requests: { url: string; type: string; start: number; end: number }[];
  /** Main-thread CPU time (thread time) in top-level tasks from navigation to paint (traced loads only). */
  cpu?: number;
  /** The same tasks' wall-clock time: it also counts the moments the OS gave the core to another process. */
  busy?: number;
}

/**
 * The probe, as source text: a function written in this file would be rewritten by tsx (esbuild's `__name`
 * helper), which the page does not have.
 */
const paintProbe = (selector: string | null): string => `(() => {
  const selector = ${JSON.stringify(selector)};
  const done = () => {
    if (!selector) return globalThis.__chartDrawn === true;
    const root = document.querySelector(selector)?.shadowRoot;
    return !!root && !root.querySelector('[aria-busy="true"]') && root.querySelector('svg path') !== null;
  };
  const tick = () => {
    if (!done()) return requestAnimationFrame(tick);
    performance.mark('bench-painted');
    globalThis.__benchPainted(performance.now());
  };
  requestAnimationFrame(tick);
})();`;

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: the CPU the task used, without the time the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { documentLoaderURL?: string } };
}

/**
 * Time of the renderer's main thread in top-level tasks between the page's navigation start and the painted mark:
 * `cpu` is thread time (what the tasks cost; a task cut by either bound counts pro rata), `busy` their wall-clock
 * span, which on a shared machine also holds the moments the OS ran something else (twice the CPU at load 10).
 */
export function mainThreadTime(events: TraceEvent[], url: string): { cpu: number; busy: number } {
  const mark = events.find((e) => e.name === 'bench-painted');
  if (!mark) throw new Error('no painted mark in the trace');
  const onMain = (e: TraceEvent) => e.pid === mark.pid && e.tid === mark.tid;
  const starts = events.filter((e) => onMain(e) && e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  const from = starts.length ? Math.max(...starts.map((e) => e.ts)) : 0;
  let busy = 0;
  let cpu = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || !onMain(e)) continue;
    const start = Math.max(e.ts, from);
    const end = Math.min(e.ts + (e.dur ?? 0), mark.ts);
    if (end <= start) continue;
    busy += end - start;
    cpu += e.tdur === undefined || !e.dur ? end - start : (e.tdur * (end - start)) / e.dur;
  }
  return { cpu: cpu / 1000, busy: busy / 1000 };
}

export async function coldLoad(
  browser: Browser,
  url: string,
  selector: string | null,
  network: Network,
  trace = false,
): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  try {
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    let resolvePainted!: (ms: number) => void;
    const painted = new Promise<number>((resolve) => (resolvePainted = resolve));
    await page.exposeFunction('__benchPainted', (ms: number) => resolvePainted(ms));
    await page.addInitScript({ content: paintProbe(selector) });
    if (network === 'fast4g') {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', FAST_4G);
    }
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const ms = await Promise.race([
      painted,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${url}: not painted within 60 s`)), Number(process.env.PAINT_TIMEOUT ?? 60_000))),
    ]).catch(async (e) => {
      const state = await page.evaluate(`(() => { const r = document.querySelector(${JSON.stringify(selector)})?.shadowRoot; return JSON.stringify({ drawn: globalThis.__chartDrawn, ready: document.readyState, html: r ? r.innerHTML.slice(0, 300) : null, res: performance.getEntriesByType('resource').map((x) => x.name.split('/').pop() + '@' + Math.round(x.responseEnd)) }); })()`).catch((x) => String(x));
      throw new Error(`${e.message}: ${state} ${errors.join(' | ')}`);
    });
    // The browser's own timings: exact even on a busy machine, and a preload the page reuses counts once.
    const requests = await page.evaluate((until) => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const entries = [navigation, ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[])];
      return entries
        .filter((e) => e.startTime <= until)
        .map((e) => ({ url: e.name, type: e.initiatorType, start: e.startTime, end: e.responseEnd }));
    }, ms);
    const result: LoadResult = { painted: ms, requests };
    if (trace) {
      const buffer = await browser.stopTracing();
      Object.assign(result, mainThreadTime((JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents, url));
    }
    return result;
  } finally {
    await context.close();
  }
}
