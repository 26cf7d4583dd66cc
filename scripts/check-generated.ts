/**
 * Generated files are committed so that users and tools read them without a build;
 * CI fails when one is stale: custom-elements.json (from JSDoc), feed.schema.json and
 * the fast validation path src/feed/checker.generated.ts (both from the zod schema).
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { renderFeedJsonSchema } from './build-schema.js';
import { renderChecker } from './build-checker.js';
import { renderEditorData } from './build-editor-data.mjs';

let stale = 0;

if (readFileSync('feed.schema.json', 'utf8') !== renderFeedJsonSchema()) {
  console.error('✗ feed.schema.json is out of date: run `npm run build:schema` and commit it.');
  stale++;
} else console.log('✓ feed.schema.json is up to date');

if (readFileSync('src/feed/checker.generated.ts', 'utf8') !== renderChecker()) {
  console.error('✗ src/feed/checker.generated.ts is out of date: run `npm run build:schema` and commit it.');
  stale++;
} else console.log('✓ src/feed/checker.generated.ts is up to date');

// The analyzer resolves --outdir against the working directory.
const dir = 'node_modules/.cache/vitrine-cem';
mkdirSync(dir, { recursive: true });
// With --outdir the analyzer also rewrites package.json's "customElements" field: put it back.
const pkg = readFileSync('package.json', 'utf8');
try {
  execSync(`npx cem analyze --outdir ${dir} --quiet`, { stdio: ['ignore', 'ignore', 'inherit'] });
} finally {
  writeFileSync('package.json', pkg);
}
if (readFileSync(`${dir}/custom-elements.json`, 'utf8') !== readFileSync('custom-elements.json', 'utf8')) {
  console.error('✗ custom-elements.json is out of date: run `npm run analyze` and commit it.');
  stale++;
} else console.log('✓ custom-elements.json is up to date');

// Editor data and the WordPress plugin's list of elements come from the committed manifest.
for (const [path, content] of Object.entries(renderEditorData())) {
  if (readFileSync(path, 'utf8') !== content) {
    console.error(`✗ ${path} is out of date: run \`npm run build:editor-data\` and commit it.`);
    stale++;
  } else console.log(`✓ ${path} is up to date`);
}

process.exit(stale ? 1 : 0);
