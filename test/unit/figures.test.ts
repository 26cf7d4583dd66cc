/**
 * The per-action figures of src/feed/figures.ts, on amounts worked out by hand, and the
 * three regression cases of issue 9: every view (list sort, map, dashboard headline,
 * staffing chart, funding chart, CSV, `vitrine stats`) gives the same figure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  actionBudget,
  actionEtp,
  actionFigures,
  beneficiaryFigure,
  budgetFigures,
  revenuesByFunderType,
  roleGroups,
  staffingFigures,
} from '../../src/feed/figures.js';
import { headline } from '../../src/feed/dashboard.js';
import { validateFeed } from '../../src/feed/validate.js';
import { actionSchema, type Action, type ActionInput, type Feed, type FeedInput } from '../../src/feed/schema.js';
import { sortActions } from '../../src/action-list/sort.js';
import { territoryFigures } from '../../src/territory-map/aggregate-territory.js';
import { feedStats } from '../../src/import/stats.js';
import { staffingModel } from '../../src/staffing-chart/model.js';
import { fundingModel } from '../../src/funding-breakdown/model.js';
import { actionsTable } from '../../src/impact-dashboard/csv.js';
import { SKI_STAY } from './ski-stay.js';

const action = (input: Omit<ActionInput, 'id' | 'structureId' | 'title'>): Action =>
  actionSchema.parse({ id: 'a', structureId: 's', title: 'A', ...input });

test('budget: the declared total wins; the rest of it is not broken down', () => {
  assert.deepEqual(budgetFigures(action(SKI_STAY).budget), {
    cost: 21280,
    basis: 'total',
    approximate: false,
    revenues: 21280,
    revenueLines: 4,
    expenses: 0,
    expenseLines: 0,
    revenuesNotBrokenDown: 0,
    expensesNotBrokenDown: 21280,
    surplus: 0,
  });
  const partial = budgetFigures(action({ budget: { total: 10000, revenues: [{ label: 'CAF', funderType: 'caf', amount: 6000 }] } }).budget)!;
  assert.equal(partial.cost, 10000);
  assert.equal(partial.revenuesNotBrokenDown, 4000);
  const over = budgetFigures(action({ budget: { total: 1000, revenues: [{ label: 'CAF', funderType: 'caf', amount: 1200 }] } }).budget)!;
  assert.deepEqual([over.cost, over.surplus, over.revenuesNotBrokenDown], [1000, 200, 0]);
});

test('budget: without a total, the larger of revenues and expenses; a zero total is no total', () => {
  const lines = {
    revenues: [{ label: 'CAF', funderType: 'caf' as const, amount: 300 }, { label: 'Ville', funderType: 'commune' as const, amount: 200.1 }],
    expenses: [{ label: 'Car', amount: 450 }, { label: 'Repas', amount: 100, approximate: true }],
  };
  const b = budgetFigures(action({ budget: lines }).budget)!;
  assert.deepEqual([b.cost, b.basis, b.approximate, b.revenues, b.expenses], [550, 'expenses', true, 500.1, 550]);
  assert.equal(b.revenuesNotBrokenDown, 49.9);
  assert.equal(budgetFigures(action({ budget: { total: 0, ...lines } }).budget)!.cost, 550);
  assert.equal(budgetFigures(action({ budget: { total: 0 } }).budget), undefined);
  assert.equal(budgetFigures(action({ budget: { revenues: [{ label: 'CAF', funderType: 'caf' }] } }).budget), undefined);
  assert.equal(budgetFigures(undefined), undefined);
  assert.equal(budgetFigures(action({ budget: { total: 800, approximate: true } }).budget)!.approximate, true);
  // 0.1 + 0.2 is 0.3 to the cent.
  const floats = budgetFigures(action({ budget: { revenues: [{ label: 'A', funderType: 'caf', amount: 0.1 }, { label: 'B', funderType: 'caf', amount: 0.2 }] } }).budget)!;
  assert.equal(floats.cost, 0.3);
});

test('revenues by funder type: palette order, summed, amountless lines left out', () => {
  const a = action({
    budget: {
      revenues: [
        { label: 'Ville', funderType: 'commune', amount: 100 },
        { label: 'CAF', funderType: 'caf', amount: 50, approximate: true },
        { label: 'CCAS', funderType: 'commune', amount: 25 },
        { label: 'Fondation', funderType: 'fondation' },
      ],
    },
  });
  assert.deepEqual(revenuesByFunderType(a.budget), [
    { type: 'caf', amount: 50, approximate: true },
    { type: 'commune', amount: 125, approximate: false },
  ]);
  assert.deepEqual(revenuesByFunderType(undefined), []);
});

test('ETP: per kind, the declared figure or the roles, whichever is larger; every kind in the total', () => {
  const s = staffingFigures(
    action({
      staffing: {
        etpSalaried: 0.5,
        etpVolunteer: 0.1,
        people: [
          { role: 'animatrice', kind: 'salarie', etp: 0.3, count: 1 },
          { role: 'accueil', kind: 'benevole', hoursPerWeek: 7, count: 3 },
          { role: 'cuisine', kind: 'benevole', hoursPerWeek: 7 },
          { role: 'jeune', kind: 'service-civique', etp: 1, count: 1 },
        ],
      },
    }).staffing,
  )!;
  assert.deepEqual(s, {
    etpByKind: { salarie: 0.5, benevole: 0.4, 'service-civique': 1, prestataire: 0, partenaire: 0 },
    etpSalaried: 0.5,
    etpVolunteer: 0.4,
    etp: 1.9,
    etpKnown: true,
    salariedNotDetailed: 0.2,
    volunteerNotDetailed: 0,
    countByKind: { salarie: 1, benevole: 3, 'service-civique': 1, prestataire: 0, partenaire: 0 },
    count: 5,
    countKnown: true,
    fromHours: true,
  });
  const counts = staffingFigures(action({ staffing: { people: [{ role: 'bénévoles', kind: 'benevole', count: 12 }] } }).staffing)!;
  assert.deepEqual([counts.etpKnown, counts.etp, counts.count], [false, 0, 12]);
  assert.equal(staffingFigures(action({ staffing: {} }).staffing), undefined);
  assert.equal(actionEtp(action({ staffing: { people: [{ role: 'bénévoles', kind: 'benevole', count: 12 }] } })), undefined);
  assert.equal(actionEtp(action({ staffing: { etpSalaried: 0 } })), 0);
});

test('role groups: a role listed once per person is one group with its people and summed ETP', () => {
  const people = action({
    staffing: {
      people: [
        { role: 'bénévole', kind: 'benevole', hoursPerWeek: 6, etp: 0.2 },
        { role: 'animatrice', kind: 'salarie', etp: 0.5 },
        { role: 'Bénévole ', kind: 'benevole', hoursPerWeek: 7 },
        { role: 'benevole', kind: 'benevole', etp: 0.1, name: 'Émilie' },
        { role: 'bénévoles', kind: 'benevole', count: 12 },
        { role: 'animatrice', kind: 'salarie', count: 2 },
        { role: 'bénévole', kind: 'salarie', etp: 1 },
      ],
    },
  }).staffing!.people;
  assert.deepEqual(roleGroups(people), [
    // 0.2 + 7 h / 35 + 0.1; three lines without a count: three people.
    { key: 'benevole|benevole', role: 'bénévole', kind: 'benevole', entries: 3, etp: 0.5, etpKnown: true, fromHours: true, count: 3, countKnown: true, countComplete: true },
    // One line without a count (one person) and one of 2.
    { key: 'salarie|animatrice', role: 'animatrice', kind: 'salarie', entries: 2, etp: 0.5, etpKnown: true, fromHours: false, count: 3, countKnown: true, countComplete: true },
    { key: 'benevole|benevoles', role: 'bénévoles', kind: 'benevole', entries: 1, etp: 0, etpKnown: false, fromHours: false, count: 12, countKnown: true, countComplete: true },
    // Listed once without a count: nobody guessed. Another kind is another group.
    { key: 'salarie|benevole', role: 'bénévole', kind: 'salarie', entries: 1, etp: 1, etpKnown: true, fromHours: false, count: 0, countKnown: false, countComplete: false },
  ]);
  assert.deepEqual(roleGroups([]), []);
  assert.ok(!JSON.stringify(roleGroups(people)).includes('Émilie'), 'names never reach a group');
  // The head counts by kind are the groups' (README rule "Effectifs").
  const s = staffingFigures(action({ staffing: { people } }).staffing)!;
  assert.deepEqual([s.countByKind.benevole, s.countByKind.salarie, s.count, s.countKnown], [15, 3, 18, true]);
  // The sample feed's fiche with "bénévole : 6H/semaine (0,2 ETP)" once per volunteer.
  const sample = JSON.parse(readFileSync(new URL('../../demo/sample-feed.json', import.meta.url), 'utf8')) as Feed;
  const innovation = sample.actions.find((a) => a.id === 'action-innovation-sociale-et-solidaire-pour-un-autre-modele')!;
  assert.deepEqual(
    roleGroups(innovation.staffing!.people).map((g) => [g.role, g.entries, g.count, g.etp]),
    [
      ['professionnelle', 1, 0, 0.4],
      ['professionnel', 1, 0, 0.1],
      ['bénévole', 17, 17, 2.9],
    ],
  );
});

test('beneficiaries: the largest figure, never a sum of overlapping figures', () => {
  const a = action({ beneficiaries: [{ label: 'foyers', count: 300 }, { label: 'personnes', count: 958, approximate: true }, { label: 'par semaine' }] });
  assert.deepEqual(beneficiaryFigure(a), { count: 958, approximate: true });
  assert.equal(beneficiaryFigure(action({ beneficiaries: [{ label: 'beaucoup' }] })), undefined);
  assert.deepEqual(actionFigures(a).beneficiaries, { count: 958, approximate: true });
});

/** Every view's figure for the same feed: what the three cases compare. */
function views(input: FeedInput) {
  const { feed } = validateFeed(input);
  const byId = new Map(feed.structures.map((s) => [s.id, s]));
  const h = headline(feed.actions, byId);
  const map = territoryFigures(feed).total;
  const stats = feedStats(feed);
  const csv = actionsTable(feed.actions, byId, 'fr', 'csv');
  const column = (label: string) => csv.columns.findIndex((c) => c.label === label);
  const csvSum = (label: string) => Math.round(csv.rows.reduce((s, r) => s + (Number(r[column(label)]) || 0), 0) * 100) / 100;
  return {
    feed,
    budget: {
      dashboard: h.budget,
      map: map.budget,
      funding: fundingModel(feed.actions, 'type', 'revenues', 'fr').totals.cost,
      csv: csvSum('Budget (€)'),
      stats: stats.budgetTotal,
    },
    etp: {
      dashboard: h.etp,
      map: map.etp,
      staffing: staffingModel(feed.actions, undefined, 'fr').totals.etp,
      csv: csvSum('ETP total'),
      stats: stats.etp,
    },
  };
}

const structures = [{ id: 's', name: 'Centre', departement: '62' }];

test('issue 9, case 1: 1 declared salaried ETP and a volunteer role of 2 ETP make 3 ETP everywhere', () => {
  const v = views({ version: '1.0', structures, actions: [{ id: 'a', structureId: 's', title: 'A', staffing: { etpSalaried: 1, people: [{ role: 'bénévoles', kind: 'benevole', etp: 2 }] } }] });
  // Before: list sort 2, map and dashboard 3, stats 1.
  assert.deepEqual(v.etp, { dashboard: 3, map: 3, staffing: 3, csv: 3, stats: 3 });
  assert.equal(actionEtp(v.feed.actions[0]!), 3);
});

test('issue 9, case 2: 5 000 € of revenues and no total is a budget of 5 000 € everywhere', () => {
  const v = views({ version: '1.0', structures, actions: [{ id: 'a', structureId: 's', title: 'A', budget: { revenues: [{ label: 'CAF', funderType: 'caf', amount: 5000 }] } }] });
  // Before: dashboard 5 000 €, stats 0 €.
  assert.deepEqual(v.budget, { dashboard: 5000, map: 5000, funding: 5000, csv: 5000, stats: 5000 });
  assert.equal(actionBudget(v.feed.actions[0]!), 5000);
});

test('issue 9, case 3: the sample feed’s total budget is the same in the dashboard and in vitrine stats', () => {
  const sample = JSON.parse(readFileSync(new URL('../../demo/sample-feed.json', import.meta.url), 'utf8')) as FeedInput;
  const v = views(sample);
  // Before: stats 331 880 € (declared totals only), dashboard 513 700 €.
  assert.deepEqual(v.budget, { dashboard: 513700, map: 513700, funding: 513700, csv: 513700, stats: 513700 });
  assert.deepEqual(v.etp, { dashboard: v.etp.map, map: v.etp.map, staffing: v.etp.map, csv: v.etp.map, stats: v.etp.map });
  // The list's budget sort puts first the action with the largest figure.
  const feed: Feed = v.feed;
  const top = sortActions(feed.actions, 'budget')[0]!;
  assert.equal(actionBudget(top), Math.max(...feed.actions.map((a) => actionBudget(a) ?? 0)));
});
