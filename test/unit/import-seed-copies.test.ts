/**
 * No sentence of the seed fiches is copied into the importer's code, fixtures, tests, demo
 * page or docs (scripts/check-seed-copies.mjs, which lists the whole repository's copies).
 * The seeds are read at run time from ../shared/seeds; without them the test is skipped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs script without types
import { copiedLines, findCopies } from '../../scripts/check-seed-copies.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seeds = `${root}../shared/seeds`;

test('the check finds a copied run of eight words and ignores seven', () => {
  const runs = new Set(['un deux trois quatre cinq six sept huit']);
  assert.deepEqual(copiedLines('début — Un, deux trois QUATRE cinq six sept huit.\nun deux trois quatre cinq six sept', runs), [[1, 'début — Un, deux trois QUATRE cinq six sept huit.']]);
});

test('no line of the importer, its fixtures, tests, demo page or docs copies the seeds', { skip: !existsSync(seeds) && 'no ../shared/seeds' }, () => {
  const roots = ['src', 'scripts', 'test/unit', 'test/fixtures/import', 'demo/import.ts', 'demo/import.html', 'docs', 'README.md'];
  assert.deepEqual(findCopies(root, seeds, roots), []);
});
