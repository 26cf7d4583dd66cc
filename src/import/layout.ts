/**
 * What the way a document was made leaves in its text, undone before any parser reads it:
 * a PDF's page numbers and the running header repeated beside them, words cut at the end of
 * a PDF line ("accompa-" / "gnement"), a Word table flattened to cells separated by tabs
 * ("CAF de l'Aisne⇥2 500 €"), dotted leaders of a printed table ("CAF ........ 6 800 €"),
 * Markdown headings and bold labels ("## Financement", "**Porteur :** …") and emoji. Each line
 * keeps its number, so the report still points at the file's own lines.
 */
import { headCountRow } from './figures.js';
import { fold, type Line } from './text.js';

/** "Page 7 / 22", "Page 3", "- 4 -", "7/22": a PDF page's number on its own line. */
const PAGE_NUMBER = /^\s*(?:page\s+\d{1,4}(?:\s*(?:\/|sur)\s*\d{1,4})?|[-–]\s*\d{1,4}\s*[-–]|\d{1,4}\s*\/\s*\d{1,4})\s*$/i;
/**
 * A table's header cell that names a column, not a value ("Montant", "Montant en €"); and what a
 * partners' table says of each ("Partenaires⇥Rôle", "Partenaire⇥Apport"): its rows are the partners.
 */
const COLUMN_HEADER = /^(?:montants?(?: en (?:€|euros))?(?: \(€\))?|€|euros|financeurs?|postes?|nature|libelle|intitule|fonction|temps de travail|%|part|roles?|r[oô]le (?:dans l'action|joue)|missions?|apports?|contributions?|type de (?:partenariat|soutien)|modalites? du partenariat|commentaires?|observations?)$/;
/** Leaders between a label and its amount (never an ellipsis ending a sentence). */
const DOTTED_LEADER = /(?<=\S)\s*(?:\.{4,}|…{2,}|_{3,}|(?:\. ){3,})\s*(?=\d)/g;
const MARKDOWN = /^\s*#{1,6}\s+|\*\*|__/g;
/** Words no sentence ends on: a line ending on one goes on on the next. */
const CONNECTORS = new Set(['et', 'ou', 'le', 'la', 'les', 'de', 'du', 'des', 'à', 'au', 'aux', 'en', 'avec', 'pour', 'par', 'un', 'une', 'sur', 'dans', 'que', 'qui', 'dont']);

/** "… en lien avec les écoles et le": the last word is a connector after a word (not a line of its own). */
function endsOnConnector(text: string): boolean {
  const space = text.lastIndexOf(' ');
  if (space < 2 || space > text.length - 2 || space < text.length - 5) return false;
  return CONNECTORS.has(text.slice(space + 1)) && /[\p{L},]/u.test(text[space - 1]!);
}
const SPACED_CELLS = /^\s*\S.{0,50}?\S {3,}\S/;
const MAY_NEED_TIDYING = /[#*…_☐☑☒□■✓✔\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\ud83c-\ud83e\uf000-\uf0ff]/;
/**
 * Word's bullets in the Symbol and Wingdings fonts come out of a copy as private-use
 * characters (U+F0A7, U+F0B7, U+F0D8…): each starts a new item, so it ends the sentence before it.
 */
const SYMBOL_BULLET = /\s*[\uf000-\uf0ff]+\s*/g;
/** Where emoji live (symbols, dingbats, the astral planes): a plain class, far cheaper than a Unicode one. */
const MAY_BE_EMOJI = /[\u2190-\u21ff\u2300-\u27bf\u2b00-\u2bff\ud83c-\ud83e]/;
const EMOJI = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}]/gu;

/** A form's tick boxes: "[X]", "[ ]", "☑", "☐"… */
const BOX = /\[\s*[xX✓✔]?\s*\]|[☐☑☒□■✓✔]/gu;
const TICKED = /^(?:\[\s*[xX✓✔]\s*\]|[☑☒■✓✔])$/u;

const OTHER_BOX = /^autres?\s*(?:\([^()]*\))?\s*(?::\s*|$)/iu;

/** "Statut : [ ] En projet [X] En cours": the label and the ticked answers only ("Statut : En cours"). */
function tickedOnly(text: string): string | undefined {
  const boxes = [...text.matchAll(BOX)];
  if (boxes.length < 2) return undefined;
  const label = text.slice(0, boxes[0]!.index).trim().replace(/\s*:?$/, '');
  // "☒ Autre (préciser) : association X": what the box stands for is what is written after it; "Autre" alone says nothing.
  const ticked = boxes.flatMap((b, i) => (TICKED.test(b[0]) ? [text.slice(b.index + b[0].length, boxes[i + 1]?.index ?? text.length).trim().replace(OTHER_BOX, '')] : [])).filter(Boolean);
  return `${label}${label ? ' : ' : ''}${ticked.join(', ')}`;
}

/** "| Financeur | Montant |": a Markdown table's row; "|---|--:|" the rule under its header. */
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?(?:\s*:?-+:?\s*\|)+(?:\s*:?-+:?\s*)?\|?\s*$/;

/** "Lire aussi : …", "Voir aussi …": a link to another article, one line. */
const SEE_ALSO = /^\s*(?:[àa] )?(?:lire|voir) aussi\b/i;
/** "Les plus lus", "Sur le même sujet": a news site's list of other articles, up to a blank line. */
const OTHER_ARTICLES = /^\s*(?:les (?:plus lus|plus partag[ée]s|derni[èe]res (?:actualit[ée]s|infos))|sur le m[êe]me (?:sujet|th[èe]me)|dans la m[êe]me rubrique|articles? (?:li[ée]s|similaires|associ[ée]s)|[àa] lire [ée]galement|nos autres articles)\s*:?\s*$/i;

/**
 * A news page copied whole keeps links to other articles ("Lire aussi : Fête du quartier, 600
 * visiteurs", "Les plus lus" and its list): they tell of other things, and go.
 */
function otherArticles(lines: readonly Line[]): Line[] {
  if (!lines.some((l) => SEE_ALSO.test(l.text) || OTHER_ARTICLES.test(l.text))) return lines as Line[];
  const out: Line[] = [];
  let list = false;
  for (const l of lines) {
    if (OTHER_ARTICLES.test(l.text)) list = true;
    else if (!l.text.trim()) list = false;
    if (!list && !SEE_ALSO.test(l.text)) out.push(l);
  }
  return out;
}

/** "Le 10 janv. 2025 à 16:02, service enfance a écrit :", "On Mon, … wrote:": a mail client's line over the message answered. */
const WROTE = /(?:a [ée]crit|wrote)\s*:\s*$/i;

/**
 * An e-mail answer keeps the message it answers, each line after "> ": that message is the
 * other side's (a funder's question, a colleague's note), not the fiche. It goes, with the line
 * that introduces it.
 */
function quotedReply(lines: readonly Line[]): Line[] {
  if (!lines.some((l) => l.text.startsWith('>'))) return lines as Line[];
  // A Markdown export's "> " is a quotation of the text itself: only a mail's "a écrit :" says the lines are another message.
  if (!lines.some((l, i) => WROTE.test(l.text) && /^>/.test(lines[i + 1]?.text ?? ''))) return lines as Line[];
  return lines.filter((l, i) => !/^>/.test(l.text) && !(WROTE.test(l.text) && /^>/.test(lines[i + 1]?.text ?? '')));
}

/**
 * "Coût total          62 000 €": a table copied with spaces for its columns has tabs between its
 * cells, as a Word table copied does, before any pass reads its columns (a budget's two sides,
 * years side by side).
 */
function spacedCells(lines: readonly Line[]): Line[] {
  // A running header spaced out to its page number ("Bilan 2024        3", two cells) is the page margins' to find first.
  const spaced = (l: Line) => isSpaced(l.text) && !(PAGE_TAIL.test(l.text) && l.text.trim().split(/ {3,}/).length === 2);
  if (!lines.some(spaced)) return lines as Line[];
  return lines.map((l) => (spaced(l) ? { n: l.n, text: spacedToTabs(l.text) } : l));
}

const isSpaced = (text: string) => text.includes('   ') && !text.includes('\t') && SPACED_CELLS.test(text);
// A row indented by many spaces starts on an empty cell (a table's right-hand side only).
const spacedToTabs = (text: string) => (/^ {12,}\S/.test(text) ? '\t' : '') + text.trim().replace(/ {3,}/g, '\t');

/** A Markdown table's rows are rows of cells, as a Word table's tabs are; its rule goes. */
function pipeRows(lines: readonly Line[]): Line[] {
  if (!lines.some((l) => l.text.includes('|'))) return lines as Line[];
  const bare = bareRows(lines);
  if (!bare.size && !lines.some((l) => l.text.includes('|') && PIPE_ROW.test(l.text))) return lines as Line[];
  return lines.flatMap((l, i) => {
    if (bare.has(i)) return [{ n: l.n, text: l.text.split(' | ').map((c) => c.trim()).join('\t') }];
    if (!l.text.includes('|') || !PIPE_ROW.test(l.text)) return [l];
    if (PIPE_RULE.test(l.text)) return [];
    return [{ n: l.n, text: l.text.trim().slice(1, -1).split('|').map((c) => c.trim()).join('\t') }];
  });
}

/**
 * "Financeur | Montant" / "Carsat | 9 000 €": a Word or spreadsheet table exported with bars
 * between its cells but none at the ends. Two lines at least, the same number of cells, one
 * figure among them — a menu or a breadcrumb ("Accueil | Contact") stands alone and holds none.
 */
function bareRows(lines: readonly Line[]): Set<number> {
  const width = (t: string) => (t.includes(' | ') && !PIPE_ROW.test(t) ? t.split(' | ').length : 0);
  const rows = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    const w = width(lines[i]!.text);
    let j = i + 1;
    while (w && j < lines.length && width(lines[j]!.text) === w) j++;
    if (w && j - i >= 2 && lines.slice(i, j).some((l) => /\d/.test(l.text))) for (let k = i; k < j; k++) rows.add(k);
    i = j;
  }
  return rows;
}

/**
 * A Markdown export's front matter ("---", "statut: en cours", "commune: Albi", "---"): its fields
 * become labelled lines ("Statut : en cours"); its title goes first, unless a heading of the
 * text follows, which says the same.
 */
function frontMatter(lines: readonly Line[]): Line[] {
  if (lines[0]?.text.trim() !== '---') return lines as Line[];
  const end = lines.findIndex((l, i) => i > 0 && l.text.trim() === '---');
  // "tags:" then "  - Famille": a field's list, one item a line.
  if (end === -1 || end > 40 || !lines.slice(1, end).every((l) => !l.text.trim() || /^[\w-]{2,30}\s*:/.test(l.text) || /^\s+-\s+\S/.test(l.text))) return lines as Line[];
  const fields: { n: number; key: string; values: string[] }[] = [];
  for (const l of lines.slice(1, end)) {
    const item = /^\s+-\s+(.*)$/.exec(l.text);
    if (item) {
      fields[fields.length - 1]?.values.push(unquoted(item[1]!));
      continue;
    }
    const m = /^([\w-]{2,30})\s*:\s*(.*)$/.exec(l.text.trim());
    if (!m) continue;
    // "tags: [Famille, Jeux]": a list on one line.
    const value = m[2]!.trim();
    const values = /^\[.*\]$/.test(value) ? value.slice(1, -1).split(',').map(unquoted) : value ? [unquoted(value)] : [];
    fields.push({ n: l.n, key: m[1]!, values });
  }
  const titled = fields.find((f) => /^(?:title|titre)$/i.test(f.key) && f.values.length);
  const title = titled ? [{ n: titled.n, text: titled.values.join(' ') }] : [];
  const labelled = fields.filter((f) => f !== titled && f.values.some(Boolean)).map((f) => ({ n: f.n, text: `${f.key.charAt(0).toUpperCase()}${f.key.slice(1).replace(/[_-]/g, ' ')} : ${f.values.filter(Boolean).join(', ')}` }));
  const rest = lines.slice(end + 1);
  const first = rest.findIndex((l) => l.text.trim());
  const heading = first !== -1 && rest[first]!.text.trim().startsWith('#');
  return heading ? [...rest.slice(0, first + 1), ...labelled, ...rest.slice(first + 1)] : [...title, ...labelled, ...rest];
}

const unquoted = (s: string) => s.trim().replace(/^(["'])(.*)\1$/, '$2').trim();

const TEAM_HEADING = /^(?:moyens humains|equipe|encadrement|ressources humaines|personnel)\b/;
const TEAM_KIND = /^(?:salarie|benevol|professionnel|intervenant|permanent)/;

/** A line whose text says nothing once cells and marks are undone. */
function tidyLine(text: string): string {
  // Most lines hold none of these marks: one scan says so.
  if (!text.includes('\t') && !text.includes('..') && !text.includes('   ') && !MAY_NEED_TIDYING.test(text) && !text.includes('[')) return text;
  const boxes = tickedOnly(text);
  if (boxes !== undefined) return boxes;
  let t = text;
  // A spaced row left for the page margins to look at ("Participants     36"): its cells now.
  if (isSpaced(t)) t = spacedToTabs(t);
  if (t.includes('\t')) {
    const cells = t.split(/\t+/).map((c) => c.trim()).filter(Boolean);
    // "Dépenses⇥Montant": the header row of a two-column table says which side the rows are.
    const values = cells.filter((c, i) => i === 0 || !COLUMN_HEADER.test(fold(c)));
    // A wider table keeps every cell: its header row must line up with the rows below it.
    // "Participants différents⇥36": a head count reads as the prose says it ("36 participants").
    // "Moyens humains⇥Salariés⇥Une animatrice (0,2 ETP)": a merged heading cell, then a kind and its people.
    if (values.length === 3 && TEAM_HEADING.test(fold(values[0]!)) && TEAM_KIND.test(fold(values[1]!))) return `${values[0]} : ${values[1]} : ${values[2]}`;
    // "3.2⇥Ateliers socio-linguistiques": a report's numbered heading, its number spaced off.
    if (values.length === 2 && /^\d{1,2}(?:\.\d{1,2}){0,2}\.?$/.test(values[0]!) && /^\p{Lu}/u.test(values[1]!)) return `${values[0]} ${values[1]}`;
    t = values.length === 2 ? headCountRow(values[0]!, values[1]!) ?? `${values[0]!.replace(/\s*:$/, '')} : ${values[1]}` : (values.length > 2 ? cells : values).join(' | ');
  }
  if (t.includes('..') || t.includes('…') || t.includes('___')) t = t.replace(DOTTED_LEADER, ' : ');
  if (t.includes('#') || t.includes('*') || t.includes('__')) t = t.replace(MARKDOWN, '');
  if (MAY_BE_EMOJI.test(t)) t = t.replace(EMOJI, '').replace(/\s{2,}/g, ' ');
  if (/[\uf000-\uf0ff]/.test(t)) t = t.replace(/^\s*[\uf000-\uf0ff]+\s*/, '- ').replace(SYMBOL_BULLET, (_m, at: number) => (/[.!?:;]$/.test(t.slice(0, at)) ? ' ' : '. '));
  return t;
}

/**
 * Columns of a table that sets what was planned beside what was done: the done one is read. A funding
 * table's "Sollicité | Obtenu" is the same pair: the sum asked beside the sum granted.
 */
const PLANNED = /^(?:pr[ée]vu|pr[ée]visionnel(?:le)?|budget pr[ée]visionnel|objectifs?|attendus?|sollicit[ée]e?s?|demand[ée]e?s?|montant (?:sollicit|demand)[ée]e?s?)$/i;
const DONE = /^(?:r[ée]alis[ée]e?s?|r[ée]el(?:le)?s?|r[ée]sultats?|atteints?|bilan|budget r[ée]alis[ée]|obtenue?s?|accord[ée]e?s?|vers[ée]e?s?|montant (?:obtenu|accord[ée])e?s?)$/i;

function cellsOf(text: string): string[] | undefined {
  const cells = text.includes('\t') ? text.split(/\t+/) : text.includes(' | ') ? text.split(' | ') : undefined;
  return cells?.map((c) => c.trim()).filter(Boolean);
}

/**
 * "Budget⇥Prévu⇥Réalisé" then "CAF⇥9 000 €⇥9 000 €": each row keeps its label and the done
 * column ("CAF : 9 000 €"), so a plan and its outcome are not read as two amounts.
 */
function doneColumns(lines: readonly Line[]): Line[] {
  if (!lines.some((l) => (l.text.includes('\t') || l.text.includes(' | ')) && /r[ée]alis|r[ée]el|obten|accord|vers[ée]/i.test(l.text))) return lines as Line[];
  const out: Line[] = [];
  let table: { width: number; done: number } | undefined;
  for (const l of lines) {
    const cells = cellsOf(l.text);
    const done = cells ? cells.findIndex((c) => DONE.test(c)) : -1;
    if (cells && done > 0 && cells.some((c) => PLANNED.test(c))) {
      table = { width: cells.length, done };
      out.push({ n: l.n, text: cells[0]! });
    // "Participants nouveaux | 40 | 52": a head count reads as the prose says it ("52 participants"), as in any other table.
    } else if (table && cells && cells.length === table.width) out.push({ n: l.n, text: headCountRow(cells[0]!, cells[table.done]!) ?? `${cells[0]} : ${cells[table.done]}` });
    else {
      if (!l.text.trim() || (table && !cells)) table = undefined;
      out.push(l);
    }
  }
  return out;
}

const PLANNED_LINE = /^\s*(?:pr[ée]vus?|pr[ée]visionnel|objectifs?|attendus?)\s*:/i;
const DONE_LINE = /^\s*(?:r[ée]alis[ée]e?s?|r[ée]el(?:le)?s?|atteints?)\s*:/i;

/**
 * "Prévu : 2 séances, 20 participantes" then "Réalisé : …, 26 participantes": the plan's line goes,
 * as the plan's column of a table does (doneColumns), so its figures are not read beside the outcome.
 */
function doneLines(lines: readonly Line[]): Line[] {
  if (!lines.some((l) => DONE_LINE.test(l.text))) return lines as Line[];
  return lines.filter((l, i) => !PLANNED_LINE.test(l.text) || !lines.slice(i + 1, i + 3).some((n) => DONE_LINE.test(n.text)));
}

/** "60 – Achats", "74 - Subventions d'exploitation": an account number of the associations' chart, not an amount. */
const ACCOUNT_CODE = /^\d{2,3}\s*[-–—]\s*/;

/** A header cell over a budget's expenses ("Charges", "Dépenses", "Poste de dépense", "Nature des charges"). */
const EXPENSES_HEAD = /^(?:(?:postes?|nature|detail)(?: des?| de la)? )?(?:charges|depenses?)\b/;
/** A header cell over its revenues ("Produits", "Recettes", "Financement", "Financeurs", "Ressources"). */
const REVENUES_HEAD = /^(?:(?:postes?|nature|origine|detail|plan)(?: des?| du)? )?(?:produits|recettes|ressources|financements?|financeurs?)\b/;

export interface BudgetSides {
  /** What each side is called in the budget reader's words ("Charges" / "Produits", "Dépenses" / "Recettes"). */
  sides: [string, string];
  /** The columns of the expenses' label and amount, then of the revenues' label and amount (paired: of each side's cells). */
  at: number[];
  /** One cell a side, "Animation : 2 100 €" in it (a Word table with merged cells, flattened). */
  paired?: boolean;
}

/**
 * "Budget prévisionnel⇥Dépenses⇥Recettes" then "⇥Animation : 2 100 €⇥CAF : 1 500 €": a budget whose
 * two sides are one column each, every cell a label and its amount.
 */
export function pairedSides(cells: readonly string[]): BudgetSides | undefined {
  const at = cells.flatMap((c, i) => (c.trim() ? [i] : []));
  if (at.length < 2 || at.length > 3) return undefined;
  const [e, r] = at.slice(-2).map((i) => fold(cells[i]!.trim()));
  if (!EXPENSES_HEAD.test(e!) || !/^(?:recettes|produits|ressources|financements?)$/.test(r!) || !/^(?:charges|depenses)$/.test(e!)) return undefined;
  return { sides: [e!.startsWith('charges') ? 'Charges' : 'Dépenses', r!.startsWith('produits') ? 'Produits' : 'Recettes'], at: at.slice(-2), paired: true };
}

/**
 * The header row of a budget side by side (its four named cells, empty ones between them
 * allowed): where each side's label and amount stand. Undefined for any other row. Web pages'
 * and Word's tables (html.ts) and text tables (below) are told by this one rule.
 */
export function budgetSides(cells: readonly string[]): BudgetSides | undefined {
  const at = cells.flatMap((c, i) => (c.trim() ? [i] : []));
  if (at.length !== 4) return undefined;
  const named = at.map((i) => fold(cells[i]!.trim()));
  if (!EXPENSES_HEAD.test(named[0]!) || !REVENUES_HEAD.test(named[2]!)) return undefined;
  return { sides: [named[0]!.includes('charges') ? 'Charges' : 'Dépenses', named[2]!.startsWith('produits') ? 'Produits' : 'Recettes'], at };
}

/**
 * A budget with charges and products side by side, as the Cerfa 12156 form and many Word
 * templates print it ("CHARGES⇥Montant⇥PRODUITS⇥Montant", then "60 – Achats⇥1 500⇥État : DREETS⇥3 000"):
 * each row becomes two lines on its own line number, "Charges : Achats : 1 500" and "Produits :
 * État : DREETS : 3 000", so each amount keeps its side. The header's four named cells say
 * where each column stands, so an empty column between the sides (a spreadsheet's spacer)
 * moves nothing; a side without an amount writes nothing.
 */
function sideBySide(lines: readonly Line[]): Line[] {
  if (!lines.some((l) => l.text.includes('\t') && /charges|d[ée]penses?/i.test(l.text))) return lines as Line[];
  const out: Line[] = [];
  let table: BudgetSides | undefined;
  for (const l of lines) {
    // "            Maubeuge Val de Sambre": a cell's second line, alone far right.
    const cells = l.text.includes('\t') ? l.text.split('\t').map((c) => c.trim()) : table && /^ {12,}\S/.test(l.text) ? ['', l.text.trim()] : undefined;
    const header = cells && (budgetSides(cells) ?? pairedSides(cells));
    if (header) {
      table = header;
      // "Budget prévisionnel⇥Dépenses⇥Recettes": the row's own heading stays, the budget's label.
      if (header.paired && cells[0] && !header.at.includes(0)) out.push({ n: l.n, text: cells[0] });
      continue;
    }
    if (!table || !cells) {
      table = undefined;
      out.push(l);
      continue;
    }
    const { sides, at: columns } = table;
    // "Résultats 2024⇥14 aidants": a row with its own heading in the first column is past the merged budget cells.
    if (table.paired && cells[0]) {
      table = undefined;
      out.push(l);
      continue;
    }
    // A row indented past the charges' columns holds only products: "⇥Fonds propres⇥3 000 €";
    // one with no amount goes on naming the product above ("⇥Maubeuge Val de Sambre").
    const filled = cells.filter(Boolean);
    if (!table.paired && cells[0] === '' && filled.length <= 2) {
      const previous = out[out.length - 1];
      if (filled.length === 2 && /\d/.test(filled[1]!)) out.push({ n: l.n, text: `${sides[1]} : ${filled[0]} : ${filled[1]}` });
      else if (filled.length === 1 && !/\d/.test(filled[0]!) && previous?.text.startsWith(`${sides[1]} : `)) out[out.length - 1] = { n: previous.n, text: previous.text.replace(/ : ([^:]*)$/, ` ${filled[0]} : $1`) };
      else out.push({ n: l.n, text: filled.join(' ') });
      continue;
    }
    if (table.paired) {
      // Each cell holds its own "label : amount" under its side's head.
      for (const [k, side] of sides.entries()) if (/\d/.test(cells[columns[k]!] ?? '')) out.push({ n: l.n, text: `${side} : ${cells[columns[k]!]!.replace(ACCOUNT_CODE, '')}` });
      continue;
    }
    for (const [k, side] of sides.entries()) {
      const label = (cells[columns[2 * k]!] ?? '').replace(ACCOUNT_CODE, '');
      const amount = cells[columns[2 * k + 1]!] ?? '';
      if (/\d/.test(amount)) out.push({ n: l.n, text: `${side} : ${label} : ${amount}` });
    }
  }
  return out;
}

const PAGE_OF = /\s{3,}page\s+\d{1,4}\s*(?:\/|sur)\s*\d{1,4}\s*$/i;
/** "Bilan 2024        3", "14 rue X – 42000 Town      Page 2 / 5": a page's number at the end of its header or footer line. */
const PAGE_TAIL = /\s{2,}(?:page\s+)?\d{1,4}(?:\s*(?:\/|sur)\s*\d{1,4})?\s*$/i;

/**
 * A PDF's running header and footer printed on the same line as the page number: the lines
 * that come back on two pages or more once their number is taken off. Undefined when none.
 */
function pageMargins(lines: readonly Line[]): Set<number> | undefined {
  if (!lines.some((l) => l.text.includes('  '))) return undefined;
  const byText = new Map<string, number[]>();
  const explicit: number[] = [];
  for (const l of lines) {
    // A page number ends the line: a look at its last character spares the pattern on every other line.
    const last = l.text.charCodeAt(l.text.length - 1);
    if (!(last >= 48 && last <= 57) || !PAGE_TAIL.test(l.text)) continue;
    const key = l.text.replace(PAGE_TAIL, '').trim();
    if (key.length < 8) continue;
    byText.set(key, [...(byText.get(key) ?? []), l.n]);
    // "Centre social X          Page 3/8": a page of several, named so, is a margin even when its text comes back changed.
    if (PAGE_OF.test(l.text)) explicit.push(l.n);
  }
  const out = new Set<number>(explicit);
  for (const ns of byText.values()) if (ns.length >= 2) for (const n of ns) out.add(n);
  // The last page's footer stays when nothing follows it: it often holds the centre's name and address.
  let end = lines.length - 1;
  while (end > 0 && !lines[end]!.text.trim()) end--;
  if (lines[end]) out.delete(lines[end]!.n);
  return out.size ? out : undefined;
}

/** A staffing table's column of full-time equivalents ("ETP", "Nb ETP", "Équivalent temps plein"). */
const ETP_COLUMN = /^(?:(?:nb|nombre)\s+(?:d')?)?(?:etp|e\.t\.p\.?|equivalents? temps plein)(?:\s*\(.*\))?$/;

/** Columns only a table of actions has. */
const ACTIONS_HEADER = /^(?:publics?|partenaires?|budget|co[uû]t\b.*|financeurs?|participants?|inscrits|beneficiaires)$/;

/**
 * "Poste | Quotité | ETP" then "Animatrice familles | 21 h par semaine | 0,6": each row is one
 * post with its time ("Animatrice familles : 0,6 ETP"), the form the staffing reader knows; the
 * total row goes (it repeats the posts).
 */
const ETP_HEADER_PAIR = /^\s*(?:fonctions?|postes?|r[ôo]les?|qui|personnel|intervenants?|salari[ée]s?)\s*:\s*(?:E\.?T\.?P\.?|temps de travail \(?en ETP\)?|quotit[ée]s? \(?en ETP\)?)\s*$/iu;

function etpColumns(lines: readonly Line[]): Line[] {
  // Most files hold no table: the cheap tests first.
  if (!lines.some((l) => ((l.text.includes('\t') || l.text.includes(' | ')) && /\bE\.?T\.?P\b/i.test(l.text)) || (l.text.includes(':') && ETP_HEADER_PAIR.test(l.text)))) return lines as Line[];
  const out: Line[] = [];
  let table: { width: number; etp: number } | undefined;
  // "Fonction : ETP" then "Conseillère en insertion : 0,8": a two-column table a web or Word page wrote as label and value.
  let colon = false;
  for (const l of lines) {
    if (ETP_HEADER_PAIR.test(l.text)) {
      colon = true;
      continue;
    }
    const row = colon ? /^\s*([^:]{2,60}?)\s*:\s*(\d+(?:[,.]\d+)?)\s*$/.exec(l.text) : null;
    if (row) {
      if (!/^total/i.test(row[1]!)) out.push({ n: l.n, text: `${row[1]} : ${row[2]} ETP` });
      continue;
    }
    colon = false;
    const cells = cellsOf(l.text);
    // A table of actions has an ETP column too, beside its public, budget and partners: not one of posts.
    const etp = cells && cells.length >= 2 && !cells.some((c) => ACTIONS_HEADER.test(fold(c))) ? cells.findIndex((c) => ETP_COLUMN.test(fold(c))) : -1;
    if (cells && etp > 0) {
      table = { width: cells.length, etp };
      continue;
    }
    if (table && cells && cells.length === table.width && /^\d+(?:[,.]\d+)?$/.test(cells[table.etp]!)) {
      if (!/^total/i.test(cells[0]!)) out.push({ n: l.n, text: `${cells[0]} : ${cells[table.etp]} ETP` });
      continue;
    }
    if (!cells) table = undefined;
    out.push(l);
  }
  return out;
}

/** A staffing table's first column ("Qui", "Poste", "Fonction") and its column of head counts ("Nombre", "Nb"). */
const ROLE_COLUMN = /^(?:qui|postes?|fonctions?|intervenants?|r[ôo]les?|personnel|[ée]quipe|moyens humains)$/i;
const COUNT_COLUMN = /^(?:nombre|nb|effectifs?|combien)$/i;

/**
 * "Qui | Nombre | Temps" then "Bénévoles | 5 | —": each row is a count of people in one role
 * ("5 Bénévoles", "1 Animatrice salariée (0,3 ETP)"), the form the staffing reader knows.
 */
function countColumns(lines: readonly Line[]): Line[] {
  if (!lines.some((l) => l.text.includes('\t') && /\b(?:nombre|nb|effectifs?)\b/i.test(l.text))) return lines as Line[];
  const out: Line[] = [];
  let table: { width: number; count: number } | undefined;
  for (const l of lines) {
    const cells = l.text.includes('\t') ? l.text.split('\t').map((c) => c.trim()) : undefined;
    const count = cells && ROLE_COLUMN.test(cells[0]!) ? cells.findIndex((c) => COUNT_COLUMN.test(c)) : -1;
    if (cells && count > 0) {
      table = { width: cells.length, count };
      continue;
    }
    if (table && cells && cells.length === table.width && /^\d{1,3}$/.test(cells[table.count]!)) {
      const rest = cells.filter((c, i) => i !== 0 && i !== table!.count && /\p{L}|\d/u.test(c));
      out.push({ n: l.n, text: `${cells[table.count]} ${cells[0]}${rest.length ? ` (${rest.join(', ')})` : ''}` });
      continue;
    }
    if (!cells) table = undefined;
    out.push(l);
  }
  return out;
}

const YEAR = /^(?:19|20)\d\d$/;
const YEARS_ONLY = /^\s*(?:19|20)\d\d(?:\s+[:|]\s+(?:19|20)\d\d)+\s*$/;

/**
 * "Budget (en €) | 2022 | 2023 | 2024" then "Caf | 9 000 | 9 500 | 10 000": a bilan of several
 * years side by side. The latest year is what the action is now: each row keeps its label and
 * that column ("Caf : 10 000 €"), the header becomes "Budget 2024", so the years before are not
 * read as more money or more people.
 */
function latestYear(lines: readonly Line[]): Line[] {
  if (!lines.some((l) => (l.text.includes(' | ') && /(?:19|20)\d\d \| (?:19|20)\d\d/.test(l.text)) || YEARS_ONLY.test(l.text))) return lines as Line[];
  const out: Line[] = [];
  let table: { width: number; at: number; euros: boolean } | undefined;
  for (const l of lines) {
    // "⇥2023⇥2024" over "Participants | 58 | 73": a header whose first cell is empty (a web page's <th></th>).
    const cells = YEARS_ONLY.test(l.text) ? ['', ...l.text.trim().split(/\s+[:|]\s+/)] : l.text.includes(' | ') ? l.text.split(' | ').map((c) => c.trim()) : undefined;
    if (cells && cells.length >= 3 && cells.slice(1).every((c) => YEAR.test(c))) {
      const years = cells.slice(1).map(Number);
      const at = 1 + years.indexOf(Math.max(...years));
      const euros = /€|euros?\b/i.test(cells[0]!);
      table = { width: cells.length, at, euros };
      out.push({ n: l.n, text: `${cells[0]!.replace(/\s*\((?:en )?(?:€|euros?)\)|\s*en (?:€|euros)$/i, '')} ${cells[at]}` });
      continue;
    }
    if (table && cells && cells.length === table.width) {
      const value = cells[table.at]!;
      // "Budget de l'action (€) | 9 800 | 11 200" under "Indicateurs | 2023 | 2024": the rows from there on are money.
      const euros = /\((?:en )?(?:€|euros?)\)|\ben (?:€|euros)$/i.test(cells[0]!);
      table.euros ||= euros;
      const amount = table.euros && /\d$/.test(value) ? `${value} €` : value;
      const label = euros ? cells[0]!.replace(/\s*\((?:en )?(?:€|euros?)\)|\s*en (?:€|euros)$/i, '') : cells[0]!;
      out.push({ n: l.n, text: headCountRow(label, value) ?? `${label} : ${amount}` });
      continue;
    }
    // A blank line between the indicators and the budget does not end the years' columns: the next rows keep their width.
    if (!cells && l.text.trim()) table = undefined;
    out.push(l);
  }
  return out;
}

/**
 * Page numbers and the running header or footer next to them go; a line ending in a word cut by
 * a hyphen is joined to the next; every other line is tidied (cells, leaders, marks).
 */
export function tidyLayout(source: readonly Line[], options: { wrapped?: boolean } = {}): Line[] {
  const tables = countColumns(etpColumns(doneColumns(doneLines(sideBySide(spacedCells(pipeRows(frontMatter(otherArticles(quotedReply(source))))))))));
  const lines = options.wrapped ? unwrap(tables) : tables;
  const pages = lines.filter((l) => l.text.length < 24 && PAGE_NUMBER.test(l.text));
  const margins = pageMargins(lines);
  // Running headers: the lines beside page numbers that come back beside another one.
  const running = new Set<string>();
  if (pages.length) {
    const seen = new Map<string, number>();
    for (const l of lines) seen.set(l.text.trim(), (seen.get(l.text.trim()) ?? 0) + 1);
    lines.forEach((l, i) => {
      if (!PAGE_NUMBER.test(l.text)) return;
      for (const t of [lines[i - 1]?.text.trim(), lines[i + 1]?.text.trim()]) if (t && seen.get(t)! >= 2) running.add(t);
    });
  }
  const out: Line[] = [];
  for (const l of lines) {
    if (pages.length && (running.has(l.text.trim()) || PAGE_NUMBER.test(l.text))) continue;
    if (margins?.has(l.n)) continue;
    const text = tidyLine(l.text);
    const previous = out[out.length - 1];
    // "accompa-" + "gnement est …": the cut word is whole again (never a list's "- " item).
    if (previous && previous.text.endsWith('-') && /\p{Ll}-$/u.test(previous.text) && !/\s-$/.test(previous.text) && /^\p{Ll}/u.test(text.trimStart())) {
      out[out.length - 1] = { n: previous.n, text: previous.text.slice(0, -1) + text.trimStart() };
      continue;
    }
    // "… en lien avec les écoles et le" / "Programme de réussite éducative.": a line cut inside its sentence.
    // "… par le Conseil départemental de l'Ain pour" / "1 600 € et …": an amount may open the rest of the sentence.
    if (previous && endsOnConnector(previous.text) && /^\s*[\p{L}\d]/u.test(text) && !/^\s*(?:[-•·*▪◦]|\d+[.)])\s/.test(text)) {
      out[out.length - 1] = { n: previous.n, text: `${previous.text.trimEnd()} ${text.trimStart()}` };
      continue;
    }
    out.push(text === l.text ? l : { n: l.n, text });
  }
  return latestYear(out);
}

/** Where a sentence, a label or an item ends: the line after it starts something new. */
const ENDS_SENTENCE = /[.!?:;…]["»”)]?$/u;
/** A line that opens an item, a label or a heading: never the rest of the line above. */
const OPENS_ITEM = /^\s*(?:[-•·*▪◦–]\s|\d+[.)]\s|[\p{L}' ’()-]{2,40}\s:\s|[\p{Lu}\d'’ -]{4,}$)/u;

/**
 * A text e-mail or a note saved from a mail client is cut at 72–80 columns: nearly every line of
 * prose is as long as the width, within a word, and none is longer. A fiche pasted from the web
 * or a form keeps its paragraphs whole (lines far longer, or of every length) and is left as it is.
 */
export function hardWrapped(lines: readonly Line[]): boolean {
  // One pass first: a text with more than one line in fifty past 80 characters is not wrapped (a 10,000-fiche file needs no sort).
  let counted = 0;
  let long = 0;
  for (const l of lines) {
    const n = l.text.length;
    if (n >= 20) counted++;
    if (n > 80 && l.text.trim().length > 80) long++;
  }
  if (counted < 8 || long > counted * 0.02) return false;
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n >= 20).sort((a, b) => a - b);
  if (lengths.length < 8) return false;
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width < 60 || lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.98))]! > 80) return false;
  return lengths.filter((n) => n >= width - 12 && n <= width).length >= lengths.length / 2;
}

/**
 * A PDF's prose wraps wherever its line is full, inside a sentence or a name ("…par la Caf
 * des" / "Bouches-du-Rhône (…) pour 14 200 €"): such a line is joined to the next, so each
 * sentence is read whole. A line goes on on the next when it ends no sentence and either the
 * next opens on a small letter, or the line is full (as long, within a word, as the longest
 * lines of the document, so a heading or a short item never is).
 */
const MAIL_FIELD = /^(?:de|à|a|cc|cci|date|objet|envoy[ée]|from|to|subject)\s?:\s/iu;

function unwrap(lines: readonly Line[]): Line[] {
  // The text's width: its longest lines, a stray long line (a title, a footer) aside; a form's short items say nothing of it.
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n >= 20).sort((a, b) => a - b);
  if (lengths.length < 4) return lines as Line[];
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  const out: Line[] = [];
  // The last line as the file has it: "Cotisations : 1 300 €" is a label's line, a paragraph joined from it is not.
  let lastLine = '';
  for (const l of lines) {
    const previous = out[out.length - 1];
    const text = l.text.trim();
    const before = previous?.text.trim() ?? '';
    // "accompa-" / "gnement": a word cut at the line's end is made whole later, without a space.
    const goesOn = previous && text && before && !ENDS_SENTENCE.test(before) && !/\p{Ll}-$/u.test(before) && !OPENS_ITEM.test(text) && !before.includes(' | ') && !text.includes(' | ')
      && before.length >= Math.max(20, width * 0.6)
      // "Cotisations : 1 300 €" is a whole line however long: the next one starts anew unless it opens on a small letter.
      // A capital goes on only a long line of prose: a form's item ("- Description générale") or a heading never.
      // "Date: 12/02/2025", "À: Service …": a mail's header (a short label and a colon) starts its own line.
      && !MAIL_FIELD.test(text)
      && (/^\p{Ll}/u.test(text) || (/^[\p{Lu}\d]/u.test(text) && before.length >= Math.max(50, width - 15) && !OPENS_ITEM.test(before) && !/[)»”]$/u.test(before) && !/\d\s*(?:€|euros?|%)?$/u.test(before) && !/\s:\s/.test(lastLine)
        // "Coût total" / "7 300 €, financé par …": a full line goes on onto a figure only when it ends on a word.
        && (/^\p{Lu}/u.test(text) || /\p{L}$/u.test(before))));
    if (goesOn) out[out.length - 1] = { n: previous.n, text: `${before} ${text}` };
    else out.push(l);
    lastLine = text;
  }
  return out;
}

/**
 * A line that names the document, not the action: a town hall's letterhead ("COMMUNE DE VIERZON", "Mairie de X (Aveyron)"),
 * a federation's masthead or its "Retour d'expérience n° 12", "FICHE ACTION 2025", "Compte rendu du comité
 * de pilotage du 3 février", "La Lettre du centre social – n°14", "Rapport d'activité 2024", a
 * newspaper's rubric in capitals ("SOCIÉTÉ"), a byline.
 */
const DOCUMENT_HEADER = /^(?:(?:commune|ville|mairie) d(?:e |')[a-z' -]+(?:\([a-z' -]+\))?$|(?:federation|union (?:regionale|departementale)) des centres sociaux\b|retour d'experiences?\b|extrait du registre|republique francaise|fiche (?:action|projet|d'experience|descriptive|de synthese)\b(?!\s*[:–-]\s*\S)|bilan (?:de l'action|d'activite|annuel)|rapport d'activite|compte[- ]rendu\b|la lettre\b|lettre d'info|newsletter|dossier de (?:demande|candidature)|demande de subvention|appel a projets?|communique de presse|par la redaction|publie le\b|mis a jour le\b|(?:de|a|cc|date|envoye|expediteur)\s*:)/;
const RUBRIC = /^\p{Lu}[\p{Lu}'’-]{2,24}$/u;

/** "Centre social La Mosaïque – Rapport d'activité 2024": who wrote the document, then what kind it is. */
const AUTHOR_THEN_KIND = /^.{3,80}\s[–—-]\s(?:rapport d'activite|bilan (?:de l'action|d'activite|annuel)|projet social|lettre d'info|newsletter)\b/;

/** "Gazette de la vallée — mars 2025", "Le Journal du quartier n° 12": a publication's masthead, with its issue or date. */
const MASTHEAD = /^(?:la |le |l')?(?:gazette|journal|bulletin|magazine|mag|echos?|lettre|feuille|petit journal)\b.{0,60}(?:n\s*°\s*\d+|(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|printemps|ete|automne|hiver)\s+(?:19|20)\d\d)\s*$/;

export function isDocumentHeader(text: string): boolean {
  const folded = fold(text);
  return DOCUMENT_HEADER.test(folded) || AUTHOR_THEN_KIND.test(folded) || MASTHEAD.test(folded) || RUBRIC.test(text.trim());
}

/** "Objet : bilan de la première année de l'épicerie « X »" → "L'épicerie « X »". */
export function subjectOf(text: string): string | undefined {
  const m = /^\s*objet\s*:\s*(.{3,160})$/i.exec(text);
  if (!m) return undefined;
  const s = m[1]!.trim().replace(/^(?:bilan|point|pr[ée]sentation|suivi)\s+(?:de la premi\p{L}+ ann[ée]e|de l['’]ann[ée]e \d{4}|annuel)?\s*(?:de la |du |des |de l['’]|d['’]|de )?/iu, '');
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : undefined;
}
