/**
 * Every view of a feed tells the same numbers (issue 9). Over generated feeds (the
 * generator of scripts/make-feed.mjs, then random mutations: totals missing or 0, only
 * revenues, only expenses, only roles, roles above the declared ETP, weekly hours,
 * estimates, amounts with cents) and random filter combinations, the dashboard's
 * headline, the funding chart's total and shares, the staffing chart, the map's sums
 * per département, the list's sort keys, the CSV export and `vitrine stats` agree to the
 * cent and to 0.01 ETP, with each other and with the README's rules written out again
 * here, independently of src/feed/figures.ts.
 *
 * Pure Node: the same view-model functions the elements call (applyFilters, feedView,
 * headline, fundingModel (shares of the whole budget and among the detailed revenues), staffingModel, territoryFigures, sortActions, actionsTable,
 * toCsv, feedStats). Seeded, so a failure replays; fast-check prints the seed and the
 * shrunk counterexample.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeFeed, loadInputs } from '../../scripts/make-feed.mjs';
import { applyFilters, facets, feedView, headline, type DashboardFilters } from '../../src/feed/dashboard.js';
import { validateFeed } from '../../src/feed/validate.js';
import { PERSON_KINDS, type FunderType } from '../../src/feed/funders.js';
import type { Action, Feed, FeedInput } from '../../src/feed/schema.js';
import { fundingModel } from '../../src/funding-breakdown/model.js';
import { staffingModel } from '../../src/staffing-chart/model.js';
import { territoryFigures, structureDepartement } from '../../src/territory-map/aggregate-territory.js';
import { sortActions } from '../../src/action-list/sort.js';
import { actionsTable } from '../../src/impact-dashboard/csv.js';
import { toCsv } from '../../src/shared/export.js';
import { feedStats } from '../../src/import/stats.js';
import { sharedMessages } from '../../src/shared/messages.js';

const { sample } = await loadInputs();

// ---- The README's rules ("Comment Vitrine compte"), written again from the table. ----
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
function ruleBudget(a: Action): number | undefined {
  const b = a.budget;
  if (!b) return undefined;
  const r = b.revenues.filter((x) => x.amount !== undefined);
  const e = b.expenses.filter((x) => x.amount !== undefined);
  if (b.total) return b.total;
  if (!r.length && !e.length) return undefined;
  return Math.max(sum(r.map((x) => x.amount!)), sum(e.map((x) => x.amount!)));
}
function ruleRevenues(a: Action): number {
  return sum((a.budget?.revenues ?? []).filter((x) => x.amount !== undefined).map((x) => x.amount!));
}
function ruleEtpOfKind(a: Action, kind: string): number {
  const s = a.staffing;
  if (!s) return 0;
  const roles = sum(s.people.filter((p) => p.kind === kind).map((p) => p.etp ?? (p.hoursPerWeek !== undefined ? p.hoursPerWeek / 35 : 0)));
  const declared = kind === 'salarie' ? s.etpSalaried : kind === 'benevole' ? s.etpVolunteer : undefined;
  return Math.max(declared ?? 0, roles);
}
function ruleEtp(a: Action): number | undefined {
  const s = a.staffing;
  const known = !!s && (s.etpSalaried !== undefined || s.etpVolunteer !== undefined || s.people.some((p) => p.etp !== undefined || p.hoursPerWeek !== undefined));
  return known ? sum(PERSON_KINDS.map((k) => ruleEtpOfKind(a, k))) : undefined;
}
function ruleBeneficiaries(a: Action): number | undefined {
  const counts = a.beneficiaries.filter((f) => f.count !== undefined).map((f) => f.count!);
  return counts.length ? Math.max(...counts) : undefined;
}

// ---- Comparisons: to the cent, to 0.01 ETP. ----
function cents(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) < 0.005, `${what}: ${actual} € where the rule gives ${expected} €`);
}
function hundredths(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) < 0.005, `${what}: ${actual} ETP where the rule gives ${expected} ETP`);
}

// ---- Mutations of the generated fiches. ----
const MUTATIONS = [
  'drop-total',
  'zero-total',
  'only-revenues',
  'only-expenses',
  'approximate',
  'cents',
  'only-roles',
  'roles-above-declared',
  'hours',
  'volunteer-role',
  'other-kind-etp',
  'no-staffing',
  'no-budget',
] as const;
type Mutation = (typeof MUTATIONS)[number];

/* eslint-disable @typescript-eslint/no-explicit-any -- the raw JSON before validation */
function mutate(a: any, m: Mutation, k: number): void {
  const b = a.budget;
  const s = a.staffing;
  switch (m) {
    case 'drop-total':
      if (b) delete b.total;
      break;
    case 'zero-total':
      if (b) b.total = 0;
      break;
    case 'only-revenues':
      if (b) (delete b.total, delete b.expenses);
      break;
    case 'only-expenses':
      if (b) {
        delete b.revenues;
        b.expenses = [{ label: 'Personnel', amount: 1000 + k }, { label: 'Activités', amount: 250.5 }];
      }
      break;
    case 'approximate':
      if (b?.revenues?.length) b.revenues[k % b.revenues.length].approximate = true;
      else if (b) b.approximate = true;
      break;
    case 'cents':
      for (const r of b?.revenues ?? []) if (r.amount !== undefined) r.amount += 0.1 + (k % 7) / 100;
      break;
    case 'only-roles':
      if (s) {
        s.people = [...(s.people ?? []), { role: 'animatrice', kind: 'salarie', etp: s.etpSalaried ?? 0.5 }];
        delete s.etpSalaried;
        delete s.etpVolunteer;
      }
      break;
    case 'roles-above-declared':
      if (s) s.people = [...(s.people ?? []), { role: 'coordinatrice', kind: 'salarie', etp: (s.etpSalaried ?? 0) + 0.35 }];
      break;
    case 'hours':
      a.staffing = { ...(s ?? {}), people: [...(s?.people ?? []), { role: 'accueil', kind: 'benevole', hoursPerWeek: 3 + (k % 11) }] };
      break;
    case 'volunteer-role':
      a.staffing = { ...(s ?? {}), etpSalaried: s?.etpSalaried ?? 1, people: [...(s?.people ?? []), { role: 'bénévoles', kind: 'benevole', etp: 2, count: 6 }] };
      break;
    case 'other-kind-etp':
      a.staffing = { ...(s ?? {}), people: [...(s?.people ?? []), { role: 'volontaire', kind: 'service-civique', etp: 0.7 }] };
      break;
    case 'no-staffing':
      delete a.staffing;
      break;
    case 'no-budget':
      delete a.budget;
      break;
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** A generated, mutated and validated feed. */
function generate(size: number, seed: number, mutations: readonly [number, Mutation][]): Feed {
  const input = makeFeed(size, seed, sample) as FeedInput & { actions: object[] };
  for (const [i, m] of mutations) mutate(input.actions[i % input.actions.length], m, i);
  const { feed, issues } = validateFeed(input);
  assert.deepEqual(issues, [], 'the mutated feed is valid');
  return feed;
}

/** One value for each filter the dashboard offers, drawn from the feed's own facets. */
function filtersOf(feed: Feed, picks: Record<string, number | undefined>): DashboardFilters {
  const f = facets(feed, new Map(feed.structures.map((s) => [s.id, s])));
  const pick = <T>(values: readonly T[], i: number | undefined) => (i === undefined || !values.length ? undefined : values[i % values.length]);
  const filters: DashboardFilters = {
    departement: pick(f.departement.map((b) => b.key), picks.departement),
    keyword: pick(f.keyword.map((b) => b.label), picks.keyword),
    public: pick(f.public.map((b) => b.label), picks.public),
    status: pick(f.status.map((b) => b.key), picks.status) as DashboardFilters['status'],
    funder: pick(f.funder.map((b) => b.key), picks.funder) as FunderType | undefined,
    year: pick(f.year.map((b) => Number(b.key)), picks.year),
    q: pick(['atelier', 'famille', 'jeunes', 'séjour'], picks.q),
  };
  for (const k of Object.keys(filters) as (keyof DashboardFilters)[]) if (filters[k] === undefined) delete filters[k];
  return filters;
}

/** The numbers of a French CSV export: `1234,5` → 1234.5, empty → undefined. */
function csvColumn(csv: string, label: string): (number | undefined)[] {
  const rows = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n').map(splitCsv);
  const at = rows[0]!.indexOf(label);
  assert.ok(at >= 0, `CSV column ${label}`);
  return rows.slice(1).map((r) => (r[at] ? Number(r[at]!.replace(',', '.')) : undefined));
}
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') (out.push(field), (field = ''));
    else field += c;
  }
  out.push(field);
  return out;
}

/** Every view's figures for one selection, checked against the rules and each other. */
function checkViews(feed: Feed, filters: DashboardFilters): void {
  const structureById = new Map(feed.structures.map((s) => [s.id, s]));
  const actions = applyFilters(feed, filters);
  const view = feedView(feed, actions);
  const budgets = actions.map(ruleBudget);
  const etps = actions.map(ruleEtp);
  const budget = sum(budgets.map((x) => x ?? 0));
  const etp = sum(etps.map((x) => x ?? 0));
  const salaried = sum(actions.map((a) => ruleEtpOfKind(a, 'salarie')));
  const volunteer = sum(actions.map((a) => ruleEtpOfKind(a, 'benevole')));

  // The dashboard's headline.
  const h = headline(actions, structureById);
  cents(h.budget, budget, 'dashboard budget');
  assert.equal(h.withoutBudget, budgets.filter((x) => x === undefined).length, 'dashboard: actions without budget');
  hundredths(h.etp, etp, 'dashboard ETP');
  hundredths(h.etpSalaried, salaried, 'dashboard salaried ETP');
  hundredths(h.etpVolunteer, volunteer, 'dashboard volunteer ETP');
  assert.equal(h.withoutEtp, etps.filter((x) => x === undefined).length, 'dashboard: actions without ETP');
  assert.equal(h.beneficiaries, sum(actions.map((a) => ruleBeneficiaries(a) ?? 0)), 'dashboard beneficiaries');

  // The funding chart: its total, and shares that are the funders' amounts over it.
  const funding = fundingModel(view.actions, 'type', 'revenues', 'fr');
  cents(funding.totals.cost, budget, 'funding chart budget');
  const chart = funding.charts[0];
  if (chart?.segments.length) {
    const surplus = sum(actions.map((a) => (ruleBudget(a) === undefined ? 0 : Math.max(0, ruleRevenues(a) - ruleBudget(a)!))));
    cents(chart.total, budget + surplus, 'funding chart total (budget + surplus)');
    assert.ok(Math.abs(sum(chart.segments.map((s) => s.share)) - 1) < 1e-9, 'funding shares add up to 100 %');
    for (const s of chart.segments) assert.ok(Math.abs(s.share * chart.total - s.amount) < 0.005, `share of ${s.label}`);
    const notBrokenDown = sum(actions.map((a) => (ruleBudget(a) === undefined ? 0 : Math.max(0, ruleBudget(a)! - ruleRevenues(a)))));
    cents(sum(chart.segments.filter((s) => s.kind !== 'funder').map((s) => s.amount)), notBrokenDown, 'funding chart: part not broken down');
  }

  // The default of an aggregate: shares among the detailed revenues, the rest stated beside, the whole kept.
  const detailed = fundingModel(view.actions, 'type', 'revenues', 'fr', 'detailed').charts[0];
  if (detailed?.segments.length) {
    const revenues = sum(actions.map(ruleRevenues));
    const surplus = sum(actions.map((a) => (ruleBudget(a) === undefined ? 0 : Math.max(0, ruleRevenues(a) - ruleBudget(a)!))));
    cents(detailed.total, revenues, 'detailed shares: their base is the revenues given by funder');
    assert.ok(detailed.segments.every((s) => s.kind === 'funder'), 'detailed shares: funders only');
    assert.ok(Math.abs(sum(detailed.segments.map((s) => s.share)) - 1) < 1e-9, 'detailed shares add up to 100 %');
    for (const s of detailed.segments) assert.ok(Math.abs(s.share * revenues - s.amount) < 0.005, `detailed share of ${s.label}`);
    cents(detailed.shares.notDetailed, budget + surplus - revenues, 'detailed shares: the amount stated beside');
    const foot = detailed.table.foot ?? [];
    if (detailed.shares.notDetailed > 0) cents(Number(foot[foot.length - 1]![1]), budget + surplus, 'detailed shares: the table ends on the whole');
    // The same funders, the same amounts, whichever basis.
    assert.deepEqual(
      detailed.segments.map((s) => [s.key, s.amount]),
      (chart?.segments ?? []).filter((s) => s.kind === 'funder').map((s) => [s.key, s.amount]),
      'both bases show the same funders',
    );
  }

  // The staffing chart.
  const staffing = staffingModel(view.actions, undefined, 'fr');
  hundredths(staffing.totals.etp, etp, 'staffing chart ETP');
  if (staffing.state === 'ok' && staffing.measure === 'etp') {
    hundredths(sum(staffing.kinds.map((k) => k.value)), etp, 'staffing chart: kinds add up to the total');
    hundredths(staffing.kinds.find((k) => k.kind === 'salarie')?.value ?? 0, salaried, 'staffing chart salaried');
  }

  // The map: per département, the sum of its actions; the total, every action.
  const map = territoryFigures(view);
  cents(map.total.budget, budget, 'map total budget');
  hundredths(map.total.etp, etp, 'map total ETP');
  const departementOf = new Map(view.structures.map((s) => [s.id, structureDepartement(s)]));
  for (const [code, area] of map.departements) {
    const inArea = actions.filter((a) => departementOf.get(a.structureId) === code);
    cents(area.budget, sum(inArea.map((a) => ruleBudget(a) ?? 0)), `map budget of ${code}`);
    hundredths(area.etp, sum(inArea.map((a) => ruleEtp(a) ?? 0)), `map ETP of ${code}`);
    assert.equal(area.budgetActions, inArea.filter((a) => ruleBudget(a) !== undefined).length, `map: actions with a budget in ${code}`);
  }

  // The list's sort keys: largest first, actions without the figure last.
  for (const [key, rule] of [['budget', ruleBudget], ['etp', ruleEtp]] as const) {
    const keys = sortActions(actions, key).map(rule);
    for (let i = 1; i < keys.length; i++) {
      const [before, after] = [keys[i - 1], keys[i]];
      assert.ok(after === undefined || (before !== undefined && before >= after - 1e-9), `list sorted by ${key}: ${before} before ${after}`);
    }
  }

  // The CSV export, read back from its text: each action's figures, to the cent and 0.01 ETP.
  const csv = toCsv([actionsTable(view.actions, structureById, 'fr', 'export')]);
  const csvBudgets = csvColumn(csv, 'Budget (€)');
  const csvEtp = csvColumn(csv, 'ETP total');
  actions.forEach((a, i) => {
    assert.equal(csvBudgets[i] === undefined, budgets[i] === undefined, `CSV budget given for ${a.id}`);
    if (budgets[i] !== undefined) cents(csvBudgets[i]!, budgets[i]!, `CSV budget of ${a.id}`);
    assert.equal(csvEtp[i] === undefined, etps[i] === undefined, `CSV ETP given for ${a.id}`);
    if (etps[i] !== undefined) hundredths(csvEtp[i]!, etps[i]!, `CSV ETP of ${a.id}`);
  });
  for (const line of funding.charts[0]?.segments.filter((s) => s.kind === 'funder') ?? []) {
    const column = csvColumn(csv, `Financement ${sharedMessages('fr').funderType[line.key as FunderType]} (€)`);
    cents(sum(column.map((x) => x ?? 0)), line.amount, `CSV column of ${line.key}`);
  }

  // vitrine stats over the same actions.
  const stats = feedStats(view);
  cents(stats.budgetTotal, budget, 'vitrine stats budget');
  hundredths(stats.etp, etp, 'vitrine stats ETP');
  hundredths(stats.etpSalaried, salaried, 'vitrine stats salaried ETP');
  hundredths(stats.etpVolunteer, volunteer, 'vitrine stats volunteer ETP');
}

const filterPicks = fc.record(
  {
    departement: fc.nat(200),
    keyword: fc.nat(200),
    public: fc.nat(200),
    status: fc.nat(5),
    funder: fc.nat(20),
    year: fc.nat(20),
    q: fc.nat(3),
  },
  { requiredKeys: [] },
);

test('every view agrees with the rules, on generated feeds and random filters', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 5, max: 60 }),
      fc.integer({ min: 1, max: 1_000_000 }),
      fc.array(fc.tuple(fc.nat(59), fc.constantFrom(...MUTATIONS)), { maxLength: 40 }),
      fc.array(filterPicks, { minLength: 1, maxLength: 4 }),
      (size, seed, mutations, filterSets) => {
        const feed = generate(size, seed, mutations);
        checkViews(feed, {});
        for (const picks of filterSets) checkViews(feed, filtersOf(feed, picks));
      },
    ),
    { seed: 9, numRuns: 300, verbose: 1 },
  );
});

test('the rules written here can tell a wrong figure: a volunteer role counts, a zero total does not', () => {
  const feed = generate(5, 1, []);
  const a = feed.actions[0]!;
  const probe: Action = { ...a, budget: { currency: 'EUR', total: 0, revenues: [{ label: 'CAF', funderType: 'caf', amount: 5000 }], expenses: [] }, staffing: { etpSalaried: 1, people: [{ role: 'b', kind: 'benevole', etp: 2 }] } };
  assert.equal(ruleBudget(probe), 5000);
  assert.equal(ruleEtp(probe), 3);
  checkViews({ ...feed, actions: [probe, ...feed.actions.slice(1)] }, {});
});
