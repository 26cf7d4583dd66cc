/**
 * A centre's page that presents several activities, each under its own heading ("Nos
 * activités" › "Aide aux devoirs", "Café des parents", "Sorties seniors"): one action per
 * heading, not one action mixing every activity's counts and budgets. A heading is a short line
 * on its own (no sentence punctuation, not a field label such as "Budget" or "Partenaires",
 * not a fiche's own section such as "Objectifs" or "Bilan") followed by a paragraph of prose.
 * Pages about one action also have sub-headings, so a page is cut only when it says it lists
 * activities ("Nos activités", "les ateliers du centre") or has three such sections or more.
 */
import { isLabel, labelledSections, type LabelledField } from './labelled.js';
import { clean, fold, type Line } from './text.js';
import { isDocumentHeader } from './layout.js';

export interface ActivitySection {
  title: string;
  /** The heading's line. */
  line: number;
  /** The lines under the heading, up to the next one. */
  lines: Line[];
}

/** A fiche's own sections: sub-headings of one action, never activities of their own. */
const FICHE_SECTION = /^(?:(?:rappel (?:des |du |de l')|les? |nos |l')?(?:objectifs?|realisations?|financements?(?: (?:realises?|obtenus?|prevus?|de l'action|du projet))?|moyens (?:mobilises|humains|materiels|financiers)|difficultes rencontrees|(?:le )?mot d(?:u |e la )(?:president|presidente|directeur|directrice|bureau)|vie (?:associative|statutaire)|rapport (?:financier|moral|d'orientation)|contexte|constats?|diagnostic|origine|historique|presentation|description|deroulement|fonctionnement|methode|methodologie|demarche|bilan|resultats?|impacts?|evaluation|perspectives?|suites?|limites|difficultes|points? forts?|moyens|calendrier|planning|dates?|horaires|lieux?|tarifs?|inscriptions?|contacts?|temoignages?|chiffres cles|infos? pratiques|a retenir|en bref|edito|agenda|a venir|a noter|en (?:savoir|chiffres)\b.*|pour (?:aller plus loin|en savoir plus))(?: (?:19|20)\d\d)?|et (?:apres|demain)\b.*)\s*:?$/;
/** A page that says it lists activities, in its heading or its first lines; or a sector's page ("Secteur jeunesse", "Pôle familles"), which lists that sector's. */
// "Rapport d'activité 2024 – Pôle familles": a sector's report goes through its actions one by one (a report on one
// action, "… – Lieu d'accueil enfants-parents", keeps its parts together).
const LISTS_ACTIVITIES = /\b(?:nos|les|des|ses|leurs)\s+(?:activites|actions|ateliers|projets|services|animations|propositions|rendez-vous)\b|^(?:activites|actions|ateliers|projets|programme|secteur|pole)\b|[-–—]\s*(?:secteur|pole)\s/m;

/** "Nos activités", "Secteur jeunesse": a page of the centre's own activities, said in so many words (a title opening on "Ateliers…" is not enough). */
const OWN_ACTIVITIES = /\b(?:nos|ses|leurs)\s+(?:activites|actions|ateliers|projets|services|animations)\b|^(?:secteur|pole)\b/m;

/** "Objectifs", "Bilan", "Agenda": a section of a fiche or a newsletter, never a title. */
export function isFicheSection(text: string): boolean {
  return FICHE_SECTION.test(fold(text));
}

/** "1. ", "2) ", "II. ", "B. ": a report's section number, not part of the activity's name. */
const NUMBERING = /^(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)]\s+/;

/** "■ LES MERCREDIS SPORTIFS", "▶ Permanence": a heading its author marked as one. */
const MARKER = /^[■□▪▶►◆◇●★☆➤➜]\s*/u;

function isHeading(numbered: string): boolean {
  const text = numbered.replace(MARKER, '').replace(NUMBERING, '');
  if (text.length < 3 || text.length > 70 || /[.,;:!?…]$/.test(text) || !/^\p{Lu}/u.test(text)) return false;
  if (/^[-•·*▪◦]|\d{5}|@|https?:|€/.test(text) || isLabel(text)) return false;
  return !FICHE_SECTION.test(fold(text));
}

/**
 * A rubric over a headline ("VIE SOCIALE" › "Le centre lance « X »") over a paragraph of prose;
 * or a card's title over its short lines (date, place) and its text, with no blank between.
 */
function headlineThenProse(lines: readonly Line[], i: number): boolean {
  // A card's title is never numbered: "5. Projet" over "Renouvellement" is a form's section.
  const card = !NUMBERING.test(clean(lines[i]!.text));
  const next = lines.findIndex((l, j) => j > i && clean(l.text));
  if (next === -1 || next !== i + 1) return false;
  const headline = clean(lines[next]!.text);
  return headline.length <= 120 && !/[.;:]$/.test(headline) && (nextText(lines, next).length >= 60 || (card && headline.length <= 60 && !headline.includes(':') && PROSE.test(blockAfter(lines, next))));
}

/** Sixty characters or more with a sentence in them. */
const PROSE = /^(?=.{60}).*\p{Ll}{2}[.!?]/su;

/** The lines right after index i, up to a blank line, as one text ("Salle des Hublots" + the event's text). */
function blockAfter(lines: readonly Line[], i: number): string {
  let out = '';
  for (let j = i + 1; j < lines.length && out.length < 400; j++) {
    const t = clean(lines[j]!.text);
    if (!t) break;
    out += ` ${t}`;
  }
  return out.trim();
}

/** The next non-blank line after index i, if any. */
function nextText(lines: readonly Line[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) {
    const t = clean(lines[j]!.text);
    if (t) return t;
  }
  return '';
}

/**
 * The page's activity sections, with the text above the first one (the page's intro: who the
 * centre is, where), or undefined when the page is about one thing.
 */
export function activitySections(lines: readonly Line[], heading?: string): { intro: Line[]; sections: ActivitySection[] } | undefined {
  const numbered = numberedFiches(lines);
  if (numbered) return numbered;
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = clean(lines[i]!.text);
    if (!isHeading(t)) continue;
    // A heading stands alone: a blank line (or the start) before it, a paragraph of prose after it.
    const before = i === 0 || !clean(lines[i - 1]!.text);
    if (before && (nextText(lines, i).length >= 60 || headlineThenProse(lines, i))) at.push(i);
  }
  const marked = at.filter((i) => MARKER.test(clean(lines[i]!.text))).length;
  // The page's own title is no activity.
  const first = lines.findIndex((l) => clean(l.text));
  // Nor is a line naming the document ("La lettre du Grand Pré", "Rapport d'activité 2024") wherever it stands.
  const starts = at.filter((i) => (i !== first || (heading !== undefined && fold(clean(heading)) !== fold(clean(lines[i]!.text)))) && !isDocumentHeader(clean(lines[i]!.text)));
  if (starts.length === 0) return undefined;
  const head = [heading ?? '', ...lines.slice(0, starts[0]).map((l) => l.text)].map((t) => fold(clean(t))).join('\n');
  // A page that says it holds a centre's activities and gives one ("Nos activités" › "L'épicerie
  // solidaire"): that heading names the action, not the site's name above the menu.
  // Under a document's own heading (an HTML h1, a Word title), a lone section is one of its parts.
  if (starts.length === 1 && (heading !== undefined || !OWN_ACTIVITIES.test(head))) return undefined;
  if (starts.length < 3 && !LISTS_ACTIVITIES.test(head) && marked < 2) return undefined;
  const sections = starts.map((s, k) => ({ title: clean(lines[s]!.text).replace(MARKER, '').replace(NUMBERING, ''), line: lines[s]!.n, lines: lines.slice(s + 1, starts[k + 1] ?? lines.length) }));
  return { intro: lines.slice(0, starts[0]), sections };
}

/** "Fiche action 2.1 : Les mercredis en famille", "Action n° 3 – Point d'accès aux droits": a numbered fiche's own title line. */
const NUMBERED_FICHE = /^(?:fiche[- ](?:action|projet)|action|projet)\s*(?:n\s*°\s*|no\.?\s*)?\d{1,2}(?:\.\d{1,2})?\s*[:–—-]\s*(\S.{2,80})$/iu;

/**
 * A document that holds several numbered fiches (a projet social's "Fiche action 2.1 : …",
 * "Fiche action 2.2 : …"): one section per fiche, titled by what follows its number, whatever
 * headings each fiche has inside. Undefined under two such lines.
 */
function numberedFiches(lines: readonly Line[]): { intro: Line[]; sections: ActivitySection[] } | undefined {
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i]!.text.length <= 120 && NUMBERED_FICHE.test(clean(lines[i]!.text))) at.push(i);
  if (at.length < 2) return undefined;
  const sections = at.map((s, k) => ({ title: NUMBERED_FICHE.exec(clean(lines[s]!.text))![1]!.trim(), line: lines[s]!.n, lines: lines.slice(s + 1, at[k + 1] ?? lines.length) }));
  return { intro: lines.slice(0, at[0]), sections };
}

/**
 * Fields a labelled fiche states once: a second one starts the next fiche. Money and people
 * are not among them: "Budget", "Financeurs", "Dépenses" are all budget labels of one fiche.
 */
const ONCE: ReadonlySet<LabelledField> = new Set(['title', 'status', 'structure']);

/**
 * Several fiches typed one after the other with the same labels ("Fiche 1 : …", "Porteur :",
 * "Statut :", "Budget :" … then "Fiche 2 : …", "Porteur :" …): the text is cut where a label
 * comes back, before the title line above it. Undefined when no label comes back.
 */
export function labelledFiches(lines: readonly Line[]): Line[][] | undefined {
  // "### Action 1.2 – Visites à domicile" over each fiche's labels: the numbered lines cut and title them
  // (numberedFiches); cut at a label, the title line would be taken by the fiche above.
  if (numberedFiches(lines)) return undefined;
  const sections = labelledSections(lines);
  const cuts: number[] = [];
  let seen = new Set<LabelledField>();
  let groupFields = 0;
  const owned = new Set(sections.flatMap((s) => [s.line, ...s.lines.map((l) => l.n)]));
  for (const s of sections) {
    if (ONCE.has(s.field) && seen.has(s.field)) {
      if (groupFields < 3) return undefined;
      // The fiche's title stands just above its first label, on a line no label owns.
      let at = lines.findIndex((l) => l.n === s.line);
      for (let j = at - 1; j >= 0; j--) {
        const t = clean(lines[j]!.text);
        if (!t) continue;
        if (!owned.has(lines[j]!.n)) at = j;
        break;
      }
      cuts.push(at);
      seen = new Set();
      groupFields = 0;
    }
    if (!seen.has(s.field)) groupFields++;
    seen.add(s.field);
  }
  if (!cuts.length || groupFields < 3) return undefined;
  const starts = [0, ...cuts];
  return starts.map((from, k) => lines.slice(from, starts[k + 1] ?? lines.length));
}

/** The column that names each row's action in a table of actions. */
const ACTION_COLUMN = /^(?:actions?|intitules?(?: de l'action)?|activites?|projets?|nom de l'action|titre(?: de l'action)?|libelle)$/;
/** Columns a table of actions gives beside the name: read as the labelled field they name. */
const TABLE_COLUMN = /^(?:participants?|beneficiaires?|nombre (?:de |d').+|inscrits|frequentation|equipe|encadrement|financeurs?|financements?|budget|cout|statut|etat|public|publics?|partenaires?|lieu|quartier|periode|dates?)$/;

export interface TableRow {
  title: string;
  line: number;
  /** "Column : value" lines, one per cell, all on the row's own line number. */
  lines: Line[];
}

/** A row's cells: tabs, or the " | " the layout pass writes for a table of three cells or more. */
function cellsOf(text: string): string[] {
  return (text.includes('\t') ? text.split(/\t/) : text.split(' | ')).map((c) => clean(c));
}

/** A column's unit, said in its header: "Coût total (€)", "Caf en euros", "Montant (en €)". */
const MONEY_UNIT = /\s*\((?:en )?(?:€|euros?|eur)\)|\s+en (?:€|euros)$/i;
/** A column of head counts named by one plural noun. */
const COUNT_COLUMN = /^(?:participants|inscrits|beneficiaires|usagers|personnes|familles)$/;
/** "ETP salariés", "Nb ETP", "ETP": a column of full-time equivalents. */
const ETP_COLUMN = /^(?:nb |nombre d')?e\.?t\.?p\.?\b/;

/**
 * One cell as the line a fiche would write: "Column : value". A header's unit goes to the value
 * ("Caf (€)" › "4 000" is "Caf : 4 000 €", a revenue like any "CAF : 6 700 €"), and a column of
 * full-time equivalents reads "0,5 ETP salariés", the way staffing lines say it.
 */
function cellLine(header: string, cell: string): string {
  const label = header.replace(/\s*:$/, '');
  const bare = /^\d[\d  .,]*$/.test(cell);
  if (bare && ETP_COLUMN.test(fold(label))) return `${cell} ${label}`;
  if (bare && MONEY_UNIT.test(label)) return `${label.replace(MONEY_UNIT, '')} : ${cell} €`;
  // "Inscrits" › "16": "16 inscrits", a count the way prose writes it.
  if (/^\d+$/.test(cell) && COUNT_COLUMN.test(fold(label))) return `${cell} ${label.toLowerCase()}`;
  return `${label} : ${cell}`;
}

/**
 * A table with one action per row (a spreadsheet's "Bilan des actions" pasted or exported:
 * Action | Statut | Public | Participants | Budget | Financeurs | Équipe): each row becomes a
 * fiche of "Column : value" lines, read like any labelled fiche. Undefined when the text holds
 * no such table (a header row naming the action column and two other known columns).
 */
export function actionTable(lines: readonly Line[]): { intro: Line[]; rows: TableRow[] } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const header = cellsOf(clean(lines[i]!.text));
    if (header.length < 3) continue;
    const names = header.map((h) => fold(h).replace(/\s*:$/, ''));
    const title = names.findIndex((h) => ACTION_COLUMN.test(h));
    if (title === -1 || names.filter((h, k) => k !== title && (TABLE_COLUMN.test(h) || isLabel(h))).length < 2) continue;
    const rows: TableRow[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const text = clean(lines[j]!.text);
      if (!text) continue;
      const cells = cellsOf(text);
      // A spreadsheet's export drops a row's empty cells at its end: a shorter row is still one.
      if (cells.length > header.length || cells.length < Math.min(header.length, title + 2) || !cells[title]) break;
      const n = lines[j]!.n;
      rows.push({
        title: cells[title]!,
        line: n,
        // A blank between cells: a list cell ("Public : Seniors") never runs on into the next one.
        lines: cells.flatMap((c, k) => (k === title || !c || c === '-' ? [] : [{ n, text: cellLine(header[k]!, c) }, { n, text: '' }])),
      });
    }
    if (rows.length) return { intro: lines.slice(0, i), rows };
  }
  return undefined;
}
