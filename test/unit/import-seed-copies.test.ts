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
import { copiedJsonValues, copiedLines, findCopies } from '../../scripts/check-seed-copies.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
// SEEDS_DIR lets a git worktree (whose ../shared is elsewhere) run the comparison too.
const seeds = process.env.SEEDS_DIR ?? `${root}../shared/seeds`;

test('the check finds a copied run of eight words and ignores seven', () => {
  const runs = new Set(['un deux trois quatre cinq six sept huit']);
  assert.deepEqual(copiedLines('début — Un, deux trois QUATRE cinq six sept huit.\nun deux trois quatre cinq six sept', runs), [[1, 'début — Un, deux trois QUATRE cinq six sept huit.']]);
});

test('names and ids are facts: a JSON title or id slug is not compared, its prose is', () => {
  const runs = new Set(['un deux trois quatre cinq six sept huit']);
  const feed = JSON.stringify({ actions: [{ id: 'un-deux-trois-quatre-cinq-six-sept-huit', title: 'Un deux trois quatre cinq six sept huit', summary: 'dit un deux trois quatre cinq six sept huit' }] });
  assert.deepEqual(copiedJsonValues(feed, runs), [[1, '$.actions[0].summary: dit un deux trois quatre cinq six sept huit']]);
  // NDJSON, one document per line: the line number of the document that holds the copy.
  assert.deepEqual(copiedJsonValues(`${feed}\n{"text":"zéro\\nun deux trois quatre cinq six sept huit"}\n`, runs), [
    [1, '$.actions[0].summary: dit un deux trois quatre cinq six sept huit'],
    [2, '$.text: zéro\nun deux trois quatre cinq six sept huit'],
  ]);
  assert.deepEqual(copiedLines('<x action-id="un-deux-trois-quatre-cinq-six-sept-huit">', runs), []);
  assert.equal(copiedJsonValues('not json {', runs), undefined);
});

test('no line of the repository (code, fixtures, tests, demo data, stories, docs) copies the seeds', { skip: !existsSync(seeds) && 'no ../shared/seeds' }, () => {
  assert.deepEqual(findCopies(root, seeds), []);
});
