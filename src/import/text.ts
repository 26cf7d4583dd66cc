/**
 * Text helpers shared by the fiche parsers. Pure string code (no Node API) so the
 * importer also runs in the browser ("Créer mon flux" demo).
 */

/** One line of a source file with its 1-based line number, for the report. */
export interface Line {
  readonly n: number;
  readonly text: string;
}

/** Lowercase, accents and typographic apostrophes removed: the form every vocabulary matches on. */
export function fold(s: string): string {
  // Plain ASCII (most lines of most fiches) needs no Unicode normalisation.
  if (!/[^\x00-\x7f]/.test(s)) return s.replace(/`/g, "'").toLowerCase();
  // Labels and list values repeat in every fiche of a file: short ones are folded once.
  if (s.length > 160) return foldUnicode(s);
  let f = FOLDED.get(s);
  if (f === undefined) {
    if (FOLDED.size >= FOLD_CACHE) FOLDED.clear();
    f = foldUnicode(s);
    FOLDED.set(s, f);
  }
  return f;
}

const FOLD_CACHE = 20_000;
const FOLDED = new Map<string, string>();

function foldUnicode(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    // "Restos du cœur", "Œuvre": the ligature is written both ways, the rules are written "oe".
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .toLowerCase();
}

/** `"Mise en place séjour au ski"` → `mise-en-place-sejour-au-ski`, at most `max` characters, cut at a word. */
export function slugify(s: string, max = 60): string {
  const slug = fold(s)
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 10 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

/** Splits a file into numbered lines; Windows and old Mac line ends are accepted. */
export function toLines(text: string, firstLine = 1): Line[] {
  return text.split(/\r\n|\r|\n/).map((t, i) => ({ n: firstLine + i, text: t }));
}

/** Whitespace collapsed (JavaScript's \s covers no-break spaces) and trimmed. */
export function clean(s: string): string {
  // Most lines are clean already: testing is cheaper than building a new string.
  return NOT_CLEAN.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

const NOT_CLEAN = /^\s|\s$|\s\s|[^\S ]/;

/** A form's empty list item (`-`, `•`) or a blank line. */
export function isBlankItem(s: string): boolean {
  return /^[\s\-•·*_]*$/.test(s);
}

/** Drops a leading list marker (`- `, `• `, `* `). */
export function stripBullet(s: string): string {
  return s.replace(/^\s*(?:[-•·*▪◦‣–]|\d+[.)])\s+/, '').replace(/^\s*-(?=\S)/, '');
}

/**
 * Joins section lines into prose: list markers left alone (they carry meaning in
 * free text), empty items dropped, paragraphs kept on their own lines.
 */
export function joinText(lines: readonly Line[]): string | undefined {
  const kept = lines.map((l) => l.text.trim()).filter((t) => !isBlankItem(t));
  const text = kept.join('\n').trim();
  return text || undefined;
}

/** Upper-case first letter, the rest untouched. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `CENTRE SOCIAL ARRAS SUD` stays as written: the source's spelling is the user's data. Trims quotes around a title. */
export function unquote(s: string): string {
  let t = s.trim();
  while (t.length > 1 && /^["«“]/.test(t) && /["»”]$/.test(t)) t = t.slice(1, -1).trim();
  return t;
}
