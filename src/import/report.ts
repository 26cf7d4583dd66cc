/**
 * The import report: for each fiche, what was read, what the text holds but the importer
 * could not understand (with line numbers), and every assumption it made. Nothing is
 * dropped silently: a line the parsers skip ends up here.
 */
import type { Action } from '../feed/schema.js';

export type SourceFormat = 'senacs' | 'senacs-questions' | 'apriles' | 'page' | 'unknown';

export interface Note {
  /** 1-based line in the source file, when the note is about one line. */
  line?: number;
  /** Feed field the note is about, as a path (`budget.revenues`). */
  field: string;
  /** The source text (not understood) or the assumption, in French. */
  text: string;
}

export interface FicheReport {
  file: string;
  format: SourceFormat;
  /** First line of the fiche in its file. */
  line: number;
  title: string;
  actionId: string;
  structureId: string;
  /** Fields present in the output action (paths such as `budget.total`, `staffing.people`). */
  found: string[];
  /** The facts a reader looks for that the fiche did not give (or the importer could not read). */
  missing: string[];
  notUnderstood: Note[];
  assumptions: Note[];
  /** The fiche matched no known format: its action is a best effort to check by hand. */
  flagged: boolean;
}

export interface FileReport {
  file: string;
  formats: SourceFormat[];
  fiches: number;
  /** What the file was: plain text, a saved web page, Word, PDF. */
  kind?: 'text' | 'html' | 'docx' | 'pdf';
  /** The text encoding read, and how it was found ("windows-1252 (deviné par chardet, confiance 84 %)"). */
  encoding?: string;
  /** Why nothing could be imported from the file. */
  error?: string;
}

export interface ImportReport {
  files: FileReport[];
  fiches: FicheReport[];
  /** Issues from validating the produced feed (none when everything went well). */
  invalid: string[];
}

/** Collects notes while a fiche is parsed. */
export class Recorder {
  readonly notUnderstood: Note[] = [];
  readonly assumptions: Note[] = [];

  unknown(field: string, text: string, line?: number): void {
    this.notUnderstood.push(line === undefined ? { field, text } : { line, field, text });
  }

  assume(field: string, text: string, line?: number): void {
    this.assumptions.push(line === undefined ? { field, text } : { line, field, text });
  }
}

/** The facts every fiche is read for, in the order a webmaster checks them. */
const KEY_FACTS = ['status', 'structure.departement', 'keywords', 'public', 'partners', 'budget.total', 'budget.revenues', 'budget.expenses', 'staffing.etpSalaried', 'staffing.people', 'beneficiaries'] as const;

/** Key facts absent from `found`: what to add by hand, or what the text did not say. */
export function missingFields(found: readonly string[]): string[] {
  return KEY_FACTS.filter((f) => !found.includes(f));
}

/** Paths of the fields an action carries, for the report's "found" list. */
export function foundFields(action: Action, hasDepartement: boolean): string[] {
  const out: string[] = [];
  const add = (path: string, present: unknown) => {
    if (present === undefined || present === '' || (Array.isArray(present) && present.length === 0)) return;
    out.push(path);
  };
  add('title', action.title);
  add('status', action.status?.state);
  add('status.reason', action.status?.reason);
  add('year', action.year);
  add('dimension', action.dimension);
  add('keywords', action.keywords);
  add('summary', action.summary);
  add('initiative', action.initiative);
  add('rationale', action.rationale);
  add('territory', action.territory?.scale ?? action.territory?.places);
  add('public', action.public);
  add('partners', action.partners);
  add('description', action.description);
  add('budget.total', action.budget?.total);
  add('budget.revenues', action.budget?.revenues);
  add('budget.expenses', action.budget?.expenses);
  add('budget.text', action.budget?.text);
  add('staffing.etpSalaried', action.staffing?.etpSalaried);
  add('staffing.etpVolunteer', action.staffing?.etpVolunteer);
  add('staffing.people', action.staffing?.people);
  add('staffing.text', action.staffing?.text);
  add('beneficiaries', action.beneficiaries);
  add('outcomes', action.outcomes);
  add('evaluation', action.evaluation && Object.keys(action.evaluation).length ? action.evaluation : undefined);
  add('limits', action.limits);
  add('perspectives', action.perspectives);
  add('contact', action.contact);
  if (hasDepartement) out.push('structure.departement');
  return out;
}
