/**
 * Fiche texts → feed + report. Pure (no Node API): the CLI and the browser demo call the
 * same function. Output is deterministic: ids are slugs of titles and names, keys are
 * written in schema order, nothing depends on time unless `generated` is given.
 */
import { FEED_SCHEMA_URL, FEED_VERSION, type Action, type FeedInput, type Structure } from '../feed/schema.js';
import { formatPath } from '../feed/validate.js';
import { sharedMessages } from '../shared/messages.js';
import type { Draft, DraftAction, DraftStructure } from './draft.js';
import { isApriles, parseApriles } from './formats/apriles.js';
import { isPage, parsePage } from './formats/page.js';
import { isSenacsQuestions, parseSenacsQuestions } from './formats/senacs-questions.js';
import { isSenacs, parseSenacs } from './formats/senacs.js';
import { parseUnknown } from './formats/unknown.js';
import { applyProse } from './apply-prose.js';
import { scrubDraft, scrubReport } from './scrub.js';
import { readErrorText, type ReadFailure, type ReadSource } from './read.js';
import { foundFields, missingFields, type FicheReport, type FileReport, type ImportReport, type SourceFormat } from './report.js';
import { reflow, splitBlocks } from './segment.js';
import { hardWrapped, isDocumentHeader, tidyLayout } from './layout.js';
import { communesMissed } from './communes.js';
import { labelledFields } from './labelled.js';
import { csvToTabs, isCsv } from './csv.js';
import { clean, slugify, toLines, type Line } from './text.js';
import { fitToBounds } from './fit-bounds.js';

export interface ImportInput {
  /** File name (base name is kept in `source.file` and the report). */
  name: string;
  text: string;
  /** The document's own heading (a web page's h1, a Word title): the title of free text. */
  heading?: string;
  /** What the file was (`text`, `html`, `docx`, `pdf`) and its encoding, for the report. */
  kind?: ReadSource['kind'];
  encoding?: string;
  /** Set when the file could not be read: it is listed in the report, nothing is imported from it. */
  error?: string;
}

/** A read file (read.ts) as importer input; a failure keeps its reason. */
export function toInput(source: ReadSource | ReadFailure): ImportInput {
  if ('error' in source) return { name: source.name, text: '', error: readErrorText(source) };
  return {
    name: source.name,
    text: source.text,
    kind: source.kind,
    ...(source.heading ? { heading: source.heading } : {}),
    ...(source.encodingNote ? { encoding: source.encodingNote } : {}),
  };
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
  // A page about one action (its own headings: Partenaires, Budget, Équipe…) is read as a
  // fiche, not as a centre's page listing activities.
  // An e-mail or a newsletter ("De : …", "Objet : …", "La lettre du centre") is no centre's page, even with an address in it.
  // A dated post or article (its date alone on a line near the top) tells of one action, whatever its footer says.
  if (isPage(text)) return labelledFields(toLines(text)) >= 2 || isDocumentHeader(clean(text.split('\n', 1)[0]!)) || isDatedPost(text) ? 'unknown' : 'page';
  return 'unknown';
}

/** "jeudi 21 août 2025", "Publié le 3 mars 2025", "21/08/2025": a publication date alone on its line. */
const DATE_ALONE = /^(?:publi[ée] le\s+|mis en ligne le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4})$/i;

/** A post or an article: its date alone on a line among the first lines, under its title. */
function isDatedPost(text: string): boolean {
  return text.split('\n', 40).map(clean).filter(Boolean).slice(0, 15).some((t) => t.length <= 40 && DATE_ALONE.test(t));
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function parseBlock(format: SourceFormat, lines: readonly Line[], file: string, options: ImportOptions, heading?: string): Draft[] {
  switch (format) {
    case 'senacs':
      return parseSenacs(lines, options.keepNames ?? false);
    case 'senacs-questions':
      return parseSenacsQuestions(lines, file);
    case 'apriles':
      return parseApriles(lines);
    case 'page':
      return parsePage(lines, options.keepNames ?? false);
    default:
      return parseUnknown(lines, heading, options.keepNames ?? false);
  }
}

/** Index of the first line numbered `n` or more (lines are in order). */
function lineIndex(lines: readonly Line[], n: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.n < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Reads one file into drafts (one per fiche). The file is cut into blocks where fiches of a
 * known format start, and each block is read by its own parser.
 */
export function parseFile(input: ImportInput, options: ImportOptions = {}): Draft[] {
  const file = baseName(input.name);
  const plain = input.text.replace(/^\uFEFF/, '').normalize('NFC');
  const text = input.kind !== 'html' && input.kind !== 'docx' && input.kind !== 'pdf' && isCsv(file, plain) ? csvToTabs(plain) : plain;
  const flowed = reflow(toLines(text));
  const cut = flowed.cut;
  // Page numbers, cut words, table cells and leaders undone before any format is detected.
  // A PDF's prose is cut into the lines of its page, wherever they were full.
  const lines = tidyLayout(flowed.lines, { wrapped: input.kind === 'pdf' || hardWrapped(flowed.lines) });
  const blocks = splitBlocks(lines);
  const drafts: Draft[] = [];
  for (const block of blocks) {
    const format = block.format ?? detectFormat(block.lines.map((l) => l.text).join('\n'));
    // A document's heading titles its free text only when the file holds nothing else.
    const found = parseBlock(format, block.lines, file, options, blocks.length === 1 ? input.heading : undefined);
    for (const [i, d] of found.entries()) {
      if (format !== 'unknown') {
        // The free-text reader looks at the fiche's own lines for what its form left empty.
        const next = found[i + 1]?.line;
        applyProse(d, block.lines.slice(lineIndex(block.lines, d.line), next === undefined ? undefined : lineIndex(block.lines, next)));
      }
      drafts.push(d);
    }
  }
  if (communesMissed()) drafts[0]?.rec.unknown('structure.departement', 'liste des communes non chargée (loadCommunes) : départements non cherchés d’après les communes');
  for (const n of cut) drafts[0]?.rec.assume('?', `ligne ${n} sans retour à la ligne : recoupée aux rubriques et aux fins de phrase`, n);
  if (blocks.length > 1 && drafts[0]) drafts[0].rec.assume('?', `fichier découpé en ${blocks.length} blocs : ${blocks.map((b) => `ligne ${b.lines[0]?.n ?? 1} ${b.format ?? 'détecté'}`).join(', ')}`);
  if (!options.keepNames) for (const d of drafts) scrubDraft(d);
  return drafts;
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
    // "0 bénévole", "Salariés : 0": nobody of that kind, so no one listed (a feed's head count is a whole number from 1).
    people: a.staffing.people
      .filter((p) => p.count !== 0 || p.etp || p.hoursPerWeek)
      .map((p) => prune({ role: p.role, kind: p.kind, count: p.count && Number.isInteger(p.count) && p.count > 0 ? p.count : undefined, etp: p.etp, hoursPerWeek: p.hoursPerWeek, name: p.name })),
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
    const entry: FileReport = { file, formats: [], fiches: 0 };
    if (input.kind) entry.kind = input.kind;
    if (input.encoding) entry.encoding = input.encoding;
    report.files.push(entry);
    if (input.error !== undefined || !clean(input.text)) {
      // A file that gives nothing is named in the report, never skipped in silence.
      entry.error = input.error ?? 'fichier vide';
      continue;
    }
    let drafts: Draft[];
    try {
      drafts = parseFile(input, options);
    } catch (e) {
      // A reading rule that fails on an input never seen: this file is named with the reason, the others go on.
      entry.error = `lecture interrompue (${e instanceof Error ? e.message : String(e)}) : fichier non importé, à signaler`;
      continue;
    }
    entry.formats = [...new Set(drafts.map((d) => d.format))];
    entry.fiches = drafts.length;
    if (drafts.length === 0) entry.error = 'aucune fiche lue dans ce fichier';
    for (const d of drafts) {
      let s = d.structure;
      if (!s) {
        s = { name: `Structure non identifiée (${file})`, ...(d.placeHint ? { departement: d.placeHint.departement } : {}), ...(d.placeHint?.commune ? { commune: { name: d.placeHint.commune } } : {}) };
        d.rec.assume('structure', 'structure absente de la fiche : structure provisoire créée, à compléter');
      } else if (!s.departement && d.placeHint) {
        // "Département : Haute-Saône" on its own line, the structure's name on another.
        s.departement = d.placeHint.departement;
        if (d.placeHint.commune && !s.commune) s.commune = { name: d.placeHint.commune };
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
      const found = foundFields(action, structures.get(structureId)!.departement !== undefined);
      const fiche: FicheReport = {
        file,
        format: d.format,
        line: d.line,
        title: action.title,
        actionId: id,
        structureId,
        found,
        missing: missingFields(found),
        notUnderstood: d.rec.notUnderstood,
        assumptions: d.rec.assumptions,
        flagged: d.flagged,
      };
      report.fiches.push(fiche);
    }
  }

  const feed: FeedInput = prune({
    // Editors that read $schema check and complete the file a centre then edits by hand.
    $schema: FEED_SCHEMA_URL,
    version: FEED_VERSION,
    title: options.title,
    generated: options.generated,
    structures: [...structures.values()],
    actions,
  });
  if (!options.keepNames) scrubReport(report);
  const issues = fitToBounds(feed, report);
  const t = sharedMessages('fr');
  // The importer must produce a clean feed: any issue, even a field the validator would drop, is a failure.
  report.invalid = issues.map((i) => t.issue(formatPath(i.path), i.code, i.expected));
  return { feed, report, valid: report.invalid.length === 0 };
}
