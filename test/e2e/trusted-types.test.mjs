// Trusted Types: a host page that sends `require-trusted-types-for 'script'; trusted-types lit-html` (the
// policy name Lit creates, documented in SECURITY.md) on top of a strict CSP, as a header. All six elements
// render from the CDN build with zero `securitypolicyviolation` events and no error, and still do after a
// table is opened, a segment is focused, the map is hovered and the dashboard is filtered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CSP } from '../../scripts/serve-demo.mjs';
import { envPort, portOf } from '../../scripts/free-port.mjs';

const root = resolve(import.meta.dirname, '../..');
// TT_PORT fixes the port; by default the system picks a free one, so two runs can share a machine.
let ORIGIN = 'http://127.0.0.1';
const POLICY = `${CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;

const PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Trusted Types</title>
<script type="module" src="/cdn/vitrine.js"></script></head>
<body>
<action-card src="/sample-feed.json" action-id="halte-repit" variant="full"></action-card>
<funding-breakdown src="/sample-feed.json" action-id="halte-repit"></funding-breakdown>
<staffing-chart src="/sample-feed.json" departement="62"></staffing-chart>
<territory-map src="/sample-feed.json" metric="budget"></territory-map>
<action-list src="/sample-feed.json" page-size="5"></action-list>
<impact-dashboard src="/sample-feed.json" no-url></impact-dashboard>
</body></html>`;

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.html': 'text/html; charset=utf-8' };

let server;
let browser;

before(async () => {
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', ORIGIN).pathname)).replace(/^(\.\.[/\\])+/, '');
    const headers = { 'content-security-policy': POLICY, 'x-content-type-options': 'nosniff' };
    try {
      if (path === '/') return res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] }).end(PAGE);
      const file = path.startsWith('/cdn/') ? join(root, 'dist', path) : path === '/sample-feed.json' ? join(root, 'demo/sample-feed.json') : '';
      if (!file) throw new Error('not served');
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      res.writeHead(404, headers).end('Not found');
    }
  });
  await new Promise((ok) => server.listen(envPort('TT_PORT'), '127.0.0.1', ok));
  ORIGIN = `http://127.0.0.1:${portOf(server)}`;
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});

after(() => Promise.all([browser?.close(), new Promise((done) => (server ? server.close(done) : done()))]));

test("all six elements render under require-trusted-types-for 'script' with the lit-html policy only: 0 violations", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  // A missing file is reported by its URL below (the console line does not name it); the browser's favicon is no concern.
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(`console: ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`${r.status()} ${r.url()}`));
  // Registered before any script of the page runs; violations of Trusted Types are reported here too.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`));
  });
  await page.goto(`${ORIGIN}/`, { waitUntil: 'networkidle' });
  const rendered = await page.waitForFunction(
    () => {
      const ready = {
        'action-card': '[part="title"]',
        'funding-breakdown': '.graphic .seg',
        'staffing-chart': '.graphic .seg',
        'territory-map': '[data-code]',
        'action-list': 'action-card',
        'impact-dashboard': '[part="bar"]',
      };
      const done = Object.entries(ready).filter(([tag, sel]) => document.querySelector(tag)?.shadowRoot?.querySelector(sel));
      return done.length === 6 && done.map(([tag]) => tag);
    },
    null,
    { timeout: 60_000, polling: 100 },
  );
  assert.equal((await rendered.jsonValue()).length, 6);

  // Interactions that render new templates: the data table, a focused segment's tooltip, a map hover, a filter.
  await page.evaluate(() => document.querySelector('funding-breakdown').shadowRoot.querySelector('[aria-controls="data"]')?.click());
  await page.evaluate(() => document.querySelector('staffing-chart').shadowRoot.querySelector('.graphic .seg')?.focus());
  await page.hover('territory-map');
  await page.evaluate(() => document.querySelector('impact-dashboard').shadowRoot.querySelector('[part="bar"]').click());
  await page.waitForFunction(() => document.querySelector('impact-dashboard').shadowRoot.querySelector('[part="bar"][aria-pressed="true"]'), null, { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('staffing-chart').shadowRoot.querySelector('.tooltip'), null, { timeout: 30_000 });

  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  // The policy really is enforced: a raw string assigned to a script sink throws.
  const enforced = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return false;
    } catch (e) {
      return e instanceof TypeError;
    }
  });
  assert.equal(enforced, true, 'Trusted Types not enforced: the test would prove nothing');
  await page.close();
});
