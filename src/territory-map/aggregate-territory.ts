/**
 * The figures of each département and région: how many actions, structures, how much budget and ETP. An action
 * counts where its structure is (the feed places structures, not actions). Pure: no DOM, no geometry.
 *
 * An action's budget and ETP are those of src/feed/figures.ts (`actionBudget`, `actionEtp`; README, "Comment Vitrine
 * compte").
 */
import { budgetFigures, clean, scratchFigures, staffingFigures } from '../feed/figures.js';
import type { Action, Feed, Structure } from '../feed/schema.js';
import { departementOfInsee } from '../geo/insee.js';
import { regionOfDepartement } from '../geo/divisions.js';

export interface AreaFigures {
  /** INSEE code of the département or région. */
  readonly code: string;
  readonly actions: number;
  /** Structures of the feed located in the area, with or without actions. */
  readonly structures: number;
  /** Sum of the actions' budgets (figures.ts `actionBudget`), in euros. */
  readonly budget: number;
  /** Actions that give a budget figure: when 0, `budget` means "not given", not "nothing". */
  readonly budgetActions: number;
  /** Sum of the actions' total ETP (figures.ts `actionEtp`: every kind of people). */
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

/** Filled again for each action: a national feed is summed three times (département, région, total) without allocating. */
const scratch = scratchFigures();

function figures(code: string, actions: readonly Action[], structures: number): AreaFigures {
  let budget = 0;
  let budgetActions = 0;
  let etp = 0;
  let etpActions = 0;
  for (const a of actions) {
    const cost = budgetFigures(a.budget, scratch.budget)?.cost;
    if (cost !== undefined) ((budget += cost), budgetActions++);
    const staffing = staffingFigures(a.staffing, scratch.staffing);
    if (staffing?.etpKnown) ((etp += staffing.etp), etpActions++);
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
