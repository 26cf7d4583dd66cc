// The demo pages as a webmaster's visitor gets them: the CDN build served with a strict
// Content-Security-Policy, in Debian's Chromium. Every page must render its elements with
// no CSP violation, no uncaught error and no request to another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../scripts/serve-demo.mjs';

const PORT = 8097;
const ORIGIN = `http://127.0.0.1:${PORT}`;
let server;
let browser;

before(async () => {
  server = await startDemoServer(PORT);
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function visit(path, act) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const foreign = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  page.on('console', (m) => {
    // The demo shows a missing feed on purpose; its 404 is expected.
    if (m.type() === 'error' && !/404/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'networkidle' });
  const result = await act(page);
  await page.close();
  return { problems, foreign, result };
}

/** Waits until no Vitrine element on the page (or inside one) is still loading. */
const settledScript = async () => {
  const busy = (root) => [...root.querySelectorAll('*')].some((el) => el.getAttribute('aria-busy') === 'true' || (el.shadowRoot && busy(el.shadowRoot)));
  for (let i = 0; i < 100 && busy(document); i++) await new Promise((r) => setTimeout(r, 50));
  return !busy(document);
};

test('the centre page renders its cards, charts and map under a strict CSP', async () => {
  const { problems, foreign, result } = await visit('/', async (page) => {
    assert.equal(await page.evaluate(settledScript), true);
    return page.evaluate(() => ({
      cards: [...document.querySelectorAll('action-card')].filter((c) => c.shadowRoot?.querySelector('[part="title"]')).length,
      map: document.querySelector('territory-map')?.shadowRoot?.querySelectorAll('[data-code]').length ?? 0,
    }));
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  assert.ok(result.cards >= 5, `${result.cards} cards rendered`);
  assert.ok(result.map >= 101, `${result.map} map areas`);
});

test('the funders’ dashboard renders under a strict CSP and filters from a click', async () => {
  const { problems, foreign, result } = await visit('/dashboard.html', async (page) => {
    assert.equal(await page.evaluate(settledScript), true);
    return page.evaluate(() => document.querySelector('impact-dashboard')?.shadowRoot?.textContent?.includes('actions') ?? false);
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  assert.equal(result, true);
});

test('the importer page reads a pasted fiche in the browser under a strict CSP', async () => {
  const { problems, foreign, result } = await visit('/import.html', async (page) => {
    await page.getByText('Mettre un exemple').click();
    await page.getByText('Lire la fiche').click();
    await page.waitForSelector('action-card');
    return page.evaluate(() => document.querySelector('action-card')?.shadowRoot?.querySelector('[part="title"]')?.textContent);
  });
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  assert.equal(result, 'Jardin partagé des Tilleuls');
});
