/**
 * The feed worker's actions kept as bytes on the page (src/feed/lazy-actions.ts): an array that reads as the
 * plain one in every way the elements read it, parses an action only when it is read, and, under the dashboard's
 * columnar index, leaves the actions it does not show unread (issue 11: the page no longer holds 100,000 objects).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadInputs, makeFeed } from '../../scripts/make-feed.mjs';
import { budgetTotals, fundingByType, staffingTotals } from '../../src/feed/aggregate.js';
import { applyFilters, distributions, facets, feedView, headline, type DashboardFilters } from '../../src/feed/dashboard.js';
import { FeedIndex } from '../../src/feed/feed-index.js';
import { partsSteps, runSteps, type WholeFigures } from '../../src/feed/index-build.js';
import { LazyActionMap, encodeActions, lazyActions, parsedCount } from '../../src/feed/lazy-actions.js';
import { actionsAtRows, isLazy, lazyRow } from '../../src/feed/lazy-rows.js';
import { indexFeed, isValidatedAction } from '../../src/feed/loaded.js';
import { searchActions, searchIndex, seedSearchIndex } from '../../src/feed/search.js';
import { knownSums } from '../../src/feed/selection-sums.js';
import { validateFeed } from '../../src/feed/validate.js';
import { territoryFigures } from '../../src/territory-map/aggregate-territory.js';
import { sortActions } from '../../src/action-list/sort.js';
import type { Action, Feed } from '../../src/feed/schema.js';

const { sample, communes } = await loadInputs();

/** A validated generated feed, and the same actions as the page gets them from a worker (slices of `per`). */
function both(size: number, per: number): { plain: Feed; lazy: Feed } {
  const plain = validateFeed(makeFeed(size, 5, sample, communes)).feed;
  const slices = [];
  for (let at = 0; at < size; at += per) slices.push(encodeActions(plain.actions.slice(at, at + per)));
  return { plain, lazy: { ...plain, actions: lazyActions(slices) } };
}

test('reads as the plain array: indexing, length, iteration, array methods, JSON', () => {
  const { plain, lazy } = both(230, 40);
  const a = lazy.actions;
  assert.equal(isLazy(a), true);
  assert.equal(isLazy(plain.actions), false);
  assert.equal(a.length, 230);
  assert.equal(Array.isArray(a), true);
  assert.equal(parsedCount(a), 0, 'nothing parsed before it is read');
  assert.deepEqual(a[57], plain.actions[57]);
  assert.equal(a[57], a[57], 'the same object each time it is read');
  assert.equal(parsedCount(a), 1);
  assert.equal(isValidatedAction(a[57]!), true, 'an action read is one of a validated feed (a card shows it at once)');
  assert.equal(lazyRow(a[57]!), 57);
  assert.equal(a[230], undefined);
  assert.equal(229 in a, true);
  assert.equal(230 in a, false);
  assert.deepEqual(
    a.map((x) => x.id),
    plain.actions.map((x) => x.id),
  );
  const visited: number[] = [];
  a.forEach((_, i) => visited.push(i));
  assert.equal(visited.length, 230, 'forEach visits every row (no hole skipped)');
  assert.deepEqual([...a].slice(100, 103), plain.actions.slice(100, 103));
  assert.deepEqual(a.slice(39, 42), plain.actions.slice(39, 42), 'across two slices');
  assert.deepEqual(a.filter((x) => x.keywords.length > 2).map((x) => x.id), plain.actions.filter((x) => x.keywords.length > 2).map((x) => x.id));
  assert.equal(JSON.stringify(a), JSON.stringify(plain.actions));
  assert.deepEqual(Object.keys(a).slice(0, 3), ['0', '1', '2']);
  assert.equal(Reflect.set(a, 0, plain.actions[1]), false, 'read-only');
  assert.equal(a[0]!.id, plain.actions[0]!.id);
});

test('the ids table finds an action by parsing that one only', () => {
  const { plain, lazy } = both(90, 25);
  const ids = [0, 25, 50, 75].map((at) => JSON.stringify(plain.actions.slice(at, at + 25).map((x) => x.id)));
  const byId = new LazyActionMap(ids, lazy.actions);
  const id = plain.actions[61]!.id;
  assert.deepEqual(byId.get(id), plain.actions[61]);
  assert.equal(byId.get('nope'), undefined);
  assert.equal(parsedCount(lazy.actions), 1);
  assert.equal(byId.size, 90);
  assert.deepEqual([...byId.keys()], plain.actions.map((x) => x.id));
  assert.deepEqual(
    [...byId.values()].map((x) => x.id),
    plain.actions.map((x) => x.id),
  );
  const loaded = indexFeed({ feed: lazy, issues: [], actionCount: 90 }, byId, true);
  assert.equal(loaded.actionById, byId, 'indexFeed keeps the table (building one would read every action)');
  assert.equal(parsedCount(lazy.actions), 90, 'values() read them all');
});

test('rows of a lazy array: a lazy view, read only where it is read', () => {
  const { plain, lazy } = both(120, 50);
  const rows = Uint32Array.from([3, 64, 65, 119]);
  const view = actionsAtRows(lazy.actions, rows);
  assert.equal(view.length, 4);
  assert.equal(parsedCount(lazy.actions), 0);
  assert.deepEqual(view[1], plain.actions[64]);
  assert.equal(view[1], lazy.actions[64]);
  assert.equal(parsedCount(lazy.actions), 1);
  assert.deepEqual(view.map((x) => x.id), [3, 64, 65, 119].map((r) => plain.actions[r]!.id));
  assert.deepEqual(actionsAtRows(plain.actions, rows), [3, 64, 65, 119].map((r) => plain.actions[r]), 'a plain array gives a plain array');
});

test('under the columnar index, the dashboard’s figures, views and search answer as the plain path, reading a handful of actions', () => {
  const { plain, lazy } = both(600, 100);
  const plainLoaded = indexFeed({ feed: plain, issues: [], actionCount: 600 });
  const byId = plainLoaded.structureById;
  // What the worker computes and sends beside the index (feed-worker.ts wholeFigures), over its plain actions.
  const whole: WholeFigures = {
    headline: headline(plain.actions, byId),
    distributions: distributions(plain.actions, byId),
    budgetTotals: budgetTotals(plain.actions),
    fundingByType: fundingByType(plain.actions),
    staffingTotals: staffingTotals(plain.actions),
    territory: territoryFigures(plain),
  };
  const index = new FeedIndex(lazy, runSteps(partsSteps(plain, byId)), whole);
  // The search texts the worker folds, seeded by row.
  const texts = [...searchIndex(structuredClone(plain)).values()];
  seedSearchIndex(lazy, 0, texts);
  const f = facets(plain, byId);
  const cases = [{}, { departement: f.departement[0]!.key }, { keyword: f.keyword[0]!.key }, { funder: f.funder[0]!.key, q: 'atelier' }, { q: 'famille' }] as DashboardFilters[];
  for (const filters of cases) {
    const expected = applyFilters(plain, filters);
    const selection = index.select(filters);
    const viewed = index.actionsOf(selection);
    const label = JSON.stringify(filters);
    assert.equal(viewed.length, expected.length, label);
    assert.deepEqual(index.headline(selection), headline(expected, byId), label);
    assert.deepEqual(index.distributions(selection), distributions(expected, byId), label);
    assert.deepEqual(budgetTotals(viewed), budgetTotals([...expected]), label);
    assert.deepEqual(fundingByType(viewed), fundingByType([...expected]), label);
    assert.deepEqual(staffingTotals(viewed), staffingTotals([...expected]), label);
    const view = feedView(lazy, viewed);
    assert.deepEqual(view.structures, feedView(plain, expected).structures, label);
    assert.deepEqual(territoryFigures(view), territoryFigures(feedView(plain, expected)), label);
    assert.deepEqual(knownSums(viewed)!.byTitle(20).map((a) => a.id), sortActions([...expected], 'title').slice(0, 20).map((a) => a.id), label);
  }
  // Five views of 600 actions: their first 20 cards each, and the few actions the bars' ties look at.
  assert.ok(parsedCount(lazy.actions) <= 5 * 20 + 40, `parsed ${parsedCount(lazy.actions)} of 600`);
  // Any other reader still sees every action (what a CSV of the whole feed reads).
  assert.deepEqual(searchActions(lazy, lazy.actions, 'atelier').map((a) => a.id), searchActions(plain, plain.actions, 'atelier').map((a) => a.id));
  assert.deepEqual([...lazy.actions], plain.actions as Action[]);
});
