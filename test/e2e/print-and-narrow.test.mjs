// The dashboard as a funder prints it (Chromium's page.pdf, A4, which fires beforeprint as Ctrl+P does),
// read back as text page by page: every filtered action is in it, page 1 is not left half empty, and the
// role table fits on one page. And the "Créer mon flux" page never scrolls sideways at 375 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { envPort, portOf } from '../../scripts/free-port.mjs';

// E2E_PORT + 1 when E2E_PORT is set (demo-pages takes E2E_PORT); otherwise a free port.
let ORIGIN = '';
const sample = JSON.parse(readFileSync(new URL('../../demo/sample-feed.json', import.meta.url), 'utf8'));
let server;
let browser;

before(async () => {
  server = await startDemoServer(envPort('E2E_PORT') && envPort('E2E_PORT') + 1);
  ORIGIN = `http://127.0.0.1:${portOf(server)}`;
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

const fold = (s) => s.replace(/\s+/g, ' ').trim();

/** Waits until no Vitrine element (in the page or a shadow root) is loading and the dashboard's list has cards. */
const ready = () => {
  const busy = (root) => [...root.querySelectorAll('*')].some((el) => el.getAttribute('aria-busy') === 'true' || (el.shadowRoot && busy(el.shadowRoot)));
  const cards = document.querySelector('impact-dashboard')?.shadowRoot?.querySelector('action-list')?.shadowRoot?.querySelector('action-card');
  return !!cards && !busy(document);
};

async function printedPages(path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${ORIGIN}${path}`);
  await page.waitForFunction(ready, null, { timeout: 60000, polling: 100 });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  await page.close();
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf), { isEvalSupported: false, verbosity: 0 }), { mergePages: false });
  return text.map(fold);
}

test('the printed dashboard holds every action, a full first page and a one-page role table', async () => {
  const pages = await printedPages('/dashboard.html');
  const all = pages.join(' ');
  const missing = sample.actions.filter((a) => !all.includes(fold(a.title)));
  assert.deepEqual(missing.map((a) => a.title), []);
  // Page 1 goes on past the headline figures into the funding panel (kept whole, the chart and its table
  // were pushed to page 2, leaving page 1 half empty).
  assert.match(pages[0], /Chiffres clés.*Financement de 38 actions/);
  // The printed role table: the largest roles and one line for the others, on one page.
  const roles = pages.filter((p) => /Rôle Statut ETP/.test(p));
  assert.equal(roles.length, 1);
  assert.match(roles[0], /Rôle Statut ETP.*\d+ autres rôles.*Total/);
});

test('a filtered print holds exactly the filtered actions', async () => {
  const pages = await printedPages('/dashboard.html?departement=59');
  const all = pages.join(' ');
  const inNord = new Set(sample.structures.filter((s) => s.departement === '59').map((s) => s.id));
  const expected = sample.actions.filter((a) => inNord.has(a.structureId));
  assert.ok(expected.length > 3);
  assert.deepEqual(expected.filter((a) => !all.includes(fold(a.title))).map((a) => a.title), []);
  assert.match(all, new RegExp(`Liste des actions ${expected.length} actions`));
  // No other action is printed (titles that are part of a Nord action's title excepted).
  const elsewhere = sample.actions.filter((a) => !inNord.has(a.structureId) && !expected.some((e) => fold(e.title).includes(fold(a.title))));
  assert.deepEqual(elsewhere.filter((a) => all.includes(fold(a.title))).map((a) => a.title), []);
});

test('"Créer mon flux" never scrolls sideways at 375 px, before and after reading a fiche', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${ORIGIN}/import.html`);
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  assert.equal(await width(), 375);
  await page.click('#example');
  await page.click('#import-form button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('#result action-card, #result [part]') || /fiche lue/.test(document.querySelector('#result')?.textContent ?? ''), null, { timeout: 60000 });
  await page.waitForFunction(() => ![...document.querySelectorAll('#result *')].some((e) => e.shadowRoot?.querySelector('[aria-busy="true"]')), null, { timeout: 60000 });
  assert.equal(await width(), 375);
  await page.close();
});
