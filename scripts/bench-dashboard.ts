/**
 * Timings of the impact dashboard at 1,000, 10,000 and 100,000 actions:
 *
 *   npx tsx scripts/bench-dashboard.ts [--browser]
 *
 * In Node: generation, validation, the first aggregation (what the dashboard computes
 * on load), one filter change, the search index and a search, the title sort.
 * With --browser (needs `npm run build:cdn` and Chromium): the CDN bundle in headless
 * Chromium, from navigation to the dashboard's first complete render, then one filter
 * change (a click on a keyword bar) until the list shows the new count.
 * Numbers are printed, never asserted: they depend on the machine.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { loadInputs, makeFeed } from './make-feed.mjs';
import { validateFeed } from '../src/feed/validate.js';
import { applyFilters, distributions, facets, feedView, headline } from '../src/feed/dashboard.js';
import { fundingByType, staffingTotals } from '../src/feed/aggregate.js';
import { searchActions, searchIndex } from '../src/feed/search.js';
import { sortActions } from '../src/action-list/sort.js';

const SIZES = [1_000, 10_000, 100_000];
const { sample, communes } = await loadInputs();

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`.padStart(9);
const rows: string[][] = [];
for (const n of SIZES) {
  const [raw, generate] = time(() => makeFeed(n, 1, sample, communes));
  const [{ feed }, validate] = time(() => validateFeed(JSON.parse(JSON.stringify(raw))));
  const byId = new Map(feed.structures.map((s) => [s.id, s]));
  const [, aggregate] = time(() => {
    const actions = applyFilters(feed, {});
    return [headline(actions, byId), distributions(actions, byId), facets(feed, byId), fundingByType(actions), staffingTotals(actions)];
  });
  const keyword = distributions(feed.actions, byId).keyword[0]!.label;
  const [, filter] = time(() => {
    const actions = applyFilters(feed, { keyword, departement: '59' });
    feedView(feed, actions);
    return [headline(actions, byId), distributions(actions, byId), fundingByType(actions), staffingTotals(actions)];
  });
  const [, index] = time(() => searchIndex(feed));
  const [found, search] = time(() => searchActions(feed, feed.actions, 'atelier cuisine'));
  const [, sort] = time(() => sortActions(feed.actions, 'title'));
  rows.push([n.toLocaleString('fr-FR'), ms(generate), ms(validate), ms(aggregate), ms(filter), ms(index), `${ms(search)} (${found.length})`, ms(sort)]);
}
console.log('Node (ms)        generate  validate  aggregate  filter   index  search (found)      title sort');
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(10) : c)).join(' '));

if (process.argv.includes('--browser')) await browserBench();

/** A bare page that loads the CDN bundle and a dashboard over a generated feed. */
async function serve(feeds: Map<string, string>): Promise<Server> {
  const root = join(import.meta.dirname, '..', 'dist', 'cdn');
  const server = createServer(async (req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<!doctype html><html lang="fr"><script type="module" src="/vitrine.js"></script><body></body></html>');
    }
    if (feeds.has(path)) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(feeds.get(path));
    }
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return server;
}

async function browserBench(): Promise<void> {
  const { chromium } = await import('playwright-core');
  const feeds = new Map(SIZES.map((n) => [`/feed-${n}.json`, JSON.stringify(makeFeed(n, 1, sample, communes))]));
  const server = await serve(feeds);
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  console.log('\nChromium, CDN bundle   first render (fetch + parse + validate + draw)   filter change (click → list updated)');
  for (const n of SIZES) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    // <impact-dashboard> is registered lazily: its chunk downloads once the tag is in the page (timed below).
    await page.waitForFunction(() => customElements.get('action-card'));
    const first = await page.evaluate(async (src) => {
      const start = performance.now();
      const el = document.createElement('impact-dashboard');
      el.setAttribute('no-url', '');
      el.setAttribute('src', src);
      document.body.append(el);
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        const list = el.shadowRoot?.querySelector('action-list');
        if (list?.shadowRoot?.querySelector('[part="count"]')) break;
      }
      return performance.now() - start;
    }, `/feed-${n}.json`);
    const change = await page.evaluate(async () => {
      const el = document.querySelector('impact-dashboard')!;
      const list = el.shadowRoot!.querySelector('action-list')!;
      const before = list.shadowRoot!.querySelector('[part="count"]')!.textContent;
      const start = performance.now();
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="bar"]')!.click();
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r));
        if (list.shadowRoot!.querySelector('[part="count"]')!.textContent !== before) break;
      }
      return performance.now() - start;
    });
    console.log(`${n.toLocaleString('fr-FR').padEnd(22)} ${ms(first)}${' '.repeat(40)}${ms(change)}`);
    await page.close();
  }
  await browser.close();
  server.close();
}
