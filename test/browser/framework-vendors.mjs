// React and Vue for the framework browser tests, as a browser can import them. React ships CommonJS only and
// Vue's bundler build reads `process.env`: the dev server serves neither as is. esbuild bundles React and
// ReactDOM into one module (one React instance for both), and small facades give each specifier its named
// exports; Vue's own browser build (ES module, compiler included, development mode) stands in for `vue`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

const require = createRequire(import.meta.url);
const REACT_BUNDLE = '/__vendor/react-all.js';

/** The CommonJS modules the tests import, under the name the bundle exports each one. */
const REACT_MODULES = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };

let reactBundle;
function bundleReact() {
  reactBundle ??= build({
    stdin: {
      contents: Object.entries(REACT_MODULES).map(([spec, name]) => `export { default as ${name} } from '${spec}';`).join('\n'),
      resolveDir: import.meta.dirname,
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0].text);
  return reactBundle;
}

/** `export default` plus one named export per key of the CommonJS module (read in a child process: requiring
 * React here would trip over the test runner's patched console). */
function facade(spec) {
  const name = REACT_MODULES[spec];
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(spec)}))))`;
  const keys = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: import.meta.dirname, encoding: 'utf8' })).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
  return `import { ${name} } from '${REACT_BUNDLE}';\nexport default ${name};\nexport const { ${keys.join(', ')} } = ${name};\n`;
}

/** Dev-server paths (after node resolution) → the CommonJS specifier they stand for. */
const REACT_PATHS = new Map([
  ['/node_modules/react/index.js', 'react'],
  ['/node_modules/react-dom/index.js', 'react-dom'],
  ['/node_modules/react-dom/client.js', 'react-dom/client'],
]);
const VUE_PATHS = new Set(['/node_modules/vue/dist/vue.runtime.esm-bundler.js', '/node_modules/vue/index.mjs']);

export async function frameworkVendors(ctx, next) {
  if (ctx.path === REACT_BUNDLE) {
    ctx.type = 'text/javascript';
    ctx.body = await bundleReact();
    return;
  }
  const spec = REACT_PATHS.get(ctx.path);
  if (spec) {
    ctx.type = 'text/javascript';
    ctx.body = facade(spec);
    return;
  }
  if (VUE_PATHS.has(ctx.path)) {
    ctx.type = 'text/javascript';
    ctx.body = await readFile(require.resolve('vue/dist/vue.esm-browser.js'), 'utf8');
    return;
  }
  return next();
}
