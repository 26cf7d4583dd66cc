/**
 * What a format parser returns for one fiche, before ids are given: the structure as
 * read, the action without id/structureId, and the notes taken while reading.
 */
import type { Action, Partner, Structure } from '../feed/schema.js';
import { Recorder, type SourceFormat } from './report.js';
import { fold, isBlankItem, stripBullet, clean, type Line } from './text.js';
import { partnerTypeOf } from './vocab.js';

export type DraftStructure = Omit<Structure, 'id'>;
export type DraftAction = Omit<Action, 'id' | 'structureId'>;

export interface Draft {
  format: SourceFormat;
  /** First line of the fiche in its file. */
  line: number;
  structure?: DraftStructure;
  action: DraftAction;
  rec: Recorder;
  flagged: boolean;
  /** Where the text says the action happens, for a fiche that names no structure. */
  placeHint?: { departement: string; commune?: string };
}

export function emptyAction(title: string): DraftAction {
  return {
    title,
    keywords: [],
    initiative: [],
    public: [],
    partners: [],
    beneficiaries: [],
    outcomes: [],
    files: [],
  };
}

export function newDraft(format: SourceFormat, line: number, title: string): Draft {
  return { format, line, action: emptyAction(title), rec: new Recorder(), flagged: false };
}

/** A section's list items ("- Caf", "• Santé"), blank items dropped. */
export function items(lines: readonly Line[] | undefined): string[] {
  return (lines ?? []).filter((l) => !isBlankItem(l.text)).map((l) => clean(stripBullet(clean(l.text))));
}

/** Partner names to typed partners, duplicates (same folded name) dropped. */
export function toPartners(names: readonly string[]): Partner[] {
  const seen = new Set<string>();
  const out: Partner[] = [];
  for (const name of names) {
    const k = fold(name);
    if (!name || seen.has(k)) continue;
    seen.add(k);
    out.push({ name, type: partnerTypeOf(name) });
  }
  return out;
}

/** Ticked form categories that stand for a kind of body, not one body ("Commune", "Fondations"). */
const CATEGORY = /^(?:communes?|canton|regroupement de communes|conseil (?:departemental|regional)|region|etat|europe|associations? (?:locales?|nationales?)|bailleurs? sociaux|bailleur social|fondations?)$/;

/**
 * Ticked categories plus names read elsewhere in the fiche. A name of the same type as a
 * ticked category, both the only ones of that type, is the body behind the tick: the two are
 * kept as one partner, "Regroupement de communes (CCHPM)", rather than counted twice.
 */
export function mergePartners(ticked: readonly string[], named: readonly string[]): Partner[] {
  const out = toPartners(ticked);
  // "Mission locale ou Pôle emploi" beside a ticked "Mission locale": the same body, written longer.
  // "le collège" in prose after "Collège Jean Zay" in the list: the list's body, named by its kind alone.
  const bare = (name: string) => fold(name).replace(/^(?:les?|la|l')\s*/, '');
  const listed = out.map((o) => bare(o.name));
  const prose = toPartners(named);
  const all = [...listed, ...prose.map((p) => bare(p.name))];
  // "les professeurs principaux du collège Paul Éluard" beside "Collège Paul Éluard": that body's staff, not another partner.
  // A body named by one word ("Département", "Ville") is a kind of partner ticked on a form: its staff are named apart.
  const staffOf = (p: string, o: string) => /\s/.test(o) && [' du ', ' de la ', " de l'", ' des ', ' de '].some((c) => p.endsWith(`${c}${o}`));
  const extra = prose.filter((p) => {
    const b = bare(p.name);
    return !listed.some((o) => o === b || o.startsWith(`${b} `) || staffOf(b, o)) && !all.some((o) => b.startsWith(`${o} `));
  });
  const rest: Partner[] = [];
  for (const p of extra) {
    const categories = out.filter((o) => o.type === p.type && CATEGORY.test(fold(o.name)));
    // "Association locale" or "Association nationale"? Two candidate ticks say nothing.
    if (categories.length === 1 && extra.filter((x) => x.type === p.type).length === 1) categories[0]!.name = `${categories[0]!.name} (${p.name})`;
    else rest.push(p);
  }
  return [...out, ...rest];
}

/**
 * Organisations a staffing section names in a partner's role ("1 référent Mission Locale"):
 * the capitalised words that end the role, kept when they name a known kind of body.
 */
export function organisationsOfPartners(people: readonly { role: string; kind: string }[]): string[] {
  const out: string[] = [];
  for (const p of people) {
    if (p.kind !== 'partenaire') continue;
    const m = /(?:^|\s)((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:de la|de l['’]|du|de|d['’])?\s*\p{Lu}[\p{L}'’-]*)*)$/u.exec(p.role);
    if (m && m.index > 0 && partnerTypeOf(m[1]!) !== 'autre') out.push(m[1]!);
  }
  return out;
}

/**
 * Cuts lines into sections. `labelOf` says whether a line opens a section (and which);
 * lines before any label are returned as `loose`.
 */
export function sections<F extends string>(
  lines: readonly Line[],
  labelOf: (line: Line) => F | 'skip' | undefined,
): { map: Map<F, Line[]>; loose: Line[]; labelLines: Map<F, number> } {
  const map = new Map<F, Line[]>();
  const labelLines = new Map<F, number>();
  const loose: Line[] = [];
  let current: F | undefined;
  for (const line of lines) {
    const label = labelOf(line);
    if (label === 'skip') {
      current = undefined;
      continue;
    }
    if (label !== undefined) {
      current = label;
      if (!map.has(label)) {
        map.set(label, []);
        labelLines.set(label, line.n);
      }
      continue;
    }
    if (current === undefined) loose.push(line);
    else map.get(current)!.push(line);
  }
  return { map, loose, labelLines };
}
