/**
 * The feed worker sends the columnar index before its title order (src/feed/title-select.ts, issue 11: the sort
 * of 100,000 titles was a second of the worker's critical path): until the order comes, the list's first cards
 * are picked from the titles, and must be exactly those the order gives, for any selection and any page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadInputs, makeFeed } from '../../scripts/make-feed.mjs';
import { facets, type DashboardFilters } from '../../src/feed/dashboard.js';
import { FeedIndex } from '../../src/feed/feed-index.js';
import { partsSteps, runSteps, titleOrderSteps } from '../../src/feed/index-build.js';
import { indexFeed } from '../../src/feed/loaded.js';
import { validateFeed } from '../../src/feed/validate.js';
import { sortActions } from '../../src/action-list/sort.js';
import { TITLE_HEAD, firstByTitle, standIn, titleHead, titlesOf } from '../../src/feed/title-select.js';
import type { Feed } from '../../src/feed/schema.js';
import { titleCollator } from '../../src/feed/title-order.js';

const compare = titleCollator.compare;

const { sample, communes } = await loadInputs();

/** A generated feed where titles repeat, differ by case, accents, numbers and quotes only. */
function feed(size: number): Feed {
  const plain = validateFeed(makeFeed(size, 7, sample, communes)).feed;
  const odd = ['Atelier 10', 'atelier 2', '« Atelier 2 »', 'Atélier', 'Atelier', 'Œuvre commune', 'oeuvre commune', 'Zèbre', '  ', '2 ateliers'];
  plain.actions.forEach((a, i) => i % 7 === 0 && (a.title = odd[(i / 7) % odd.length]!.trim() || 'Atelier'));
  return plain;
}

test('before the title order comes, each selection’s first cards are those of the stable title sort', () => {
  const plain = feed(1500);
  const byId = indexFeed({ feed: plain, issues: [], actionCount: plain.actions.length }).structureById;
  const parts = runSteps(partsSteps(plain, byId, false));
  assert.equal(parts.titleOrder, undefined, 'the worker sends the index without the order');
  // What it sends instead (feed-worker.ts).
  parts.titles = titlesOf(plain.actions);
  parts.titleHead = titleHead(parts.titles, titleCollator.compare);
  // What the page makes of them (off-thread.ts).
  parts.firstByTitle = standIn(parts.titles, parts.titleHead);
  assert.equal(parts.titleHead!.length, TITLE_HEAD);
  const index = new FeedIndex(plain, parts);
  const f = facets(plain, byId);
  const cases = [{}, { departement: f.departement[0]!.key }, { keyword: f.keyword[1]!.key }, { funder: f.funder[0]!.key }, { q: 'atelier' }, { departement: 'nope' }] as DashboardFilters[];
  const answers = (counts: number[]) =>
    cases.flatMap((filters) => counts.map((count) => index.byTitle(index.select(filters), count).map((a) => a.id)));
  const counts = [1, 20, 40, TITLE_HEAD + 20, Infinity];
  const expected = cases.flatMap((filters) => {
    const sorted = sortActions([...index.actionsOf(index.select(filters))], 'title').map((a) => a.id);
    return counts.map((count) => sorted.slice(0, count));
  });
  const before = answers(counts);
  assert.deepEqual(before, expected);
  // The order arrives (off-thread.ts puts it in the same parts): the same answers, now read from it.
  parts.titleOrder = runSteps(titleOrderSteps(plain.actions));
  delete parts.firstByTitle;
  assert.deepEqual(answers(counts), expected);
});

test('a partial selection keeps the first rows of equal titles, as a stable sort does', () => {
  const titles = ['b', 'a', 'B', 'a', 'c', 'a', 'b'];
  const rows = Uint32Array.from(titles.keys());
  assert.deepEqual(firstByTitle(rows, (r) => titles[r]!, 3, compare), [1, 3, 5]);
  assert.deepEqual(firstByTitle(rows, (r) => titles[r]!, 4, compare), [1, 3, 5, 0]);
  assert.deepEqual(firstByTitle(rows, (r) => titles[r]!, 5, compare), [1, 3, 5, 0, 6]);
  assert.deepEqual(firstByTitle(Uint32Array.from([6, 4, 2]).sort(), (r) => titles[r]!, 9, compare), [6, 2, 4]);
});
