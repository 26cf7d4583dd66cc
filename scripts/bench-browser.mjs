#!/usr/bin/env node
// Browser half of `npm run bench`: in Debian's Chromium, through the CDN bundle and the
// demo server (strict CSP), times from inserting an element with `src` to its first
// complete render (download + validation + aggregation + render), at the sizes given
// (feeds written to dist/bench by bench.ts). Median of 3 fresh pages each.
import { chromium } from 'playwright-core';
import { startDemoServer } from './serve-demo.mjs';

const sizes = process.argv.slice(2).map(Number);
const PORT = 8099;
const server = await startDemoServer(PORT);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const ELEMENTS = ['action-card', 'funding-breakdown', 'staffing-chart', 'territory-map', 'action-list', 'impact-dashboard'];

/** In the page: insert the element, wait until no part of it is busy, return the time. */
async function firstRender(page, tag, src) {
  return page.evaluate(
    async ([tag, src]) => {
      // Lazily registered tags (list, dashboard) are defined once one is in the page: the
      // timing includes downloading their chunk, as a visitor would.
      const start = performance.now();
      const el = document.createElement(tag);
      el.setAttribute('src', src);
      document.body.append(el);
      await customElements.whenDefined(tag);
      const busy = (root) =>
        !root || root.querySelector('[aria-busy="true"]') || [...root.querySelectorAll('*')].some((c) => c.shadowRoot && c.localName.includes('-') && busy(c.shadowRoot));
      for (;;) {
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        if (!busy(el.shadowRoot)) break;
        if (performance.now() - start > 120_000) return NaN;
      }
      return performance.now() - start;
    },
    [tag, src],
  );
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${'element'.padEnd(20)}${sizes.map((n) => `${n} actions`.padStart(16)).join('')}`);
for (const tag of ELEMENTS) {
  const cells = [];
  for (const n of sizes) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/bench.html`);
      runs.push(await firstRender(page, tag, `/bench/feed-${n}.json`));
      await page.close();
    }
    cells.push(`${median(runs).toFixed(0)} ms`.padStart(16));
  }
  console.log(`${tag.padEnd(20)}${cells.join('')}`);
}
await browser.close();
server.close();
