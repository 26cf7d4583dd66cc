#!/usr/bin/env node
// First render of <territory-map> on the sample feed, in Chromium, from the CDN build:
//   node scripts/bench-map.mjs [runs=15]
// Each run opens a fresh page, loads the map's chunk (not timed: a download), then times from the element being
// connected with its `.feed` set to (1) the 101 département paths being in its shadow DOM and (2) the next frame
// painted. Fresh pages keep the one-time decoding of the geometry inside the measure, as a reader's first visit
// would. A second map on the same page is timed too (geometry already decoded). Prints medians; asserts nothing.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startDemoServer } from './serve-demo.mjs';

const runs = Number(process.argv[2] ?? 15);
if (!existsSync('dist/cdn/vitrine.js')) execFileSync('npx', ['vite', 'build', '--mode', 'cdn'], { stdio: 'inherit' });

const port = 8700 + Math.floor(Math.random() * 200);
const server = await startDemoServer(port);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

// A bare page without the demo's CSP, so that the timing code can run in it.
const PAGE = '<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body></body></html>';

async function measure(page) {
  return page.evaluate(async () => {
    const vitrine = await import('/cdn/vitrine.js');
    await vitrine.ensureDefined('territory-map');
    const feed = await (await fetch('/sample-feed.json')).json();
    const nextPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const time = async () => {
      const el = document.createElement('territory-map');
      el.feed = feed;
      el.noMarkers = true;
      const start = performance.now();
      document.body.append(el);
      while (el.shadowRoot?.querySelectorAll('path.area').length !== 101) {
        await el.updateComplete;
        if (el.shadowRoot?.querySelectorAll('path.area').length === 101) break;
        await new Promise((r) => setTimeout(r, 0));
      }
      const dom = performance.now() - start;
      await nextPaint();
      return { dom, paint: performance.now() - start };
    };
    const first = await time();
    const second = await time();
    return { first, second };
  });
}

const results = [];
for (let i = 0; i < runs; i++) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.route('**/bench-map.html', (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto(`http://127.0.0.1:${port}/bench-map.html`);
  results.push(await measure(page));
  await page.close();
}
await browser.close();
server.close();

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const row = (label, values) =>
  console.log(`${label.padEnd(52)} median ${median(values).toFixed(1).padStart(6)} ms   (min ${Math.min(...values).toFixed(1)}, max ${Math.max(...values).toFixed(1)})`);
console.log(`<territory-map>, sample feed (${runs} fresh pages, markers off: the commune chunk is a separate download)`);
row('first map: connected → 101 paths in the DOM', results.map((r) => r.first.dom));
row('first map: connected → next frame painted', results.map((r) => r.first.paint));
row('second map on the page: connected → painted', results.map((r) => r.second.paint));
