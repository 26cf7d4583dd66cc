/**
 * The figures of each département and région: how many actions, structures, how much budget and ETP. An action
 * counts where its structure is (the feed places structures, not actions). Pure: no DOM, no geometry.
 *
 * An action's budget and ETP are those of src/feed/figures.ts (`actionBudget`, `actionEtp`; README, "Comment Vitrine
 * compte").
 */
import { budgetFigures, clean, scratchFigures, staffingFigures, type BudgetFigures, type StaffingFigures } from '../feed/figures.js';
import type { Feed, Structure } from '../feed/schema.js';
import { knownSums } from '../feed/selection-sums.js';
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

/** Running figures of one area, one action at a time (feed order). */
class AreaSum {
  actions = 0;
  structures = 0;
  private budget = 0;
  private budgetActions = 0;
  private etp = 0;
  private etpActions = 0;

  add(budget: BudgetFigures | undefined, staffing: StaffingFigures | undefined): void {
    this.actions++;
    if (budget) ((this.budget += budget.cost), this.budgetActions++);
    if (staffing?.etpKnown) ((this.etp += staffing.etp), this.etpActions++);
  }

  result(code: string): AreaFigures {
    const { actions, structures, budgetActions, etpActions } = this;
    return { code, actions, structures, budget: clean(this.budget), budgetActions, etp: clean(this.etp), etpActions };
  }
}

function area(areas: Map<string, AreaSum>, code: string): AreaSum {
  let g = areas.get(code);
  if (!g) areas.set(code, (g = new AreaSum()));
  return g;
}

function toFigures(areas: Map<string, AreaSum>): ReadonlyMap<string, AreaFigures> {
  const codes = [...areas.keys()].sort(compareCodes);
  return new Map(codes.map((code) => [code, areas.get(code)!.result(code)]));
}

/**
 * The sums behind territoryFigures, one action at a time with its figures (figures.ts)
 * computed once: what a publication streaming a million actions past adds up.
 */
export class TerritorySum {
  private readonly departementOf = new Map<string | undefined, string | undefined>();
  private readonly departements = new Map<string, AreaSum>();
  private readonly regions = new Map<string, AreaSum>();
  private readonly total = new AreaSum();
  private unplaced = 0;

  constructor(structures: readonly Structure[]) {
    this.total.structures = structures.length;
    for (const s of structures) {
      const code = structureDepartement(s);
      this.departementOf.set(s.id, code);
      if (code === undefined) continue;
      area(this.departements, code).structures++;
      const region = regionOfDepartement(code);
      if (region) area(this.regions, region.code).structures++;
    }
  }

  /** `structureId` undefined: a structure the feed does not list (the columns number only those it lists). */
  add(structureId: string | undefined, budget: BudgetFigures | undefined, staffing: StaffingFigures | undefined): void {
    this.total.add(budget, staffing);
    const code = this.departementOf.get(structureId);
    if (code === undefined) return void this.unplaced++;
    area(this.departements, code).add(budget, staffing);
    const region = regionOfDepartement(code);
    if (region) area(this.regions, region.code).add(budget, staffing);
  }

  result(): TerritoryFigures {
    return { departements: toFigures(this.departements), regions: toFigures(this.regions), total: this.total.result(''), unplaced: this.unplaced };
  }
}

/** Figures per département and per région of a feed (or of a selection of its actions). */
export function territoryFigures(feed: Pick<Feed, 'actions' | 'structures'>): TerritoryFigures {
  const known = knownSums(feed.actions);
  const answered = known?.territory(feed.structures);
  if (answered) return answered;
  const sum = new TerritorySum(feed.structures);
  // Filled again for each action: a national feed is summed without allocating. A selection handed out by the
  // dashboard's columnar index reads the same figures back from its columns (selection-sums.ts), the whole feed's
  // from its worker; its actions stay unread (lazy-actions.ts).
  const scratch = scratchFigures();
  if (known) for (let i = 0; i < feed.actions.length; i++) sum.add(known.structureIdAt(i), known.budgetAt(i), known.staffingAt(i));
  else feed.actions.forEach((a) => sum.add(a.structureId, budgetFigures(a.budget, scratch.budget), staffingFigures(a.staffing, scratch.staffing)));
  return sum.result();
}
