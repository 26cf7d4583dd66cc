import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSearchIndex, fold, queryTerms, searchActions, searchIndex, seedSearchIndex } from '../../src/feed/search.js';
import { validateFeed } from '../../src/feed/validate.js';

const { feed } = validateFeed({
  version: '1.0',
  structures: [
    { id: 'tilleuls', name: 'Centre social Les Tilleuls', departement: '62', commune: { name: 'Arras' } },
    { id: 'port', name: 'EVS du Port', departement: '59' },
  ],
  actions: [
    { id: 'a1', structureId: 'tilleuls', title: 'Sécurité routière', keywords: ['Mobilité'] },
    { id: 'a2', structureId: 'port', title: 'Atelier cuisine', summary: 'Manger équilibré à petit prix', public: ['Familles'] },
    { id: 'a3', structureId: 'port', title: 'Café des parents', budget: { revenues: [{ label: 'Caisse d’allocations familiales', funderType: 'caf', amount: 100 }] } },
    { id: 'a4', structureId: 'tilleuls', title: 'Le cœur du quartier', territory: { places: ['Quartier Saint-Michel'] } },
  ],
});
const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);

test('fold removes case, accents and ligatures', () => {
  assert.equal(fold('Sécurité'), 'securite');
  assert.equal(fold('Le CŒUR du Quartier'), 'le coeur du quartier');
  assert.equal(fold('ATELIER Cuisine'), 'atelier cuisine');
  assert.equal(fold('L’Été'), "l'ete");
  assert.equal(fold('Ægidius'), 'aegidius');
});

test('a query is split into folded words', () => {
  assert.deepEqual(queryTerms('  Séjour   SKI '), ['sejour', 'ski']);
  assert.deepEqual(queryTerms('   '), []);
  assert.deepEqual(queryTerms('l’Été\tcœur'), ["l'ete", 'coeur']);
});

test('search ignores accents and case in both directions', () => {
  assert.deepEqual(ids(searchActions(feed, feed.actions, 'securite')), ['a1']);
  assert.deepEqual(ids(searchActions(feed, feed.actions, 'SÉCURITÉ')), ['a1']);
  assert.deepEqual(ids(searchActions(feed, feed.actions, 'coeur')), ['a4']);
  assert.deepEqual(ids(searchActions(feed, feed.actions, 'cœur')), ['a4']);
});

test('every word must appear, in any field of the action or its structure', () => {
  assert.deepEqual(ids(searchActions(feed, feed.actions, 'cuisine equilibre')), ['a2']);
  assert.deepEqual(ids(searchActions(feed, feed.actions, 'cuisine routiere')), []);
  assert.deepEqual(ids(searchActions(feed, feed.actions, 'arras')), ['a1', 'a4']);
  assert.deepEqual(ids(searchActions(feed, feed.actions, 'pas-de-calais')), ['a1', 'a4']);
  assert.deepEqual(ids(searchActions(feed, feed.actions, 'nord')), ['a2', 'a3']);
  assert.deepEqual(ids(searchActions(feed, feed.actions, 'allocations')), ['a3']);
  assert.deepEqual(ids(searchActions(feed, feed.actions, 'saint-michel')), ['a4']);
  assert.deepEqual(ids(searchActions(feed, feed.actions, 'familles')), ['a2']);
  // Words match inside longer words: "famil" finds "Familles" and "familiales".
  assert.deepEqual(ids(searchActions(feed, feed.actions, 'famil')), ['a2', 'a3']);
});

test('search keeps the order of the subset it is given and copies it', () => {
  const subset = [feed.actions[3]!, feed.actions[0]!];
  assert.deepEqual(ids(searchActions(feed, subset, 'tilleuls')), ['a4', 'a1']);
  const all = searchActions(feed, feed.actions, '');
  assert.deepEqual(ids(all), ['a1', 'a2', 'a3', 'a4']);
  assert.notEqual(all, feed.actions);
});

test('only actions of the indexed feed are found', () => {
  const stranger = { ...feed.actions[0]! };
  assert.deepEqual(searchActions(feed, [stranger], 'securite'), []);
});

test('the folded texts are built once per feed object', () => {
  const index = searchIndex(feed);
  assert.equal(searchIndex(feed), index);
  assert.equal(index.size, 4);
  assert.ok(index.get(feed.actions[0]!)!.includes('securite routiere'));
  const other = { ...feed };
  assert.notEqual(searchIndex(other), index);
});

test('the index can be built in slices, and a search completes it', () => {
  const big = validateFeed({
    version: '1.0',
    structures: [{ id: 's', name: 'S' }],
    actions: Array.from({ length: 1200 }, (_, i) => ({ id: `a${i}`, structureId: 's', title: i === 1100 ? 'Sécurité' : `Action ${i}` })),
  }).feed;
  assert.equal(buildSearchIndex(big, 0), false);
  assert.equal(searchIndex(big).size, 1200);
  assert.equal(buildSearchIndex(big, 0), true);
  const sliced = { ...big };
  assert.equal(buildSearchIndex(sliced, 0), false);
  assert.deepEqual(ids(searchActions(sliced, sliced.actions, 'securite')), ['a1100']);
});

test('texts folded elsewhere (a worker, over a copy of the feed) seed the index: the same matches, nothing left to fold', () => {
  const big = validateFeed({
    version: '1.0',
    structures: [{ id: 's', name: 'Centre Étoile', commune: { name: 'Besançon' } }],
    actions: Array.from({ length: 1200 }, (_, i) => ({ id: `a${i}`, structureId: 's', title: i % 7 ? `Action ${i}` : `Sécurité ${i}`, keywords: i % 3 ? ['Cœur'] : [] })),
  }).feed;
  const copy = structuredClone(big);
  const texts = [...searchIndex(copy).values()];
  const seeded = { ...big };
  // Part folded here first, as the page's idle time may have done before the worker's texts came.
  assert.equal(buildSearchIndex(seeded, 0), false);
  for (let from = 0; from < texts.length; from += 500) seedSearchIndex(seeded, from, texts.slice(from, from + 500));
  assert.equal(buildSearchIndex(seeded, 0), true, 'complete once every text is seeded');
  const plain = { ...big };
  for (const q of ['securite', 'coeur besancon', 'action 11', 'etoile']) {
    assert.deepEqual(ids(searchActions(seeded, seeded.actions, q)), ids(searchActions(plain, plain.actions, q)), q);
  }
  assert.ok(ids(searchActions(seeded, seeded.actions, 'coeur besancon')).length > 0);
  const half = { ...big };
  seedSearchIndex(half, 0, texts.slice(0, 600));
  assert.equal(buildSearchIndex(half, 0), false, 'the rest still to fold');
  assert.deepEqual(ids(searchActions(half, half.actions, 'securite')), ids(searchActions(plain, plain.actions, 'securite')));
});
