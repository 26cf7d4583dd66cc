// The folder a centre copies onto its own site (dist/vitrine-<version>/, and its zip), as `npm run build`
// leaves it: self-contained (every chunk a module imports is in it, nothing loads from another origin),
// with Subresource Integrity hashes that match the bytes, the snippet to paste, and the licence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { unzipSync } from 'fflate';

const root = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const folder = `vitrine-${version}`;
const dir = join(root, 'dist', folder);
const files = existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile()).sort() : [];
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

test('the self-hosting folder holds the library, the licence, the instructions and the hashes', () => {
  assert.ok(files.length, `${dir} is missing: run \`npm run build\``);
  for (const f of ['vitrine.js', 'LICENSE', 'LISEZMOI.txt', 'integrity.json']) assert.ok(files.includes(f), f);
  assert.ok(files.some((f) => /^chunks\/territory-map-.+\.js$/.test(f)), 'the map chunk');
});

test('every module it imports is in the folder, and none comes from another origin', () => {
  const missing = [];
  let relative = 0;
  for (const f of files.filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(dir, f), 'utf8');
    for (const m of code.matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)["'`]([^"'`]+)["'`]/g)) {
      const spec = m[1];
      if (/^(?:[a-z]+:)?\/\//i.test(spec)) missing.push(`${f}: ${spec} (another origin)`);
      else if (spec.startsWith('.')) {
        relative++;
        const target = posix.normalize(posix.join(posix.dirname(f), spec));
        if (!files.includes(target)) missing.push(`${f}: ${spec}`);
      } else missing.push(`${f}: ${spec} (a bare specifier a browser cannot resolve)`);
    }
  }
  assert.deepEqual(missing, []);
  assert.ok(relative >= 5, `${relative} chunk imports read (vitrine.js loads the map, list, dashboard, validator, English)`);
});

test('integrity.json gives the SRI hash of every script, matching its bytes; LISEZMOI.txt names vitrine.js’s', () => {
  const hashes = JSON.parse(readFileSync(join(dir, 'integrity.json'), 'utf8'));
  const scripts = files.filter((f) => f.endsWith('.js'));
  assert.deepEqual(Object.keys(hashes).sort(), scripts);
  for (const f of scripts) assert.equal(hashes[f], sha384(readFileSync(join(dir, f))), f);
  const readme = readFileSync(join(dir, 'LISEZMOI.txt'), 'utf8');
  assert.ok(readme.includes(hashes['vitrine.js']), 'the hash of vitrine.js');
  assert.match(readme, /<script type="module" src="\/vitrine\/vitrine\.js"><\/script>/);
  assert.equal(readFileSync(join(dir, 'LICENSE'), 'utf8'), readFileSync(join(root, 'LICENSE'), 'utf8'));
});

test('the zip holds the same files with the same bytes, under the versioned folder name', () => {
  const entries = unzipSync(readFileSync(join(dirname(dir), `${folder}.zip`)));
  assert.deepEqual(Object.keys(entries).sort(), files.map((f) => `${folder}/${f}`));
  for (const f of files) assert.ok(Buffer.from(entries[`${folder}/${f}`]).equals(readFileSync(join(dir, f))), f);
});
