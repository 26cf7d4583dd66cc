import { test } from 'node:test';
import { SKI_STAY_BUDGET } from './ski-stay.js';
import assert from 'node:assert/strict';
import {
  budgetTotals,
  expensesByLine,
  fundingByFunder,
  fundingByType,
  staffingTotals,
  volunteerValuation,
} from '../../src/feed/aggregate.js';
import { personEtp } from '../../src/feed/figures.js';
import { filterActions, normalizeLabel } from '../../src/feed/filter.js';
import { parseFeed } from '../../src/feed/parse-sync.js';
import type { Action, ActionInput, Feed } from '../../src/feed/schema.js';
import { actionSchema } from '../../src/feed/schema.js';
import sampleFeed from '../../demo/sample-feed.json' with { type: 'json' };

/** Actions through the schema, so defaults (empty lists) are filled as in a loaded feed. */
function actions(...inputs: Omit<ActionInput, 'structureId'>[]): Action[] {
  return inputs.map((a) => actionSchema.parse({ structureId: 's1', ...a }));
}

// Figures of the seeds (ski stay, the stage with approximate costs, a total-only action…), typed by hand.
const budgets = actions(
  {
    id: 'ski',
    title: 'Séjour ski',
    budget: SKI_STAY_BUDGET,
  },
  { id: 'filles', title: 'Filles', budget: { total: 20000, revenues: [{ label: 'Subvention', funderType: 'autre', amount: 7000 }] } },
  {
    id: 'stages',
    title: 'Stages',
    budget: {
      expenses: [
        { label: 'Prestation', amount: 6000, approximate: true },
        { label: 'Hébergement', amount: 720, approximate: true },
        { label: 'Alimentation', amount: 250, approximate: true },
      ],
    },
  },
  { id: 'bourse', title: 'Bourse', budget: { total: 6700 } },
  { id: 'rien', title: 'Rien' },
  {
    id: 'elle',
    title: 'Elle',
    budget: { revenues: [{ label: 'D.R.A.C.', funderType: 'etat' }, { label: 'Ville de Dunkerque', funderType: 'commune' }] },
  },
);

test('budgetTotals: costs, unfunded part, parts not broken down, completeness', () => {
  assert.deepEqual(budgetTotals(budgets), {
    cost: 21280 + 20000 + 6970 + 6700,
    revenues: 21280 + 7000,
    expenses: 6970,
    unfunded: 13000,
    surplus: 0,
    revenuesNotDetailed: 6970 + 6700,
    expensesNotDetailed: 21280 + 20000 + 6700,
    approximate: true,
    completeness: {
      actions: 6,
      withBudget: 4,
      withoutBudget: 2,
      withRevenueBreakdown: 2,
      withExpenseBreakdown: 1,
      totalOnly: 1,
      approximate: 1,
    },
  });
});

test('budgetTotals: revenues above the declared total are a surplus, not a negative gap', () => {
  const t = budgetTotals(actions({ id: 'x', title: 'x', budget: { total: 1000, revenues: [{ label: 'CAF', funderType: 'caf', amount: 1200 }] } }));
  assert.equal(t.unfunded, 0);
  assert.equal(t.surplus, 200);
  assert.equal(t.cost, 1000);
});

test('budgetTotals: a zero total with nothing else counts as not given', () => {
  const t = budgetTotals(actions({ id: 'x', title: 'x', budget: { total: 0 } }));
  assert.equal(t.completeness.withoutBudget, 1);
  assert.equal(t.completeness.withBudget, 0);
});

test('budgetTotals: decimal amounts add up exactly', () => {
  const t = budgetTotals(actions({ id: 'x', title: 'x', budget: { revenues: [0.1, 0.2].map((amount) => ({ label: 'CAF', funderType: 'caf' as const, amount })) } }));
  assert.equal(t.revenues, 0.3);
  assert.equal(t.cost, 0.3);
});

test('fundingByType: palette order, amounts, approximate flags, funders named without amount', () => {
  assert.deepEqual(
    fundingByType(budgets).map((l) => [l.key, l.amount, l.lines, l.unquantified]),
    [
      ['caf', 6700, 1, 0],
      ['commune', 4080, 1, 1],
      ['etat', 0, 0, 1],
      ['usagers', 6000, 1, 0],
      ['autofinancement', 4500, 1, 0],
      ['autre', 7000, 1, 0],
    ],
  );
});

test('fundingByFunder: labels merged without case, accents or extra spaces; largest first', () => {
  const lines = fundingByFunder(
    actions(
      { id: 'a', title: 'a', budget: { revenues: [{ label: 'Ville', funderType: 'commune', amount: 100 }, { label: 'CAF', funderType: 'caf', amount: 50 }] } },
      { id: 'b', title: 'b', budget: { revenues: [{ label: ' ville ', funderType: 'commune', amount: 20, approximate: true }] } },
      { id: 'c', title: 'c', budget: { revenues: [{ label: 'Département', funderType: 'departement', amount: 300 }, { label: 'DEPARTEMENT', funderType: 'departement', amount: 1 }] } },
    ),
  );
  assert.deepEqual(
    lines.map((l) => [l.label, l.funderType, l.amount, l.approximate]),
    [
      ['Département', 'departement', 301, false],
      ['Ville', 'commune', 120, true],
      ['CAF', 'caf', 50, false],
    ],
  );
});

test('expensesByLine: summed by label, largest first', () => {
  const lines = expensesByLine([
    ...budgets,
    ...actions({ id: 'z', title: 'z', budget: { expenses: [{ label: 'hebergement', amount: 1000 }, { label: 'Livres' }] } }),
  ]);
  assert.deepEqual(
    lines.map((l) => [l.label, l.amount, l.approximate, l.unquantified]),
    [
      ['Prestation', 6000, true, 0],
      ['Hébergement', 1720, true, 0],
      ['Alimentation', 250, true, 0],
      ['Livres', 0, false, 1],
    ],
  );
});

test('the ski stay of the sample feed: 21 280 € from four funders', () => {
  const loaded = parseFeed(sampleFeed);
  const ski = loaded.feed.actions.filter((a) => a.title.toLowerCase().includes('ski'));
  assert.equal(ski.length, 1);
  assert.equal(budgetTotals(ski).cost, 21280);
  assert.equal(budgetTotals(ski).unfunded, 0);
  assert.deepEqual(
    fundingByType(ski).map((l) => [l.key, l.amount]),
    [
      ['caf', 6700],
      ['commune', 4080],
      ['usagers', 6000],
      ['autofinancement', 4500],
    ],
  );
});

const staff = actions(
  {
    id: 'a',
    title: 'a',
    staffing: {
      etpSalaried: 2,
      etpVolunteer: 1,
      people: [
        { role: 'professionnelle', kind: 'salarie', etp: 0.4, name: 'Émilie' },
        { role: 'professionnel', kind: 'salarie', etp: 0.1 },
        { role: 'bénévole', kind: 'benevole', hoursPerWeek: 7 },
        { role: 'bénévole', kind: 'benevole', hoursPerWeek: 7 },
        { role: 'bénévole', kind: 'benevole', etp: 0.2, hoursPerWeek: 6 },
        { role: 'bénévole', kind: 'benevole', hoursPerWeek: 17.5 },
      ],
    },
  },
  {
    id: 'b',
    title: 'b',
    staffing: { people: [{ role: 'Professionnel', kind: 'salarie', count: 2 }, { role: 'Bénévole ', kind: 'benevole', count: 10 }] },
  },
  { id: 'c', title: 'c', staffing: { people: [{ role: 'benevole', kind: 'benevole', count: 12 }] } },
  { id: 'd', title: 'd' },
  { id: 'e', title: 'e', staffing: {} },
);

test('personEtp: ETP first, else hours at 35 h = 1 ETP', () => {
  assert.equal(personEtp({ role: 'r', kind: 'salarie', etp: 0.2, hoursPerWeek: 6 }), 0.2);
  assert.equal(personEtp({ role: 'r', kind: 'salarie', hoursPerWeek: 17.5 }), 0.5);
  assert.equal(personEtp({ role: 'r', kind: 'salarie', count: 3 }), undefined);
});

test('staffingTotals: declared totals, roles, hours converted, head counts', () => {
  const t = staffingTotals(staff);
  assert.equal(t.etpSalaried, 2);
  assert.equal(t.etpVolunteer, 1.1);
  assert.equal(t.salariedNotDetailed, 1.5);
  assert.equal(t.volunteerNotDetailed, 0);
  assert.equal(t.etpByKind.salarie, 2); // the declared totals count in their kind, as in etpSalaried
  assert.equal(t.etpByKind.benevole, 1.1);
  assert.equal(t.countByKind.salarie, 2);
  // 10 + 12 counted, and the 4 entries of a's "bénévole", one line per volunteer.
  assert.equal(t.countByKind.benevole, 26);
  assert.equal(t.fromHours, true);
  assert.deepEqual(t.completeness, { actions: 5, withStaffing: 3, withoutStaffing: 2, withEtp: 1, countsOnly: 2 });
  assert.deepEqual(
    t.roles.map((r) => [r.role, r.kind, r.etp, r.count, r.countComplete, r.fromHours]),
    [
      ['professionnelle', 'salarie', 0.4, 0, false, false],
      ['professionnel', 'salarie', 0.1, 2, false, false],
      ['bénévole', 'benevole', 1.1, 26, true, true],
    ],
  );
  assert.ok(!JSON.stringify(t).includes('Émilie'), 'names never leave the aggregate');
});

test('volunteerValuation: ETP × 1607 h × €/h', () => {
  assert.equal(volunteerValuation(1.1, 12), 21212.4);
  assert.equal(volunteerValuation(0, 12), 0);
});

const feed: Pick<Feed, 'actions' | 'structures'> = {
  structures: [
    { id: 's1', name: 'Centre A', departement: '62' },
    { id: 's2', name: 'Centre B', departement: '59' },
  ],
  actions: actions(
    { id: 'a1', title: 'a1', keywords: ['Famille', 'Santé'], public: ['Jeunesse'], year: 2018, status: { state: 'en-cours' } },
    { id: 'a2', title: 'a2', keywords: ['sante'] },
  ).concat(actionSchema.parse({ id: 'b1', title: 'b1', structureId: 's2', keywords: ['FAMILLE'] })),
};

test('filterActions: by id, structure, département, keyword (no case, no accents), public, year, status', () => {
  const ids = (c: Parameters<typeof filterActions>[1]) => filterActions(feed, c).map((a) => a.id);
  assert.deepEqual(ids({}), ['a1', 'a2', 'b1']);
  assert.deepEqual(ids({ actionId: 'a2', structure: 's2' }), ['a2']);
  assert.deepEqual(ids({ structure: 's2' }), ['b1']);
  assert.deepEqual(ids({ departement: '62' }), ['a1', 'a2']);
  assert.deepEqual(ids({ keyword: 'santé' }), ['a1', 'a2']);
  assert.deepEqual(ids({ keyword: 'famille', departement: '59' }), ['b1']);
  assert.deepEqual(ids({ public: 'jeunesse' }), ['a1']);
  assert.deepEqual(ids({ year: 2018 }), ['a1']);
  assert.deepEqual(ids({ status: 'terminee' }), []);
  assert.equal(normalizeLabel('  Référent   Famille '), 'referent famille');
});

test('100,000 actions add up exactly (times are measured by npm run bench, not here)', () => {
  const many: Action[] = [];
  const types = ['caf', 'commune', 'departement', 'usagers', 'fondation'] as const;
  for (let i = 0; i < 100_000; i++) {
    many.push({
      ...budgets[0]!,
      id: `a${i}`,
      keywords: ['Famille'],
      budget: {
        currency: 'EUR',
        total: 1000,
        revenues: [{ label: `Financeur ${i % 300}`, funderType: types[i % 5]!, amount: 600 }],
        expenses: [{ label: 'Salaires', amount: 1000 }],
      },
      staffing: { etpSalaried: 1, people: [{ role: 'animateur', kind: 'salarie', etp: 0.5, count: 1 }] },
    });
  }
  const totals = budgetTotals(many);
  assert.equal(fundingByType(many).reduce((sum, l) => sum + l.amount, 0), 60_000_000);
  assert.equal(fundingByFunder(many).length, 300);
  assert.deepEqual(expensesByLine(many).map((l) => l.amount), [100_000_000]);
  const s = staffingTotals(many);
  assert.equal(filterActions({ actions: many, structures: [] }, { keyword: 'famille' }).length, 100_000);
  assert.equal(totals.cost, 100_000_000);
  assert.equal(totals.unfunded, 40_000_000);
  assert.equal(s.etpSalaried, 100_000);
});
