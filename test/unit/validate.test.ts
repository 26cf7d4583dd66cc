import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateAction, validateFeed, validateFeedAsync, formatPath, FeedEnvelopeError } from '../../src/feed/validate.js';

const mini = JSON.parse(readFileSync(new URL('../fixtures/mini-feed.json', import.meta.url), 'utf8'));

test('formatPath writes JSON paths the way people read them', () => {
  assert.equal(formatPath(['actions', 3, 'budget', 'revenues', 1, 'amount']), 'actions[3].budget.revenues[1].amount');
  assert.equal(formatPath([]), '');
  assert.equal(formatPath(['version']), 'version');
});

test('one malformed action does not hide the valid ones', () => {
  const { feed, issues, actionCount } = validateFeed(mini);
  assert.equal(actionCount, 5);
  assert.deepEqual(
    feed.actions.map((a) => a.id),
    ['sejour-neige', 'fiche-vide', 'sans-structure', 'budget-faux'],
  );
  // "Mauvais Id" has an invalid id and an empty title: rejected whole.
  const rejected = issues.filter((i) => i.rejected).map((i) => formatPath(i.path));
  assert.deepEqual(rejected.sort(), ['actions[3].id', 'actions[3].title']);
});

test('a half-broken action keeps what can be read and names what was dropped', () => {
  const { feed, issues } = validateFeed(mini);
  const action = feed.actions.find((a) => a.id === 'budget-faux')!;
  assert.deepEqual(action.budget?.revenues, [{ label: 'CAF', funderType: 'caf', amount: 100 }]);
  const dropped = issues.filter((i) => !i.rejected && i.itemId === 'budget-faux').map((i) => `${formatPath(i.path)} ${i.code}`);
  assert.deepEqual(dropped.sort(), ['actions[4].budget.revenues[1].amount type', 'actions[4].budget.revenues[1].funderType enum']);
});

test('an action whose structure is missing is kept with a warning', () => {
  const { feed, issues } = validateFeed(mini);
  assert.ok(feed.actions.some((a) => a.id === 'sans-structure'));
  const warning = issues.find((i) => i.code === 'unknown-structure');
  assert.equal(warning && formatPath(warning.path), 'actions[2].structureId');
  assert.equal(warning?.rejected, false);
});

test('defaults fill the lists an author left out', () => {
  const { feed } = validateFeed(mini);
  const empty = feed.actions.find((a) => a.id === 'fiche-vide')!;
  assert.deepEqual([empty.keywords, empty.partners, empty.public, empty.files], [[], [], [], []]);
  assert.equal(empty.budget, undefined);
});

test('duplicate ids keep the first action', () => {
  const { feed, issues } = validateFeed({
    version: '1.0',
    structures: [{ id: 's', name: 'S' }],
    actions: [
      { id: 'a', structureId: 's', title: 'Premier' },
      { id: 'a', structureId: 's', title: 'Second' },
    ],
  });
  assert.deepEqual(feed.actions.map((a) => a.title), ['Premier']);
  assert.equal(issues[0]?.code, 'duplicate-id');
});

test('a document that is not a feed throws FeedEnvelopeError with paths', () => {
  assert.throws(() => validateFeed({ actions: [] }), (e: unknown) => e instanceof FeedEnvelopeError && formatPath(e.issues[0]!.path) === 'version');
  assert.throws(() => validateFeed('nope'), FeedEnvelopeError);
  assert.throws(() => validateFeed({ version: '2.0' }), FeedEnvelopeError);
});

test('links with other schemes than http(s), mailto and tel are dropped', () => {
  const { feed, issues } = validateFeed({
    version: '1.0',
    structures: [{ id: 's', name: 'S' }],
    actions: [{ id: 'a', structureId: 's', title: 'T', files: [{ label: 'x', url: 'javascript:alert(1)' }, { label: 'y', url: 'https://a.fr/y.pdf' }] }],
  });
  assert.deepEqual(feed.actions[0]!.files, [{ label: 'y', url: 'https://a.fr/y.pdf' }]);
  assert.equal(formatPath(issues[0]!.path), 'actions[0].files[0].url');
});

test('an action’s own page is kept when it is http(s), dropped (and named) otherwise, the action still shown', () => {
  const urls = ['https://mon-centre.fr/actions/repit', 'javascript:alert(1)', 'mailto:a@b.fr', 'JavaScript:alert(1)//https://x.fr'];
  const { feed, issues } = validateFeed({
    version: '1.0',
    structures: [{ id: 's', name: 'S' }],
    actions: urls.map((url, i) => ({ id: `a-${i}`, structureId: 's', title: 'T', url })),
  });
  assert.deepEqual(feed.actions.map((a) => a.url), ['https://mon-centre.fr/actions/repit', undefined, undefined, undefined]);
  assert.deepEqual(issues.map((i) => `${formatPath(i.path)} ${i.code} ${i.rejected}`), [
    'actions[1].url format false',
    'actions[2].url format false',
    'actions[3].url format false',
  ]);
});

test('the async validation gives the same result as the sync one, across several slices', async () => {
  const actions = Array.from({ length: 2500 }, (_, i) => ({ id: `a-${i}`, structureId: 's', title: `Action ${i}`, ...(i % 7 === 0 ? { year: 'x' } : {}) }));
  const input = { version: '1.0', structures: [{ id: 's', name: 'S' }], actions };
  const sync = validateFeed(input);
  const async = await validateFeedAsync(input);
  assert.deepEqual(async, sync);
  assert.equal(sync.feed.actions.length, 2500);
  assert.equal(sync.issues.filter((i) => i.code === 'type').length, Math.ceil(2500 / 7));
});

test('the async validation stops when its signal is aborted', async () => {
  const actions = Array.from({ length: 3000 }, (_, i) => ({ id: `a-${i}`, structureId: 's', title: 'T' }));
  const controller = new AbortController();
  const pending = validateFeedAsync({ version: '1.0', actions }, controller.signal);
  controller.abort();
  await assert.rejects(pending, { name: 'AbortError' });
});

test('one action on its own is read as leniently as in a feed', () => {
  const { action, issues } = validateAction({ id: 'x', structureId: 's', title: 'T', budget: { total: -5, revenues: [] } });
  assert.equal(action?.budget?.total, undefined);
  assert.deepEqual(issues.map((i) => `${formatPath(i.path)} ${i.code} ${i.rejected}`), ['action.budget.total too-small false']);
  assert.equal(validateAction({ title: 'sans id' }).action, undefined);
});
