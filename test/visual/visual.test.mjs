// Visual regression: every story of the static Storybook (storybook-static, a production build that
// minifies templates as the CDN does) and every demo page (served with the CDN bundle, dist/cdn),
// screenshotted in Debian's Chromium at 375 and 1280 px wide and compared pixel by pixel with the
// PNGs committed in test/visual/baselines/.
//
//   npm run test:visual                 compare (after npm run build and npm run build-storybook)
//   npm run test:visual -- --update     rewrite the baselines from the current build, then review them in git
//   npm run test:visual -- --only=dashboard   only the shots whose name contains "dashboard"
//
// A failed comparison writes <name>.actual.png, <name>.expected.png and <name>.diff.png (changed
// pixels in red) into test-results/visual/ for a reviewer to open.
//
// Deterministic by construction: fonts pinned to DejaVu (test/visual/fonts.conf, installed by
// scripts/ensure-fonts.mjs), animations and transitions finished, caret hidden, reduced motion,
// device scale 1, and each shot waits until no element is loading and the fonts are in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { envPort, portOf } from '../../scripts/free-port.mjs';

const root = resolve(import.meta.dirname, '../..');
const BASELINES = join(root, 'test/visual/baselines');
const RESULTS = join(root, 'test-results/visual');
const STORYBOOK = join(root, 'storybook-static');
const UPDATE = process.argv.includes('--update');
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const WIDTHS = [375, 1280];
/**
 * Origins of the demo server and the Storybook server, set once they listen: VISUAL_PORT and VISUAL_PORT + 1
 * when VISUAL_PORT is set, otherwise ports the system picks (two runs can share a machine).
 */
let DEMO_ORIGIN = '';
let STORYBOOK_ORIGIN = '';
/** Anti-aliasing differences pixelmatch already tolerates (per pixel colour distance). */
const THRESHOLD = 0.1;
/**
 * Changed pixels a shot may have: two runs on one machine once differed by 2 pixels where a pattern-filled
 * sliver meets the donut's edge. Any real change (a moved label, another colour) changes hundreds.
 */
const MAX_CHANGED_PIXELS = 20;
/**
 * Shots stop at this height: the top of a long page (the dashboard's figures, charts and map) is what
 * changes shape; the cards further down are the action-list stories' business. Keeps baselines small.
 */
const MAX_HEIGHT = 1800;

/**
 * Shots of the demo pages (CDN build, strict CSP). The print shot renders the dashboard as a funder
 * prints it. Stories come from storybook-static/index.json.
 */
const DEMO_PAGES = [
  { name: 'demo--centre', path: '/' },
  { name: 'demo--dashboard', path: '/dashboard.html' },
  { name: 'demo--import', path: '/import.html' },
  { name: 'demo--dashboard-print', path: '/dashboard.html', print: true, widths: [1280] },
  // The builder adds its preview once it has read the feed (body[data-ready]).
  { name: 'demo--builder', path: '/builder.html', ready: 'body[data-ready]' },
];

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

/** storybook-static over HTTP (Storybook's iframe needs no CSP relaxation: none is set). */
function serveStorybook(port) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(STORYBOOK, path.endsWith('/') ? `${path}index.html` : path);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', () => ok(server)));
}

/** Resolves once no Vitrine element (in the document or any shadow root) is loading, except held Loading stories. */
async function settle(page) {
  await page.waitForFunction(
    () => {
      const pending = (root) =>
        [...root.querySelectorAll('*')].some((el) => {
          // A tag whose code has not arrived yet (lazy chunks) shows nothing that says it is loading
          // (<vitrine-source> is markup read by its dashboard, never an element of its own).
          if (el.localName.includes('-') && el.localName !== 'vitrine-source' && !customElements.get(el.localName)) return true;
          if (el.shadowRoot && pending(el.shadowRoot)) return true;
          if (el.getAttribute('aria-busy') !== 'true') return false;
          // A Loading story's feed never arrives on purpose (stories/pending.ts): its skeleton is the state shown.
          const host = el.getRootNode().host;
          return !(host?.getAttribute('src') ?? '').endsWith('vitrine-story-pending.json');
        });
      return !pending(document) && document.fonts.status === 'loaded';
    },
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  // Two frames: what the last update scheduled (ResizeObserver layouts) is painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

let browser;
let context;
let demoServer;
let storybookServer;

before(async () => {
  execFileSync(process.execPath, [join(root, 'scripts/ensure-fonts.mjs')], { stdio: 'inherit' });
  for (const [what, path, build] of [
    ['the CDN build', join(root, 'dist/cdn/vitrine.js'), 'npm run build:cdn'],
    ['the static Storybook', join(STORYBOOK, 'index.json'), 'npm run build-storybook'],
  ]) {
    if (!existsSync(path)) throw new Error(`The visual tests screenshot ${what}: run \`${build}\` first.`);
  }
  demoServer = await startDemoServer(envPort('VISUAL_PORT'));
  storybookServer = await serveStorybook(envPort('VISUAL_PORT') && envPort('VISUAL_PORT') + 1);
  DEMO_ORIGIN = `http://127.0.0.1:${portOf(demoServer)}`;
  STORYBOOK_ORIGIN = `http://127.0.0.1:${portOf(storybookServer)}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    env: { ...process.env, FONTCONFIG_FILE: join(root, 'test/visual/fonts.conf') },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      '--font-render-hinting=none', '--disable-lcd-text', '--force-color-profile=srgb', '--hide-scrollbars',
    ],
  });
  context = await browser.newContext({ deviceScaleFactor: 1, reducedMotion: 'reduce', locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  mkdirSync(BASELINES, { recursive: true });
  rmSync(RESULTS, { recursive: true, force: true });
});

after(async () => {
  await browser?.close();
  demoServer?.close();
  storybookServer?.close();
});

/** Shoots the page at each width (it re-lays itself out on resize, as a widened window does). */
async function shootWidths(page, shot) {
  const failures = [];
  for (const width of shot.widths) {
    await page.setViewportSize({ width, height: 800 });
    await settle(page);
    if (!shot.story && !shot.print) {
      // A demo page never scrolls sideways, at 375 px least of all.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) failures.push(`${shot.name}--${width}: the page is ${scrollWidth} px wide`);
    }
    const box = await page.locator(shot.story ? '#storybook-root' : 'body').boundingBox();
    const clip = { x: 0, y: Math.max(0, box.y), width, height: Math.max(1, Math.min(MAX_HEIGHT, Math.ceil(box.height))) };
    const png = await page.screenshot({ clip, fullPage: true, animations: 'disabled', caret: 'hide', scale: 'css' });
    const failure = await compare(`${shot.name}--${width}`, png);
    if (failure) failures.push(failure);
  }
  return failures;
}

/** A page with its uncaught errors recorded. */
async function openPage() {
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(String(e)));
  return page;
}

/**
 * One Storybook frame for every story: loading Storybook's preview takes seconds, switching stories through its
 * channel (what the manager does when a story is clicked in the sidebar) does not.
 */
let storyPage;
async function showStory(id) {
  if (!storyPage) {
    storyPage = await openPage();
    await storyPage.setViewportSize({ width: WIDTHS[0], height: 800 });
    await storyPage.goto(`${STORYBOOK_ORIGIN}/iframe.html?id=${id}&viewMode=story`, { waitUntil: 'load' });
    await storyPage.waitForFunction((storyId) => window.__STORYBOOK_PREVIEW__?.currentRender?.id === storyId && document.querySelector('#storybook-root')?.childElementCount, id, { timeout: 60_000 });
  } else {
    await storyPage.setViewportSize({ width: WIDTHS[0], height: 800 });
    await storyPage.evaluate(
      (storyId) =>
        new Promise((done, fail) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          const rendered = (e) => (e === storyId || e?.id === storyId) && (channel.off('storyRendered', rendered), done());
          channel.on('storyRendered', rendered);
          channel.once('storyErrored', (e) => fail(new Error(`story ${storyId} errored: ${JSON.stringify(e)}`)));
          channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
        }),
      id,
    );
  }
  return storyPage;
}

async function check(shot) {
  const page = shot.story ? await showStory(shot.story) : await openPage();
  page.problems.length = 0;
  try {
    if (!shot.story) {
      await page.setViewportSize({ width: shot.widths[0], height: 800 });
      if (shot.print) await page.emulateMedia({ media: 'print' });
      await page.goto(`${DEMO_ORIGIN}${shot.path}`, { waitUntil: 'load' });
      if (shot.ready) await page.waitForSelector(shot.ready);
    }
    const failures = await shootWidths(page, shot);
    assert.deepEqual(page.problems, [], `${shot.name}: errors in the page`);
    assert.deepEqual(failures, []);
  } finally {
    if (!shot.story) await page.close();
  }
}

/**
 * The screenshot as stored: a 128-colour palette PNG without dithering (libimagequant through sharp),
 * about a quarter of the size of the RGB capture and indistinguishable from it. Baseline and capture
 * go through the same quantizer, so a comparison sees the same pixels on an unchanged page.
 */
const quantize = (png) => sharp(png).png({ palette: true, colours: 128, dither: 0, compressionLevel: 9, effort: 10 }).toBuffer();

/** Compares a shot with its baseline; returns what differs (undefined when it matches or was written). */
async function compare(name, capture) {
  const file = join(BASELINES, `${name}.png`);
  const png = await quantize(capture);
  if (UPDATE || !existsSync(file)) {
    writeFileSync(file, png);
    return UPDATE ? undefined : `${name}: no baseline yet; one was written to ${file}, review and commit it`;
  }
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(file));
  const save = (diff) => {
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, `${name}.actual.png`), png);
    writeFileSync(join(RESULTS, `${name}.expected.png`), readFileSync(file));
    if (diff) writeFileSync(join(RESULTS, `${name}.diff.png`), PNG.sync.write(diff));
  };
  if (actual.width !== expected.width || actual.height !== expected.height) {
    save();
    return `${name}: ${actual.width}×${actual.height} px, baseline ${expected.width}×${expected.height} px (see ${RESULTS})`;
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const changed = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: THRESHOLD });
  if (changed <= MAX_CHANGED_PIXELS) return undefined;
  save(diff);
  return `${name}: ${changed} pixels differ from the baseline (see ${join(RESULTS, `${name}.diff.png`)})`;
}
/** File names without accents (a story id follows its title, which may hold some). */
const asciiName = (id) => id.normalize('NFD').replace(/[^\w.-]+/g, '');

const stories = existsSync(join(STORYBOOK, 'index.json'))
  ? Object.values(JSON.parse(readFileSync(join(STORYBOOK, 'index.json'), 'utf8')).entries).filter((e) => e.type === 'story')
  : [];
const shots = [
  ...stories.map((s) => ({ name: asciiName(s.id), story: s.id, widths: WIDTHS })),
  ...DEMO_PAGES.map((p) => ({ name: p.name, path: p.path, widths: p.widths ?? WIDTHS, print: p.print, ready: p.ready })),
].filter((s) => !ONLY || s.name.includes(ONLY));

for (const shot of shots) {
  test(`${shot.name} looks as its baselines (${shot.widths.join(', ')} px)`, { timeout: 180_000 }, () => check(shot));
}

/** Every file under a folder, as paths relative to it. */
const filesUnder = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));

test('the static Storybook holds Storybook and its stories’ data, no demo page and no source', { skip: !stories.length }, () => {
  const built = filesUnder(STORYBOOK);
  // What a staticDirs of the demo folder would copy: the same path holding the same bytes.
  const copied = filesUnder(join(root, 'demo')).filter((f) => existsSync(join(STORYBOOK, f)) && readFileSync(join(STORYBOOK, f)).equals(readFileSync(join(root, 'demo', f))));
  assert.deepEqual(copied, [], 'demo files copied into storybook-static');
  assert.deepEqual(built.filter((f) => /\.(ts|tsx|mts|mjs)$|^fixtures[/\\]/.test(f)), [], 'sources or fixtures copied into storybook-static');
  // The feeds stories load come in as hashed assets (stories/data.ts).
  assert.ok(built.some((f) => /^assets[/\\]sample-feed-[\w-]+\.json$/.test(f)), 'the sample feed is an asset of the build');
});

test('every baseline belongs to a story or a demo page', { skip: Boolean(ONLY) }, () => {
  const names = new Set(shots.flatMap((s) => s.widths.map((w) => `${s.name}--${w}.png`)));
  const stale = readdirSync(BASELINES).filter((f) => f.endsWith('.png') && !names.has(f));
  if (UPDATE) for (const f of stale) rmSync(join(BASELINES, f));
  else assert.deepEqual(stale, [], 'baselines of stories that no longer exist: run npm run test:visual -- --update');
});
