// Vitrine inside a real WordPress (Debian's packages: wordpress 6.1, MariaDB, Apache + PHP),
// as a centre's webmaster and a centre's author use it, checked in Chromium:
// 1. an administrator pastes the snippet (script + tags) into a "Custom HTML" block, with the
//    library copied next to the feed on the site: cards, charts and map render inside the theme;
// 2. an author (no unfiltered_html) saves the same block: WordPress strips the script;
// 3. the same author uses the plugin's shortcode and block instead: the plugin loads its own
//    copy of the library and everything renders.
// Pages are served with a strict Content-Security-Policy (WordPress's own inline code gets a
// nonce; Vitrine gets no exemption). Needs root (apt, daemons); skipped otherwise.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensurePackages, startWordPress, unavailableReason } from '../../scripts/wordpress-site.mjs';
import { envPort, freePorts } from '../../scripts/free-port.mjs';

const root = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const PLUGIN = join(root, 'dist/wordpress/vitrine');
const SELF_HOST = join(root, `dist/vitrine-${version}`);
const SHOTS = join(root, 'test-results/wordpress');
const started = Date.now();

const skip = unavailableReason();
if (skip) console.log(`WordPress end-to-end test skipped: it ${skip}.`);

const CARD = 'mise-en-place-sejour-au-ski-interquartier';
const CARD_TITLE = JSON.parse(readFileSync(join(root, 'demo/sample-feed.json'), 'utf8')).actions.find((a) => a.id === CARD).title;
const STAFFED = 'action-innovation-sociale-et-solidaire-pour-un-autre-modele';

/** What a webmaster pastes into a "Custom HTML" block (the library uploaded to /vitrine/). */
const SNIPPET = `<script type="module" src="/vitrine/vitrine.js"></script>
<action-card src="/vitrine/feed.json" action-id="${CARD}"><a href="/vitrine/feed.json">Séjour au ski inter-quartier</a></action-card>
<funding-breakdown src="/vitrine/feed.json" action-id="${CARD}"></funding-breakdown>
<staffing-chart src="/vitrine/feed.json" action-id="${STAFFED}"></staffing-chart>
<territory-map src="/vitrine/feed.json" metric="budget"></territory-map>`;

const HTML_BLOCK = `<!-- wp:paragraph --><p>Voici nos actions, leurs financeurs et les personnes qui les portent.</p><!-- /wp:paragraph -->
<!-- wp:html -->
${SNIPPET}
<!-- /wp:html -->`;

const PLUGIN_PAGE = `<!-- wp:paragraph --><p>Nos actions, par l’extension Vitrine.</p><!-- /wp:paragraph -->
<!-- wp:shortcode -->
[vitrine element="action-card" action="${CARD}" variant="full"]<a href="/vitrine/feed.json">Séjour au ski inter-quartier</a>[/vitrine]
<!-- /wp:shortcode -->
<!-- wp:vitrine/embed {"element":"funding-breakdown","action":"${CARD}","options":{"type":"bar"}} /-->
<!-- wp:shortcode -->
[vitrine element="staffing-chart" action="${STAFFED}" /]
<!-- /wp:shortcode -->
<!-- wp:shortcode -->
[vitrine element="territory-map" metric="budget" /]
<!-- /wp:shortcode -->
<!-- wp:shortcode -->
[vitrine element="action-card" feed="/vitrine/flux-introuvable.json"]<a href="/vitrine/feed.json">Nos actions (données)</a>[/vitrine]
<!-- /wp:shortcode -->`;

let site;
let browser;

before(async () => {
  if (skip) return;
  for (const [dir, how] of [[PLUGIN, 'the plugin'], [SELF_HOST, 'the self-hosted library']]) {
    if (!existsSync(dir)) throw new Error(`${how} is not built (${dir}): run \`npm run build\` first.`);
  }
  const installed = ensurePackages((m) => console.log(m));
  console.log(`Debian packages: ${installed.length ? `installed ${installed.join(', ')}` : 'already installed'} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  // VITRINE_WP_PORT (Apache) and VITRINE_WP_PORT + 1 (MariaDB) when set; otherwise two free ports, so two runs
  // can share a machine.
  const [port, dbPort] = envPort('VITRINE_WP_PORT') ? [envPort('VITRINE_WP_PORT'), envPort('VITRINE_WP_PORT') + 1] : await freePorts(2);
  site = await startWordPress({
    port,
    dbPort,
    plugin: PLUGIN,
    files: SELF_HOST,
    muPlugins: [join(root, 'test/wordpress/strict-csp.php')],
    log: (m) => console.log(m),
  });
  // The feed sits beside the library, as the guide tells webmasters to upload it.
  cpSync(join(root, 'demo/sample-feed.json'), join(site.state, 'site/vitrine/feed.json'));
  site.php(`
    require_once ABSPATH . 'wp-admin/includes/plugin.php';
    $activated = activate_plugin('vitrine/vitrine.php');
    if (is_wp_error($activated)) { fwrite(STDERR, $activated->get_error_message()); exit(1); }
    update_option('vitrine_feed_url', '/vitrine/feed.json');
    wp_insert_user(['user_login' => 'autrice', 'user_pass' => 'vitrine-autrice', 'user_email' => 'autrice@example.test', 'role' => 'author']);
  `);
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  if (site) {
    const failed = process.exitCode;
    if (failed) console.log(site.logs());
    await site.stop({ keep: !!failed || !!process.env.VITRINE_WP_KEEP });
  }
  if (!skip) console.log(`WordPress end-to-end run: ${((Date.now() - started) / 1000).toFixed(0)} s`);
});

/** Creates a published page as `user` (WordPress filters the content by that user's capabilities). */
function createPage(user, title, content) {
  const out = site.php(`
    wp_set_current_user(get_user_by('login', '${user}')->ID);
    $id = wp_insert_post(['post_type' => 'page', 'post_status' => 'publish', 'post_title' => ${JSON.stringify(title)}, 'post_content' => wp_slash(${phpString(content)})], true);
    if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
    echo json_encode(['id' => $id, 'content' => get_post($id)->post_content]);
  `);
  return JSON.parse(out);
}

const phpString = (s) => `base64_decode('${Buffer.from(s).toString('base64')}')`;

/** Opens a page and collects what would go wrong for a visitor. */
async function visit(path, screenshot) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const foreign = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`), true);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e}`));
  page.on('console', (m) => {
    // The missing feed of the fallback example is a 404 on purpose; Chromium also asks for a favicon the theme lacks.
    const url = m.location()?.url ?? '';
    if (m.type() === 'error' && !/flux-introuvable\.json|favicon\.ico/.test(url)) problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(site.origin) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
  const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  const csp = response.headers()['content-security-policy'] ?? '';
  await page.waitForFunction(() => {
    const busy = (root) => [...root.querySelectorAll('*')].some((el) => el.getAttribute('aria-busy') === 'true' || (el.shadowRoot && busy(el.shadowRoot)));
    return !busy(document);
  }, undefined, { timeout: 60_000 });
  const rendered = await page.evaluate(() => {
    const inTheme = (el) => !!el.closest('.wp-site-blocks main, .wp-site-blocks .entry-content, .wp-site-blocks');
    const all = (tag) => [...document.querySelectorAll(tag)];
    return {
      cards: all('action-card').filter((c) => inTheme(c) && c.shadowRoot?.querySelector('[part="title"]')).map((c) => c.shadowRoot.querySelector('[part="title"]').textContent.trim()),
      fundingMarks: all('funding-breakdown').reduce((n, c) => n + (c.shadowRoot?.querySelectorAll('svg path, svg rect').length ?? 0), 0),
      staffingMarks: all('staffing-chart').reduce((n, c) => n + (c.shadowRoot?.querySelectorAll('svg rect').length ?? 0), 0),
      mapAreas: document.querySelector('territory-map')?.shadowRoot?.querySelectorAll('[data-code]').length ?? 0,
      errors: all('action-card').map((c) => c.shadowRoot?.querySelector('[data-tone="error"]')?.textContent?.replace(/\s+/g, ' ').trim()).filter(Boolean),
      // The fallback written inside a tag whose feed failed: still there for the visitor.
      fallbackShown: all('action-card').filter((c) => c.shadowRoot?.querySelector('[data-tone="error"]')).map((c) => c.querySelector('a')?.checkVisibility() ?? false),
      vitrineScripts: [...document.querySelectorAll('script[type="module"][src*="vitrine.js"]')].map((s) => new URL(s.src).pathname),
      elementsWithoutShadow: all('action-card, funding-breakdown, staffing-chart, territory-map').filter((e) => !e.shadowRoot).length,
      theme: getComputedStyle(document.body).fontFamily,
    };
  });
  if (screenshot) await page.screenshot({ path: join(SHOTS, screenshot), fullPage: true });
  await page.close();
  return { problems, foreign, rendered, csp };
}

/** A visitor's page: strict policy, no error, nothing from elsewhere, the card, both charts and the map drawn. */
function assertAllRendered({ problems, foreign, rendered, csp }) {
  assert.match(csp, /script-src 'self'( 'nonce-[^']+')?;/);
  assert.match(csp, /style-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  assert.deepEqual(rendered.cards, [CARD_TITLE]);
  assert.ok(rendered.fundingMarks >= 3, `${rendered.fundingMarks} funding marks`);
  assert.ok(rendered.staffingMarks >= 2, `${rendered.staffingMarks} staffing bars`);
  assert.ok(rendered.mapAreas >= 101, `${rendered.mapAreas} map areas`);
}

test('an administrator’s Custom HTML block: cards, charts and map render inside the theme under a strict CSP', { skip }, async () => {
  const { id, content } = createPage('admin', 'Nos actions', HTML_BLOCK);
  assert.ok(content.includes('<script type="module" src="/vitrine/vitrine.js"></script>'), 'an administrator keeps the script');
  const visited = await visit(`/?page_id=${id}`, 'custom-html-block.png');
  assertAllRendered(visited);
  const { rendered } = visited;
  assert.deepEqual(rendered.vitrineScripts, ['/vitrine/vitrine.js']);
});

test('an author’s Custom HTML block loses its script: WordPress strips it', { skip }, async () => {
  const { id, content } = createPage('autrice', 'Nos actions (autrice)', HTML_BLOCK);
  assert.ok(!content.includes('<script'), 'WordPress removed the script tag');
  const { problems, rendered } = await visit(`/?page_id=${id}`);
  assert.deepEqual(problems, []);
  assert.deepEqual(rendered.cards, []);
  assert.deepEqual(rendered.vitrineScripts, []);
});

test('the plugin: an author’s shortcodes and block render from the plugin’s own copy of the library', { skip }, async () => {
  const { id, content } = createPage('autrice', 'Nos actions (extension)', PLUGIN_PAGE);
  assert.ok(content.includes('[vitrine element="action-card"') && content.includes('wp:vitrine/embed'), 'the author keeps the shortcodes and the block');
  const visited = await visit(`/?page_id=${id}`, 'plugin-shortcodes.png');
  assertAllRendered(visited);
  const { rendered } = visited;
  assert.equal(rendered.errors.length, 1, 'the card on a missing feed shows its error');
  assert.deepEqual(rendered.fallbackShown, [true], 'and keeps its fallback link');
  // One script tag however many shortcodes, from the plugin's folder; the same bytes as the build.
  assert.deepEqual(rendered.vitrineScripts, ['/wp-content/plugins/vitrine/assets/vitrine.js']);
  const served = await (await fetch(`${site.origin}/wp-content/plugins/vitrine/assets/vitrine.js`)).text();
  assert.equal(served, readFileSync(join(root, 'dist/cdn/vitrine.js'), 'utf8'));
  // WP_DEBUG is on: the plugin must not leave a notice or warning in WordPress's log.
  const debugLog = join(site.state, 'wordpress-debug.log');
  const pluginNotices = existsSync(debugLog) ? readFileSync(debugLog, 'utf8').split('\n').filter((l) => l.includes('/plugins/vitrine/')) : [];
  assert.deepEqual(pluginNotices, []);
});

test('the shortcode writes only known tags and attributes, escaped', { skip }, () => {
  const out = site.php(`
    echo do_shortcode('[vitrine element="action-card" action="Halte Répit" onclick="alert(1)" feed="javascript:alert(1)" variant="<script>alert(1)</script>"]') . "\\n";
    echo do_shortcode('[vitrine element="script" action="x"]') . "\\n";
    echo do_shortcode('[vitrine element="action-list" no-filters]') . "\\n";
  `);
  const [card, unknown, list] = out.trim().split('\n');
  assert.equal(card, '<action-card src="/vitrine/feed.json" action-id="halte-repit" variant="&lt;script&gt;alert(1)&lt;/script&gt;"></action-card>');
  assert.equal(unknown, '<p class="vitrine-error">Vitrine : élément inconnu « script ».</p>');
  assert.equal(list, '<action-list src="/vitrine/feed.json" no-filters=""></action-list>');
});
