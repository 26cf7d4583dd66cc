// Browser tests run in Debian's Chromium (real rendering, real fetches from this
// dev server). CHROME_PATH overrides the binary.
//
// Two groups run the same tests: `source` against src/ (through esbuild), and `cdn`
// against the bundle a CMS page loads, dist/cdn/vitrine.js (built first: `npm run
// test:browser` does it). The cdn page loads the bundle and every lazy chunk before the
// test file, so each tag is already defined by the bundle's classes and the tests'
// guarded `customElements.define` and `src/define.js` imports change nothing: what is
// checked is what ships, minified templates included.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { feedLab } from './test/browser/feed-lab.mjs';
import { frameworkVendors } from './test/browser/framework-vendors.mjs';
import { envPort, freePorts } from './scripts/free-port.mjs';

// BROWSER_TESTS narrows a run to some files (a glob), e.g. BROWSER_TESTS=test/browser/territory-map.test.ts.
/** Feeds the fuzz batches posted, by id (see echoFeed). */
const echoed = new Map();

const ALL = process.env.BROWSER_TESTS ?? 'test/browser/**/*.test.ts';

/**
 * Loads the CDN bundle and its lazy elements, then the test framework (which imports the test file).
 * The import map hands the tests the bundle's event classes, so `instanceof` checks what a page gets.
 */
const cdnPage = (testFramework) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<script type="importmap">{ "imports": { "/src/shared/events.js": "/__cdn/events.js", "/src/shared/events.ts": "/__cdn/events.js" } }</script>
</head><body>
<script type="module">
  const { ensureDefined } = await import('/dist/cdn/vitrine.js');
  await Promise.all(['action-list', 'impact-dashboard', 'territory-map'].map((tag) => ensureDefined(tag)));
  await import(${JSON.stringify(testFramework)});
</script>
</body></html>`;

export default {
  groups: [
    { name: 'source', files: ALL },
    // lazy-map and registration-renamed test the registry on a page where nothing is defined yet.
    { name: 'cdn', files: [ALL, '!test/browser/lazy-map.test.ts', '!test/browser/registration-renamed.test.ts'], testRunnerHtml: cdnPage },
  ],
  // WTR_PORT (or --port) fixes the dev server's port; otherwise one the system picks. (The runner's own default
  // probes upwards from 8000, and two runs starting together can both find 8000 free.)
  port: envPort('WTR_PORT') || (await freePorts(1))[0],
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60000,
  // Sized for a 2-core machine at load 10 (eight engineers or a busy CI runner): a test fails on a wrong
  // result, never because the machine was slow. Per-file budget, then per-test budget.
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 60000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // `import x from './file.json'` (the map's geometry) as Vite bundles it: a module whose default export is the
    // data. Only for module imports (Sec-Fetch-Dest: script, or worker for the feed worker's own imports); fetch()
    // of a feed still gets the JSON itself.
    {
      name: 'json-modules',
      transform(context) {
        if (context.path.endsWith('.json') && ['script', 'worker'].includes(context.headers['sec-fetch-dest'])) {
          return { body: `export default ${context.body};`, headers: { 'content-type': 'text/javascript; charset=utf-8' } };
        }
      },
    },
  ],
  middleware: [
    feedLab,
    // React and Vue as ES modules, for test/browser/frameworks.test.ts.
    frameworkVendors,
    // The cdn group's stand-in for src/shared/events.ts (see cdnPage).
    async function cdnEvents(ctx, next) {
      if (ctx.path !== '/__cdn/events.js') return next();
      ctx.type = 'text/javascript';
      ctx.body = "export { ActionSelectEvent, FunderSelectEvent, TerritorySelectEvent } from '/dist/cdn/vitrine.js';";
    },
    // Feeds served over HTTP for the browser fuzz batches (test/browser/fuzz-elements.test.ts): POST stores the
    // body under ?id=…, GET answers it as a feed would be. Only the last 8 are kept, so memory stays flat.
    async function echoFeed(ctx, next) {
      if (ctx.path !== '/__echo-feed') return next();
      if (ctx.method === 'POST') {
        const chunks = [];
        for await (const chunk of ctx.req) chunks.push(chunk);
        echoed.set(ctx.query.id, Buffer.concat(chunks));
        if (echoed.size > 8) echoed.delete(echoed.keys().next().value);
        ctx.body = 'stored';
        return;
      }
      const body = echoed.get(ctx.query.id);
      if (!body) return void (ctx.status = 404);
      ctx.type = 'application/json';
      ctx.body = body;
    },
    // A feed endpoint that never answers in time, for the timeout test.
    async function slowFeed(ctx, next) {
      if (ctx.path === '/__slow-feed.json') {
        await new Promise((r) => setTimeout(r, 3000));
        ctx.type = 'application/json';
        ctx.body = '{"version":"1.0","structures":[],"actions":[]}';
        return;
      }
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
