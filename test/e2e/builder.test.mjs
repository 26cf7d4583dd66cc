// The embed-code builder (demo/builder.html) as a webmaster uses it, under the demo's strict CSP in
// Chromium: pick an element and an action, watch the real element render, copy the snippet, and paste
// it into a fresh page that loads the self-hosted folder (dist/vitrine-<version>/ served at /vitrine/):
// that page must render the same element. Axe-clean at 375 and 1280 px; hostile feed text stays text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { CSP, startDemoServer } from '../../scripts/serve-demo.mjs';
import { envPort, portOf } from '../../scripts/free-port.mjs';

const root = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const SELF_HOSTED = join(root, 'dist', `vitrine-${version}`);
// E2E_PORT + 3 when E2E_PORT is set (demo-pages takes it, print-and-narrow + 1, TT_PORT is often + 2); else a free port.
const PORT = envPort('E2E_PORT') && envPort('E2E_PORT') + 3;
let ORIGIN;
const axeSource = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
let server;
let browser;

before(async () => {
  server = await startDemoServer(PORT);
  ORIGIN = `http://127.0.0.1:${portOf(server)}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** A page that records CSP violations, page errors and console errors. */
async function openPage(width = 1280) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/404/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, problems, close: () => context.close() };
}

async function openBuilder(width) {
  const opened = await openPage(width);
  await opened.page.goto(`${ORIGIN}/builder.html`);
  await opened.page.waitForSelector('body[data-ready]');
  return opened;
}

/** Waits until the element has rendered its data (no skeleton), then returns its shadow text. */
async function renderedText(page, selector) {
  const handle = await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      const shadow = el?.shadowRoot;
      if (!shadow || el.getAttribute('aria-busy') === 'true' || shadow.querySelector('[aria-busy="true"]')) return false;
      const text = shadow.textContent.replace(/\s+/g, ' ').trim();
      return text.length > 20 ? text : false;
    },
    selector,
    { polling: 50 },
  );
  return handle.jsonValue();
}

async function choose(page, { element, action, ...options }) {
  await page.selectOption('#element', element);
  if (action) await page.selectOption('#action', action);
  for (const [id, value] of Object.entries(options)) await page.selectOption(`#${id}`, value);
}

/** Serves `html` as a fresh page of the same origin, with the copied CSS and the self-hosted folder at /vitrine/. */
async function pasteIntoFreshPage(html, css) {
  const opened = await openPage();
  const headers = { 'content-security-policy': CSP, 'content-type': 'text/html; charset=utf-8' };
  await opened.page.route(`${ORIGIN}/site/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/site/theme.css') return route.fulfill({ body: css, headers: { ...headers, 'content-type': 'text/css' } });
    return route.fulfill({
      body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page du centre</title><link rel="stylesheet" href="/site/theme.css"></head><body><main>\n${html}\n</main></body></html>`,
      headers,
    });
  });
  await opened.page.route(`${ORIGIN}/vitrine/**`, async (route) => {
    const file = normalize(new URL(route.request().url()).pathname.slice('/vitrine/'.length)).replace(/^(\.\.[/\\])+/, '');
    await route.fulfill({ body: await readFile(join(SELF_HOSTED, file)), headers: { 'content-type': 'text/javascript', 'content-security-policy': CSP } });
  });
  await opened.page.goto(`${ORIGIN}/site/page.html`);
  return opened;
}

test('pick a chart and an action: the preview renders, and the copied snippet renders the same on a fresh page', async () => {
  const { page, problems, close } = await openBuilder();
  const actions = await page.$$eval('#action option', (options) => options.map((o) => o.value));
  assert.ok(actions.includes('halte-repit') && actions.length > 10, `${actions.length} actions in the select`);
  await choose(page, { element: 'funding-breakdown', action: 'halte-repit', type: 'bar', 'group-by': 'funder' });
  await page.check('#custom-colours');
  await page.fill('#accent', '#6a1b9a');
  const preview = await renderedText(page, '#preview funding-breakdown');

  await page.click('#copy-html');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent.length > 0);
  const html = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(html, await page.textContent('#snippet-html'));
  assert.match(html, /^<script type="module" src="\/vitrine\/vitrine\.js"><\/script>\n<funding-breakdown src="\/sample-feed\.json" action-id="halte-repit" type="bar" group-by="funder">\n {2}<a href="[^"]+">[^<]+<\/a>\n<\/funding-breakdown>$/);
  await page.click('#copy-css');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent.length > 0);
  const css = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(css, 'funding-breakdown {\n  --vitrine-color-accent: #6a1b9a;\n}');
  await page.click('#copy-shortcode');
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /^\[vitrine element="funding-breakdown" action="halte-repit" feed="\/sample-feed\.json" type="bar" group-by="funder"\]<a href=.*<\/a>\[\/vitrine\]$/);

  const fresh = await pasteIntoFreshPage(html, css);
  assert.equal(await renderedText(fresh.page, 'funding-breakdown'), preview);
  const accent = (p) => p.$eval('funding-breakdown', (el) => getComputedStyle(el).getPropertyValue('--vitrine-color-accent').trim());
  assert.equal(await accent(fresh.page), '#6a1b9a');
  assert.equal(await accent(page), '#6a1b9a');
  assert.deepEqual(fresh.problems, []);
  await fresh.close();
  assert.deepEqual(problems, []);
  await close();
});

test('a card in English, full: the preview and the pasted snippet show the same fiche', async () => {
  const { page, problems, close } = await openBuilder();
  await choose(page, { element: 'action-card', action: 'acces-au-numerique', variant: 'full', lang: 'en' });
  const preview = await renderedText(page, '#preview action-card');
  assert.match(preview, /Budget|budget/);
  await page.click('#copy-html');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent.length > 0);
  const html = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(html, /<action-card src="\/sample-feed\.json" action-id="acces-au-numerique" variant="full" lang="en">/);
  const fresh = await pasteIntoFreshPage(html, '');
  assert.equal(await renderedText(fresh.page, 'action-card'), preview);
  assert.deepEqual(fresh.problems, []);
  await fresh.close();
  assert.deepEqual(problems, []);
  await close();
});

test('a feed that cannot be read: the builder says so, and the preview keeps the fallback link under the message', async () => {
  const { page, problems, close } = await openBuilder();
  await choose(page, { element: 'territory-map' });
  await page.fill('#feed-url', '/flux-introuvable.json');
  await page.click('button[type="submit"]');
  await page.waitForFunction(() => /ne peut pas être lu/.test(document.getElementById('feed-status').textContent));
  await page.waitForFunction(() => document.querySelector('#preview territory-map')?.shadowRoot?.querySelector('[role="alert"], .message, [part~="message"]'));
  const link = await page.$eval('#preview territory-map > a', (a) => ({ text: a.textContent, shown: a.getBoundingClientRect().height > 0, href: a.getAttribute('href') }));
  assert.deepEqual(link, { text: 'Nos actions (données)', shown: true, href: '/flux-introuvable.json' });
  assert.deepEqual(problems, []);
  await close();
});

test('hostile feed text stays text, and javascript: feed addresses are refused', async () => {
  const { page, problems, close } = await openBuilder();
  const hostile = await readFile(join(root, 'test/fixtures/hostile-feed.json'));
  await page.route(`${ORIGIN}/hostile.json`, (route) => route.fulfill({ body: hostile, headers: { 'content-type': 'application/json', 'content-security-policy': CSP } }));
  await page.fill('#feed-url', '/hostile.json');
  await page.click('button[type="submit"]');
  await page.waitForFunction(() => [...document.querySelectorAll('#action option')].some((o) => o.value === 'payload'));
  await choose(page, { element: 'action-card', action: 'payload' });
  await renderedText(page, '#preview action-card');
  const shown = await page.evaluate(() => ({ pwned: window.__pwned, scripts: document.querySelectorAll('main script, #preview script').length, code: document.getElementById('snippet-html').textContent }));
  assert.equal(shown.pwned, undefined);
  assert.equal(shown.scripts, 0);
  assert.match(shown.code, /&lt;script&gt;window\.__pwned=1&lt;\/script&gt;Titre<\/a>/);
  await page.fill('#feed-url', 'javascript:alert(1)');
  await page.click('button[type="submit"]');
  await page.waitForFunction(() => document.getElementById('snippet-html').textContent === '' && /http\(s\)/.test(document.getElementById('feed-status').textContent));
  assert.equal(await page.$$eval('#preview *', (els) => els.filter((el) => el.tagName.includes('-')).length), 0);
  assert.deepEqual(problems, []);
  await close();
});

for (const width of [375, 1280]) {
  test(`the builder is axe-clean at ${width} px, in French and in English, and never scrolls sideways`, async () => {
    const { page, problems, close } = await openBuilder(width);
    await choose(page, { element: 'funding-breakdown', action: 'halte-repit' });
    await renderedText(page, '#preview funding-breakdown');
    await page.evaluate(axeSource);
    const audit = () => page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    assert.deepEqual(await audit(), []);
    await page.click('#ui-lang');
    await page.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('h1').textContent === 'Embed code');
    assert.deepEqual(await audit(), []);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
    assert.deepEqual(problems, []);
    await close();
  });
}
