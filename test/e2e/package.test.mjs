// The npm package as a user gets it (after `npm run build`; `prepack` runs the build when
// publishing): the files a user needs and nothing else, package.json checked by publint, and
// the types resolved by are-the-types-wrong for ESM consumers (node16 and bundlers).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let dir;
let tarball;
let files;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'vitrine-pack-'));
  // The build already ran (npm test builds before this file); prepack would build a second time.
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }));
  tarball = join(dir, packed.filename);
  files = packed.files.map((f) => f.path).sort();
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('the package holds what a user needs', () => {
  const needed = [
    'package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'feed.schema.json', 'web-types.json', 'vscode.html-custom-data.json',
    'dist/lib/index.js', 'dist/lib/define.js', 'dist/lib/autoload.js', 'dist/lib/feed.js', 'dist/lib/territory-map.js',
    'dist/types/index.d.ts', 'dist/types/define.d.ts', 'dist/types/feed/index.d.ts',
    'dist/lib/react/index.js', 'dist/lib/react/territory-map.js', 'dist/lib/vue/index.js',
    'dist/types/react/index.d.ts', 'dist/types/react/territory-map.d.ts', 'dist/types/vue/index.d.ts',
    'dist/cdn/vitrine.js', 'bin/vitrine.mjs', 'dist/cli/import.js', 'dist/cli/publish.js', 'dist/cli/publish-worker.js',
  ];
  assert.deepEqual(needed.filter((f) => !files.includes(f)), []);
  // Every file package.json points at is in the package.
  const targets = [pkg.main, pkg.types, pkg.customElements, pkg['web-types'], ...Object.values(pkg.bin), ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)))];
  assert.deepEqual(targets.map((t) => t.replace(/^\.\//, '')).filter((t) => !files.includes(t)), []);
  assert.ok(files.some((f) => /^dist\/cdn\/chunks\/.+\.js$/.test(f)), 'the CDN chunks travel with vitrine.js');
});

test('the package holds nothing else: no demo, test, story, plugin or zip', () => {
  const unwanted = files.filter((f) =>
    /^(demo|test|stories|scripts|wordpress|\.storybook|\.ci|node_modules|storybook-static|test-results)\//.test(f) ||
    /^dist\/(demo|demo-build|wordpress|vitrine-)/.test(f) ||
    /\.(zip|tgz|log)$/.test(f) ||
    /^src\/.*\.(test|stories)\.ts$/.test(f),
  );
  assert.deepEqual(unwanted, []);
  assert.equal(pkg.scripts.prepack, 'npm run build', 'a packed clone always holds dist');
});

test('publint finds nothing to fix in package.json', async () => {
  const bytes = readFileSync(tarball);
  const { messages, pkg: packed } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, strict: true });
  assert.deepEqual(messages.map((m) => `${m.type}: ${formatMessage(m, packed)}`), []);
});

test('are-the-types-wrong resolves every entry’s types for ESM (node16 and bundlers)', () => {
  const attw = join(root, 'node_modules/.bin/attw');
  // ESM only: node10 and require() from CommonJS are not supported, on purpose (the profile ignores them).
  const run = spawnSync(attw, [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-emoji', '--no-color'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  for (const entry of ['vitrine/define.js', 'vitrine/react', 'vitrine/react/territory-map.js', 'vitrine/vue']) {
    assert.ok(run.stdout.includes(`"${entry}"`), `${entry} was analysed`);
  }
});

test('the command runs from the packed tarball with its runtime dependencies only (no tsx, no devDependencies)', () => {
  const app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'a-centre-site', private: true }));
  // From npm's cache where it can (`npm ci` fetched every runtime dependency's tarball); the registry answers the
  // version look-ups a lock-less install needs (--offline would fail on them: npm ci caches no package metadata).
  execFileSync('npm', ['install', '--omit=dev', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', tarball], { cwd: app, stdio: 'pipe' });
  assert.equal(existsSync(join(app, 'node_modules/tsx')), false, 'tsx is not installed');
  assert.equal(existsSync(join(app, 'node_modules/typescript')), false, 'nor TypeScript');
  const vitrine = join(app, 'node_modules/.bin/vitrine');
  const help = spawnSync(vitrine, ['--help'], { cwd: app, encoding: 'utf8' });
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /vitrine import FICHIER/);
  const stats = spawnSync(vitrine, ['stats', join(root, 'test/fixtures/mini-feed.json'), '--json'], { cwd: app, encoding: 'utf8' });
  assert.equal(stats.status, 0, stats.stderr);
  const figures = JSON.parse(stats.stdout);
  assert.deepEqual([figures.structures, figures.actions, figures.budgetTotal, figures.etp], [1, 4, 30680, 1.2]);
  const english = spawnSync(vitrine, ['validate', join(root, 'test/fixtures/mini-feed.json'), '--lang', 'en'], { cwd: app, encoding: 'utf8' });
  assert.equal(english.status, 1, 'rejected items');
  assert.match(english.stdout + english.stderr, /actions\[2\]\.structureId: structure not found in this feed/, 'the English strings chunk loads from dist/cli');
});
