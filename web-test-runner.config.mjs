// Browser tests run in Debian's Chromium (real rendering, real fetches from this
// dev server). CHROME_PATH overrides the binary.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

export default {
  files: 'test/browser/**/*.test.ts',
  nodeResolve: true,
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // `import x from './file.json'` (the map's geometry) as Vite bundles it: a module whose default export is the
    // data. Only for module imports (Sec-Fetch-Dest: script); fetch() of a feed still gets the JSON itself.
    {
      name: 'json-modules',
      transform(context) {
        if (context.path.endsWith('.json') && context.headers['sec-fetch-dest'] === 'script') {
          return { body: `export default ${context.body};`, headers: { 'content-type': 'text/javascript; charset=utf-8' } };
        }
      },
    },
  ],
  middleware: [
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
