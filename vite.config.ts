/**
 * Three builds from one config:
 * - `vite build --mode lib`: ES modules for npm users (dependencies external, tree-shakable);
 * - `vite build --mode cdn`: one self-contained minified module for a CMS <script type="module"> tag,
 *   with the map as a lazily loaded chunk beside it;
 * - `vite build --mode demo`: the script of the demo page that runs the importer in the browser;
 * - `vite build --mode builder`: the embed-code builder's script (dist/demo-build/builder/), a build
 *   of its own: it bundles no element (the page runs the CDN bundle), and as a second input of the
 *   demo build it split import.js into shared chunks that broke it (ReferenceError);
 * - `vite build --mode cli`: the `vitrine` command as plain JavaScript for Node (dist/cli), so the published
 *   package runs it without a TypeScript loader;
 * - `vite`: a dev server over demo/.
 */
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import pkg from './package.json' with { type: 'json' };
import { minifyLitTemplates } from './scripts/minify-lit-templates.mjs';
import { dropEmptyPreload } from './scripts/drop-empty-preload.mjs';
import { compileHints } from './scripts/compile-hints.mjs';

const root = import.meta.dirname;

/**
 * The feed worker (src/feed/off-thread.ts) as an ES module chunk beside the others, named by a URL relative to
 * the module that starts it (`base: './'`): same origin as the bundle, so `worker-src 'self'` allows it, and zod
 * stays a chunk of its own that the worker imports only for a feed with something to explain.
 */
const feedWorker = {
  format: 'es' as const,
  // `worker-` before the worker's own chunks (its copy of zod): not the page's chunks of the same names.
  rolldownOptions: { output: { entryFileNames: 'chunks/[name]-[hash].js', chunkFileNames: 'chunks/worker-[name]-[hash].js' } },
};

export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    return {
      base: './',
      worker: feedWorker,
      build: {
        outDir: 'dist/lib',
        emptyOutDir: true,
        sourcemap: true,
        minify: false,
        lib: {
          entry: {
            index: resolve(root, 'src/index.ts'),
            define: resolve(root, 'src/define.ts'),
            autoload: resolve(root, 'src/autoload.ts'),
            feed: resolve(root, 'src/feed/index.ts'),
            'territory-map': resolve(root, 'src/territory-map/define.ts'),
            'react/index': resolve(root, 'src/react/index.ts'),
            'react/territory-map': resolve(root, 'src/react/territory-map.ts'),
            'vue/index': resolve(root, 'src/vue/index.ts'),
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit/, /^@lit\//, /^d3-/, /^zod/, /^topojson-client/, /^react($|\/)/, /^vue$/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  if (mode === 'cli') {
    // Runtime dependencies stay imports (installed with the package); everything of ours is bundled.
    const packages = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
    return {
      publicDir: false,
      build: {
        outDir: 'dist/cli',
        emptyOutDir: true,
        target: 'node20',
        minify: false,
        ssr: true,
        rolldownOptions: {
          input: {
            import: resolve(root, 'src/import/cli.ts'),
            publish: resolve(root, 'src/publish/cli.ts'),
            // The summary's worker thread (src/publish/summary-worker.ts), started by file name.
            'publish-worker': resolve(root, 'src/publish/publish-worker.ts'),
          },
          external: [/^node:/, ...builtinModules, ...packages.map((name) => new RegExp(`^${name}($|/)`))],
          output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'cdn') {
    return {
      publicDir: false,
      base: './',
      worker: feedWorker,
      // No preload helper: every lazy chunk is requested by a plain import() (scripts/drop-empty-preload.mjs).
      // vitrine.js compiles with its download, off the main thread (scripts/compile-hints.mjs).
      plugins: [minifyLitTemplates(), dropEmptyPreload(), compileHints(['impact-dashboard'])],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        modulePreload: false,
        rolldownOptions: {
          input: { vitrine: resolve(root, 'src/autoload.ts') },
          // Lazy chunks (the map) import Lit and the feed code from vitrine.js itself rather
          // than from a third shared chunk: one request less, and one gzip stream compresses better.
          preserveEntrySignatures: 'allow-extension',
          output: {
            entryFileNames: '[name].js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            // Every module the entry imports statically stays in vitrine.js. Without this group, a lazy chunk
            // importing another lazy one (the dashboard's CSV code) made the bundler move Lit, format.ts,
            // loaded.ts… into shared chunks that vitrine.js imported statically: a round trip before any element
            // ran (check-size.mjs refuses it). The preload helper keeps its own chunk, which dropEmptyPreload
            // deletes once nothing uses it.
            codeSplitting: {
              groups: [
                { name: 'preload-helper', test: /vite\/preload-helper/, priority: 2 },
                { name: 'vitrine', tags: ['$initial'], priority: 1 },
              ],
            },
          },
        },
      },
    };
  }
  if (mode === 'demo') {
    // Demo pages with code of their own (the importer running in the browser).
    return {
      publicDir: false,
      plugins: [minifyLitTemplates(), dropEmptyPreload()],
      build: {
        outDir: 'dist/demo-build',
        emptyOutDir: true,
        target: 'es2022',
        modulePreload: false,
        rolldownOptions: {
          input: { import: resolve(root, 'demo/import.ts') },
          output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  if (mode === 'builder') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist/demo-build/builder',
        emptyOutDir: true,
        target: 'es2022',
        modulePreload: false,
        rolldownOptions: {
          input: { builder: resolve(root, 'demo/builder/builder.ts') },
          output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
    };
  }
  return {
    root: resolve(root, 'demo'),
    publicDir: false,
    server: { fs: { allow: [root] } },
    build: {
      outDir: resolve(root, 'dist/demo'),
      emptyOutDir: true,
      rolldownOptions: { input: { index: resolve(root, 'demo/index.html') } },
    },
  };
});
