/**
 * The figures of each département and région: how many actions, structures, how much budget and ETP. An action
 * counts where its structure is (the feed places structures, not actions). Pure: no DOM, no geometry.
 *
 * A budget or an ETP is counted by the rules of src/feed/aggregate.ts (`budgetTotals`, `staffingTotals`), per
 * action: those functions build per-funder and per-role tables the map has no use for, and would add 1.5 kB to
 * the map's chunk. test/unit/map-aggregate.test.ts checks that both give the same totals.
 */
import { actionCost, personEtp } from '../feed/aggregate.js';
import type { Action, Budget, Feed, Staffing, Structure } from '../feed/schema.js';
import { departementOfInsee } from '../geo/insee.js';
import { regionOfDepartement } from '../geo/divisions.js';

export interface AreaFigures {
  /** INSEE code of the département or région. */
  readonly code: string;
  readonly actions: number;
  /** Structures of the feed located in the area, with or without actions. */
  readonly structures: number;
  /** Sum of the actions' costs (declared total, else the detailed lines), in euros. */
  readonly budget: number;
  /** Actions that give a budget figure: when 0, `budget` means "not given", not "nothing". */
  readonly budgetActions: number;
  /** Salaried and volunteer ETP. */
  readonly etp: number;
  /** Actions that give an ETP figure. */
  readonly etpActions: number;
}

export interface TerritoryFigures {
  /** Areas with at least one action or structure, by code, in INSEE code order. */
  readonly departements: ReadonlyMap<string, AreaFigures>;
  readonly regions: ReadonlyMap<string, AreaFigures>;
  /** Every action of the feed, placed or not. */
  readonly total: AreaFigures;
  /** Actions whose structure is unknown or has neither a département nor a commune code. */
  readonly unplaced: number;
}

/** The département of a structure: the one it declares, else the one of its commune's INSEE code. */
export function structureDepartement(structure: Structure | undefined): string | undefined {
  if (!structure) return undefined;
  if (structure.departement) return structure.departement;
  const insee = structure.commune?.insee;
  return (insee && departementOfInsee(insee)) || undefined;
}

/** INSEE order: 01…19, 2A, 2B, 21…95, 971…976 (Corsica sorts where its old code 20 stood). */
export function compareCodes(a: string, b: string): number {
  const key = (c: string) => (c === '2A' ? '20.1' : c === '2B' ? '20.2' : c.length === 3 ? c : `${c}.0`);
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/** The cost of an action, `undefined` when it gives none (a lone zero total says nothing either). */
export function actionBudget(budget: Budget | undefined): number | undefined {
  const cost = actionCost(budget);
  if (cost === 0 && budget!.total !== undefined && !budget!.revenues.length && !budget!.expenses.length) return undefined;
  return cost;
}

/**
 * Salaried plus volunteer ETP of an action: for each, the declared figure or the sum of the roles, whichever is
 * larger. `undefined` when the action gives no ETP (no declared figure, no role with ETP or hours).
 */
export function actionEtp(staffing: Staffing | undefined): number | undefined {
  if (!staffing) return undefined;
  let salaried = 0;
  let volunteer = 0;
  let known = staffing.etpSalaried !== undefined || staffing.etpVolunteer !== undefined;
  for (const p of staffing.people) {
    const etp = personEtp(p);
    if (etp === undefined) continue;
    known = true;
    if (p.kind === 'salarie') salaried += etp;
    else if (p.kind === 'benevole') volunteer += etp;
  }
  return known ? Math.max(staffing.etpSalaried ?? 0, salaried) + Math.max(staffing.etpVolunteer ?? 0, volunteer) : undefined;
}

/** Float sums (0.1 + 0.2) rounded so that totals compare exactly. */
const clean = (n: number) => Math.round(n * 1e6) / 1e6;

function figures(code: string, actions: readonly Action[], structures: number): AreaFigures {
  let budget = 0;
  let budgetActions = 0;
  let etp = 0;
  let etpActions = 0;
  for (const a of actions) {
    const cost = actionBudget(a.budget);
    if (cost !== undefined) ((budget += cost), budgetActions++);
    const e = actionEtp(a.staffing);
    if (e !== undefined) ((etp += e), etpActions++);
  }
  return { code, actions: actions.length, structures, budget: clean(budget), budgetActions, etp: clean(etp), etpActions };
}

interface Group {
  actions: Action[];
  structures: number;
}

function group(groups: Map<string, Group>, code: string): Group {
  let g = groups.get(code);
  if (!g) groups.set(code, (g = { actions: [], structures: 0 }));
  return g;
}

function toFigures(groups: Map<string, Group>): ReadonlyMap<string, AreaFigures> {
  const codes = [...groups.keys()].sort(compareCodes);
  return new Map(codes.map((code) => [code, figures(code, groups.get(code)!.actions, groups.get(code)!.structures)]));
}

/** Figures per département and per région of a feed (or of a selection of its actions). */
export function territoryFigures(feed: Pick<Feed, 'actions' | 'structures'>): TerritoryFigures {
  const departementOf = new Map<string, string | undefined>();
  const departements = new Map<string, Group>();
  const regions = new Map<string, Group>();
  for (const s of feed.structures) {
    const code = structureDepartement(s);
    departementOf.set(s.id, code);
    if (code === undefined) continue;
    group(departements, code).structures++;
    const region = regionOfDepartement(code);
    if (region) group(regions, region.code).structures++;
  }
  let unplaced = 0;
  for (const a of feed.actions) {
    const code = departementOf.get(a.structureId);
    if (code === undefined) {
      unplaced++;
      continue;
    }
    group(departements, code).actions.push(a);
    const region = regionOfDepartement(code);
    if (region) group(regions, region.code).actions.push(a);
  }
  return {
    departements: toFigures(departements),
    regions: toFigures(regions),
    total: figures('', feed.actions, feed.structures.length),
    unplaced,
  };
}
