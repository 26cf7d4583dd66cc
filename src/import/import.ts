/**
 * Fiche texts → feed + report. Pure (no Node API): the CLI and the browser demo call the
 * same function. Output is deterministic: ids are slugs of titles and names, keys are
 * written in schema order, nothing depends on time unless `generated` is given.
 */
import { FEED_VERSION, type Action, type FeedInput, type Structure } from '../feed/schema.js';
import { formatPath, validateFeed } from '../feed/validate.js';
import { sharedMessages } from '../shared/messages.js';
import type { Draft, DraftAction, DraftStructure } from './draft.js';
import { isApriles, parseApriles } from './formats/apriles.js';
import { isPage, parsePage } from './formats/page.js';
import { isSenacsQuestions, parseSenacsQuestions } from './formats/senacs-questions.js';
import { isSenacs, parseSenacs } from './formats/senacs.js';
import { parseUnknown } from './formats/unknown.js';
import { foundFields, type FicheReport, type ImportReport, type SourceFormat } from './report.js';
import { slugify, toLines } from './text.js';

export interface ImportInput {
  /** File name (base name is kept in `source.file` and the report). */
  name: string;
  text: string;
}

export interface ImportOptions {
  /** Keep people's first names in staffing (Person.name). Off by default. */
  keepNames?: boolean;
  /** Feed date (`generated`); left out by default so two runs give the same bytes. */
  generated?: string;
  title?: string;
}

export interface ImportResult {
  feed: FeedInput;
  report: ImportReport;
  /** False when the produced feed has any validation issue (it should never happen). */
  valid: boolean;
}

export function detectFormat(text: string): SourceFormat {
  if (isSenacs(text)) return 'senacs';
  if (isSenacsQuestions(text)) return 'senacs-questions';
  if (isApriles(text)) return 'apriles';
  if (isPage(text)) return 'page';
  return 'unknown';
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Reads one file into drafts (one per fiche). */
export function parseFile(input: ImportInput, options: ImportOptions = {}): Draft[] {
  const text = input.text.normalize('NFC');
  const lines = toLines(text);
  const file = baseName(input.name);
  switch (detectFormat(text)) {
    case 'senacs':
      return parseSenacs(lines, options.keepNames ?? false);
    case 'senacs-questions':
      return parseSenacsQuestions(lines, file);
    case 'apriles':
      return parseApriles(lines);
    case 'page':
      return parsePage(lines);
    default:
      return parseUnknown(lines);
  }
}

/** Drops undefined values and empty arrays so the JSON only carries what the fiche said. */
function prune<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as T;
}

function structureOut(id: string, s: DraftStructure): Structure {
  return prune({
    id,
    name: s.name,
    kind: s.kind,
    departement: s.departement,
    commune: s.commune,
    address: s.address,
    phones: s.phones,
    email: s.email,
    website: s.website,
    openingHours: s.openingHours,
    summary: s.summary,
  });
}

/** The action with keys in schema order (stable JSON). */
function actionOut(id: string, structureId: string, a: DraftAction, format: SourceFormat, file: string): Action {
  const budget = a.budget && prune({
    total: a.budget.total,
    currency: a.budget.currency,
    approximate: a.budget.approximate,
    basis: a.budget.basis,
    period: a.budget.period,
    revenues: a.budget.revenues.map((r) => prune({ label: r.label, funderType: r.funderType, amount: r.amount, approximate: r.approximate })),
    expenses: a.budget.expenses.map((e) => prune({ label: e.label, amount: e.amount, approximate: e.approximate })),
    text: a.budget.text,
  });
  const staffing = a.staffing && prune({
    etpSalaried: a.staffing.etpSalaried,
    etpVolunteer: a.staffing.etpVolunteer,
    people: a.staffing.people.map((p) => prune({ role: p.role, kind: p.kind, count: p.count, etp: p.etp, hoursPerWeek: p.hoursPerWeek, name: p.name })),
    text: a.staffing.text,
  });
  const figures = (fs: Action['beneficiaries']) => fs.map((f) => prune({ label: f.label, count: f.count, approximate: f.approximate, year: f.year }));
  return prune({
    id,
    structureId,
    title: a.title,
    status: a.status && prune({ state: a.status.state, reason: a.status.reason }),
    year: a.year,
    period: a.period,
    dimension: a.dimension,
    keywords: a.keywords,
    summary: a.summary,
    initiative: a.initiative,
    rationale: a.rationale,
    territory: a.territory && prune({ scale: a.territory.scale, places: a.territory.places }),
    public: a.public,
    partners: a.partners.map((p) => prune({ name: p.name, type: p.type })),
    description: a.description,
    budget,
    staffing,
    beneficiaries: figures(a.beneficiaries),
    outcomes: figures(a.outcomes),
    evaluation: a.evaluation,
    limits: a.limits,
    perspectives: a.perspectives,
    files: a.files,
    contact: a.contact,
    source: { format, file },
  });
}

/** Fills the gaps of a structure seen before with what a later fiche says about it. */
function mergeStructure(into: Structure, from: Structure): void {
  for (const [k, v] of Object.entries(from) as [keyof Structure, unknown][]) {
    if (into[k] === undefined && v !== undefined) (into as Record<string, unknown>)[k] = v;
  }
}

export function importFiles(inputs: readonly ImportInput[], options: ImportOptions = {}): ImportResult {
  const structures = new Map<string, Structure>();
  const actions: Action[] = [];
  const actionIds = new Set<string>();
  const report: ImportReport = { files: [], fiches: [], invalid: [] };

  for (const input of inputs) {
    const file = baseName(input.name);
    const drafts = parseFile(input, options);
    report.files.push({ file, formats: [...new Set(drafts.map((d) => d.format))], fiches: drafts.length });
    for (const d of drafts) {
      let s = d.structure;
      if (!s) {
        s = { name: `Structure non identifiée (${file})` };
        d.rec.assume('structure', 'structure absente de la fiche : structure provisoire créée, à compléter');
      }
      // The slug of the name; the département is added only when two départements share a name.
      let structureId = slugify(s.name) || 'structure';
      const homonym = structures.get(structureId);
      if (homonym && s.departement && homonym.departement && homonym.departement !== s.departement) {
        structureId = `${structureId}-${s.departement.toLowerCase()}`;
      }
      const structure = structureOut(structureId, s);
      const known = structures.get(structureId);
      if (known) mergeStructure(known, structure);
      else structures.set(structureId, structure);

      // The slug of the title; the structure's slug when two structures share a title; a number last.
      const base = slugify(d.action.title) || 'action';
      let id = base;
      if (actionIds.has(id)) id = `${base}-${structureId}`.slice(0, 100).replace(/-+$/, '');
      for (let i = 2; actionIds.has(id); i++) id = `${base}-${i}`;
      actionIds.add(id);
      const action = actionOut(id, structureId, d.action, d.format, file);
      actions.push(action);
      const fiche: FicheReport = {
        file,
        format: d.format,
        line: d.line,
        title: action.title,
        actionId: id,
        structureId,
        found: foundFields(action, structures.get(structureId)!.departement !== undefined),
        notUnderstood: d.rec.notUnderstood,
        assumptions: d.rec.assumptions,
        flagged: d.flagged,
      };
      report.fiches.push(fiche);
    }
  }

  const feed: FeedInput = prune({
    version: FEED_VERSION,
    title: options.title,
    generated: options.generated,
    structures: [...structures.values()],
    actions,
  });
  const { issues } = validateFeed(feed);
  const t = sharedMessages('fr');
  // The importer must produce a clean feed: any issue, even a field the validator would drop, is a failure.
  report.invalid = issues.map((i) => t.issue(formatPath(i.path), i.code, i.expected));
  return { feed, report, valid: report.invalid.length === 0 };
}
