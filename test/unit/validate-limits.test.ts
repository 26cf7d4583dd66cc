import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatPath, validateFeed } from '../../src/feed/validate.js';
import { MAX_AMOUNT, MAX_DEPTH, MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from '../../src/feed/limits.js';
import { budgetTotals, staffingTotals } from '../../src/feed/aggregate.js';

const structures = [{ id: 's', name: 'Centre' }];
const action = (i: number, extra: object = {}) => ({ id: `a${i}`, structureId: 's', title: `Action ${i}`, ...extra });
const thirty = Array.from({ length: 30 }, (_, i) => action(i));
const described = (issues: { path: (string | number)[]; code: string; rejected: boolean; expected?: string }[]) =>
  issues.map((i) => `${formatPath(i.path)} ${i.code}${i.expected ? ` ${i.expected}` : ''}${i.rejected ? ' rejected' : ''}`);

/** `{"a":{"a":…}}` nested `levels` deep, built without recursion. */
function nested(levels: number): unknown {
  let v: unknown = 'fond';
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

test('a summary nested 4,000 levels deep drops that summary only, with a too-deep issue', () => {
  const deep = action(30, { summary: nested(4000), keywords: ['Jeunesse'] });
  const { feed, issues } = validateFeed({ version: '1.0', structures, actions: [...thirty, deep] });
  assert.equal(feed.actions.length, 31);
  assert.deepEqual(feed.actions[30], { ...action(30), keywords: ['Jeunesse'], initiative: [], public: [], partners: [], beneficiaries: [], outcomes: [], files: [] });
  assert.deepEqual(described(issues), [`actions[30].summary too-deep ${MAX_DEPTH}`]);
});

test('a title nested too deeply rejects that action alone', () => {
  const { feed, issues } = validateFeed({ version: '1.0', structures, actions: [...thirty, action(30, { title: nested(100_000) })] });
  assert.equal(feed.actions.length, 30);
  assert.deepEqual(described(issues), [`actions[30].title too-deep ${MAX_DEPTH} rejected`]);
});

test('a value just within the depth limit is read as usual (a wrong type, not too deep)', () => {
  const { feed, issues } = validateFeed({ version: '1.0', structures, actions: [action(0, { summary: nested(MAX_DEPTH - 1) })] });
  assert.equal(feed.actions.length, 1);
  assert.deepEqual(described(issues), ['actions[0].summary type string']);
});

test('a wrong title, date or source URL of the feed is dropped and reported; the actions all show', () => {
  const { feed, issues } = validateFeed({
    version: '1.0',
    title: 2024,
    generated: 20240101,
    source: { name: 'Fédération', url: '/fiches' },
    structures,
    actions: thirty,
  });
  assert.equal(feed.actions.length, 30);
  assert.equal(feed.title, undefined);
  assert.equal(feed.generated, undefined);
  assert.deepEqual(feed.source, { name: 'Fédération' });
  assert.deepEqual(described(issues), ['title type string', 'generated type string', 'source.url format']);
});

test('amounts and ETP beyond their limits are dropped, so totals stay finite', () => {
  const { feed, issues } = validateFeed({
    version: '1.0',
    structures,
    actions: [
      action(0, {
        budget: { total: 1e308, revenues: [{ label: 'CAF', funderType: 'caf', amount: 1e308 }, { label: 'Ville', funderType: 'commune', amount: 500 }] },
        staffing: { etpSalaried: 1e308, etpVolunteer: 0.5, people: [{ role: 'animatrice', kind: 'salarie', hoursPerWeek: 1000 }] },
      }),
      action(1, { budget: { total: MAX_AMOUNT, revenues: [] } }),
    ],
  });
  assert.deepEqual(described(issues), [
    `actions[0].budget.total too-big ${MAX_AMOUNT}`,
    `actions[0].budget.revenues[0].amount too-big ${MAX_AMOUNT}`,
    'actions[0].staffing.etpSalaried too-big 1000000',
    'actions[0].staffing.people[0].hoursPerWeek too-big 168',
  ]);
  // A revenue whose amount cannot be read is left out whole, as any broken list entry.
  assert.deepEqual(feed.actions[0]!.budget!.revenues, [{ label: 'Ville', funderType: 'commune', amount: 500 }]);
  const totals = budgetTotals(feed.actions);
  assert.equal(totals.cost, MAX_AMOUNT + 500);
  assert.equal(staffingTotals(feed.actions).etpSalaried, 0);
  assert.equal(staffingTotals(feed.actions).etpVolunteer, 0.5);
});

test('NaN, Infinity and negative amounts (a .feed object) are dropped, not summed', () => {
  const { feed, issues } = validateFeed({
    version: '1.0',
    structures,
    actions: [action(0, { budget: { total: Number.NaN, revenues: [{ label: 'CAF', funderType: 'caf', amount: Infinity }, { label: 'Ville', funderType: 'commune', amount: -5 }] } })],
  });
  assert.deepEqual(described(issues), [
    'actions[0].budget.total type number',
    'actions[0].budget.revenues[0].amount type number',
    'actions[0].budget.revenues[1].amount too-small',
  ]);
  assert.deepEqual(feed.actions[0]!.budget, { currency: 'EUR', revenues: [], expenses: [] });
});

test('a 1 MB summary is dropped as too long; a 1 MB title rejects its action', () => {
  const mega = 'é'.repeat(1_000_000);
  const { feed, issues } = validateFeed({ version: '1.0', structures, actions: [action(0, { summary: mega }), action(1, { title: mega })] });
  assert.deepEqual(feed.actions.map((a) => [a.id, a.summary]), [['a0', undefined]]);
  assert.deepEqual(described(issues), [`actions[0].summary too-long ${MAX_TEXT_LENGTH}`, 'actions[1].title too-long 1000 rejected']);
});

test('a list far beyond its limit is dropped as one issue, not one per entry', () => {
  const partners = Array.from({ length: 50_000 }, () => ({ nom: 'x' }));
  const { feed, issues } = validateFeed({ version: '1.0', structures, actions: [action(0, { partners, keywords: ['Santé'] })] });
  assert.deepEqual(feed.actions[0]!.partners, []);
  assert.deepEqual(feed.actions[0]!.keywords, ['Santé']);
  assert.deepEqual(described(issues), [`actions[0].partners too-many ${MAX_LIST_LENGTH}`]);
});

test('__proto__ and constructor keys stay data: nothing is polluted, the action is read', () => {
  const json = '{"version":"1.0","structures":[{"id":"s","name":"S"}],"actions":[{"id":"a","structureId":"s","title":"T","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"budget":{"__proto__":{"total":5},"revenues":"x"}}]}';
  const { feed, issues } = validateFeed(JSON.parse(json));
  assert.equal(({} as { polluted?: number }).polluted, undefined);
  assert.equal(feed.actions.length, 1);
  assert.equal(feed.actions[0]!.budget!.total, undefined);
  assert.deepEqual(described(issues), ['actions[0].budget.revenues type array']);
});

test('an item whose properties throw when read (a .feed object) is rejected alone', () => {
  const hostile = action(1);
  Object.defineProperty(hostile, 'summary', { enumerable: true, get: () => { throw new Error('boom'); } });
  const { feed, issues } = validateFeed({ version: '1.0', structures, actions: [action(0), hostile] });
  assert.deepEqual(feed.actions.map((a) => a.id), ['a0']);
  assert.deepEqual(described(issues), ['actions[1] invalid rejected']);
});
