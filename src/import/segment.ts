/**
 * One file, many fiches, several formats: a file is cut where a fiche of a known format
 * starts (a SENACS fiche-action, a SENACS question form, an Apriles fiche), and each block
 * is read by its own parser. Text before the first fiche that is more than a page's header
 * is a block of its own (a centre's page, or free text). A fiche pasted as one long line is
 * first cut back into lines at the form's labels and at sentence ends.
 */
import { departementFromLabel } from './departements.js';
import { senacsStartAt } from './formats/senacs.js';
import type { SourceFormat } from './report.js';
import { clean, fold, type Line } from './text.js';

export interface Block {
  /** Undefined for text before the first fiche: its format is detected from its text. */
  format?: SourceFormat;
  lines: Line[];
}

/** The question form's first question asks for the diagnostic behind the action. */
const QUESTION_ANCHOR = /^quel.{0,40}\bdiagnostic\b.*\?$/;
const APRILES_ANCHOR = /^porteur\(s\) de l'action$/;
const APRILES_TYPE = /^type d'action$/;
/** Web page furniture that may stand above a fiche. */
const BOILERPLATE = /cookies?|aller au contenu|menu principal|^accueil$|rechercher|^les actions des centres sociaux$|^imprimer|^partager|^retour/i;

/** A menu copied from the browser, its items cut by tabs (or the " | " a table's cells become). */
const MENU = /^[^\t|.!?]{1,40}(?:(?:\t| \| )[^\t|.!?]{1,40}){2,}$/u;
/** A search's count of answers above a listing. */
const RESULT_COUNT = /^\d+ (?:résultats?|actions? (?:trouvées?|correspond))/iu;

function folded(lines: readonly Line[], i: number): string {
  const t = lines[i]!.text;
  // Most lines start with none of the anchors' letters: a cheap test before folding.
  return t.length < 90 && /^\s*[QqPp]/.test(t) ? fold(clean(t)) : '';
}

/** Index of the `count`-th non-blank line before `i` (not before `floor`). */
function nonBlankBefore(lines: readonly Line[], i: number, count: number, floor: number): number {
  let at = i;
  for (let seen = 0, j = i - 1; j >= floor && seen < count; j--) {
    if (clean(lines[j]!.text)) {
      seen++;
      at = j;
    }
  }
  return at;
}

interface Start {
  at: number;
  format: SourceFormat;
}

function starts(lines: readonly Line[]): Start[] {
  const out: Start[] = [];
  const floor = () => (out.length ? out[out.length - 1]!.at + 1 : 0);
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t.startsWith('Actions')) {
      const s = senacsStartAt(lines, i);
      if (s) {
        out.push({ at: i, format: 'senacs' });
        i = s.body - 1;
        continue;
      }
    }
    const f = folded(lines, i);
    if (!f) continue;
    if (QUESTION_ANCHOR.test(f)) {
      // The question form opens on "Actions", its title and "Thèmes" a few lines above.
      let at = i;
      for (let j = i - 1; j >= Math.max(floor(), i - 15); j--) {
        const g = fold(clean(lines[j]!.text));
        if (g === 'actions' || /^actions\s+"/.test(g)) {
          at = j;
          break;
        }
        if (g === 'themes') at = nonBlankBefore(lines, j, 1, floor());
      }
      if (!out.some((s) => s.at === at)) out.push({ at, format: 'senacs-questions' });
    } else if (APRILES_ANCHOR.test(f)) {
      let type = -1;
      for (let j = i - 1; j >= Math.max(floor(), i - 40); j--) if (APRILES_TYPE.test(fold(clean(lines[j]!.text)))) type = j;
      // The fiche's theme and title stand just above "Type d'action".
      const at = nonBlankBefore(lines, type === -1 ? i : type, 2, floor());
      out.push({ at, format: 'apriles' });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** True when lines are only a page's header: boilerplate, or a few short lines. */
function onlyHeader(lines: readonly Line[]): boolean {
  const kept = lines.map((l) => clean(l.text)).filter(Boolean);
  const raw = lines.map((l) => l.text.trim()).filter(Boolean);
  // A search form and a menu copied from the browser: bare words ("Mot-clé", "Département"),
  // a menu's items, "2 résultats" — no sentence among them.
  const furniture = (t: string) => BOILERPLATE.test(t) || RESULT_COUNT.test(t) || MENU.test(t) || (t.split(/\s+/).length <= 2 && !/\d/.test(t));
  return raw.every(furniture) || (kept.length <= 4 && kept.join(' ').length < 200);
}

/** Cuts a file's lines into blocks, one per fiche of a known format. */
export function splitBlocks(lines: readonly Line[]): Block[] {
  const found = starts(lines);
  if (found.length === 0) return [{ lines: [...lines] }];
  const blocks: Block[] = [];
  const prefix = lines.slice(0, found[0]!.at);
  let firstStart = found[0]!.at;
  if (onlyHeader(prefix)) firstStart = 0;
  else blocks.push({ lines: prefix });
  found.forEach((s, k) => {
    const from = k === 0 ? firstStart : s.at;
    const to = found[k + 1]?.at ?? lines.length;
    const block = lines.slice(from, to);
    // SENACS fiches of one page follow each other: one block for the run, one parser call.
    const last = blocks[blocks.length - 1];
    if (last?.format === 'senacs' && s.format === 'senacs') last.lines.push(...block);
    else blocks.push({ format: s.format, lines: block });
  });
  return blocks;
}

/** Labels and headings a fiche pasted on one line still carries: a line break goes before each. */
const INLINE_BREAKS = /(?<!-)\s+(?=-\s+(?:Statut\b|Dimension|Mots[- ]clés|Résumé|Structure organisatrice|Qui est à l.initiative|Précision|Description de l.expérience|Territoire concerné|Public|Avec qui|Partenaires d.action|Description générale|Ressources financières|Nombre de personnes|Résultat|Suite de l.action|Fichier)|(?:Actions\s+"|DESCRIPTION DE L.ACTION|RAISON D.ETRE|METHODOLOGIE|AUTO-EVALUATION|Quel(?:le)?s? [^.?]{0,40}\b(?:diagnostic|impacts?|limites)\b|Mots[- ]clés associés\b|Description générale\b|Description de l.expérience|Thèmes\b|Type d.action\b|Porteur\(s\) de l.action|Objectif\(s\) et bref|Origine\(s\)|Description détaillée|Partenaire\(s\)|Moyens\b))/gu;

/** Form labels whose answer follows on the same line once the breaks are lost (matched on their first words). */
const LABEL_END = /(?:(?:Ressources financières|Nombre de personnes)[^:\n€\d]{0,40}?\b(?:action|projet)|- Résumé|- Description générale|- Résultats? (?:sur|pour) (?:le territoire|le centre social|les habitants)|- Suite de l.action : (?:limites|perspectives)|Description de l.expérience,[^.?\n]{0,80}[.?])(?=\s)/gu;

/**
 * Today's senacs.fr page copied on one line carries its labels bare, no dash before them
 * ("Actions Repair café Statut de l'action En cours Dimension Environnement …"): each label
 * gets its own line, and so does its answer. Matched case-sensitively, as the page writes
 * them, so that "public" or "résumé" in a sentence stays where it is.
 */
const BARE_LABELS = new RegExp(`(?<=\\s|^)(?:${[
  'Statut de l.action',
  'Dimension',
  'Mots[- ]clés associés à l.action',
  'Résumé',
  'Structure organisatrice',
  'RAISON D.ETRE DE L.\\s?ACTION',
  'Public',
  'Partenaires',
  'METHODOLOGIE DE L.\\s?ACTION',
  'Description générale',
  'Ressources financières mobilisées pour cette action',
  'Nombre de personnes mobilisée?s pour cette action',
  'AUTO-EVALUATION DE L.\\s?ACTION',
  'Résultats? (?:sur le territoire|pour le centre social|pour les habitants)',
  'Suite de l.action',
  'Partager',
  'Imprimer',
].join('|')})(?=\\s|$)`, 'gu');
/** A bare one-line fiche: its status label has no dash before it. */
const BARE_FICHE = /^\s*Actions\s+\S(?:(?!\s-\s+Statut).)*\bStatut de l.action\s+\p{Lu}/u;
/** Labels whose answer is a list of capitalised items ("Environnement Économie circulaire"). */
const BARE_LIST = /^(?:Mots[- ]clés associés à l.action|Public)$/u;

/** "Actions TITLE Statut de l'action En cours …" back into the lines the page shows. */
function unflattenBare(text: string): string[] {
  const out: string[] = [];
  const parts = text.replace(/^\s*Actions\s+/u, 'Actions\n').replace(BARE_LABELS, '\n$&\n').split('\n');
  for (const part of parts) {
    const t = part.trim();
    if (!t) continue;
    // Keywords and publics are each capitalised: "Environnement Économie circulaire" is two of them.
    if (out.length && BARE_LIST.test(out[out.length - 1]!) && t.length < 120) out.push(...t.split(/\s+(?=\p{Lu})/u));
    else out.push(t);
  }
  return out;
}

/** A line this long has lost its line breaks; so has a shorter one that carries two form labels. */
const ONE_LINE = 3000;
const LABELLED_LINE = 400;

function lostBreaks(text: string): boolean {
  if (text.length > ONE_LINE) return true;
  if (text.length <= LABELLED_LINE) return false;
  INLINE_BREAKS.lastIndex = 0;
  let n = 0;
  while (INLINE_BREAKS.exec(text) && ++n < 2);
  return n >= 2;
}

/**
 * Lines that hold a whole fiche are cut at the labels they carry and then at sentence ends,
 * each new line keeping the original line number. Says how many lines were cut.
 */
export function reflow(lines: readonly Line[]): { lines: Line[]; cut: number[] } {
  if (!lines.some((l) => l.text.length > LABELLED_LINE && lostBreaks(l.text))) return { lines: [...lines], cut: [] };
  const out: Line[] = [];
  const cut: number[] = [];
  for (const l of lines) {
    if (l.text.length <= LABELLED_LINE || !lostBreaks(l.text)) {
      out.push(l);
      continue;
    }
    cut.push(l.n);
    if (BARE_FICHE.test(l.text)) {
      for (const text of unflattenBare(l.text)) out.push({ n: l.n, text });
      continue;
    }
    // A label and its answer stand on one line: "… mobilisées pour cette action Coût total : 600 €".
    const labelled = l.text.replace(LABEL_END, '$&\n');
    for (const part of labelled.split(/\n/).flatMap((x) => x.split(INLINE_BREAKS))) {
      // "- Statut de l'action - En cours - Dimension …": each form item on its own line.
      const pieces = part.length > 300 ? part.split(/(?<=[.!?])\s+(?=\p{Lu})/u) : part.split(/\s+(?=-\s)/);
      for (const p of pieces) {
        const text = p.trim();
        if (!text) continue;
        // "- NAME - Aisne": the département belongs to the structure's line.
        const previous = out[out.length - 1];
        if (previous?.n === l.n && /^-\s/.test(text) && departementFromLabel(text.slice(2)) && /^-\s+\S/.test(previous.text)) out[out.length - 1] = { n: l.n, text: `${previous.text} ${text}` };
        else out.push({ n: l.n, text });
      }
    }
  }
  return { lines: out, cut };
}
