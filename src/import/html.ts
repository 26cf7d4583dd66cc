/**
 * A saved web page (or a Word document converted to HTML) → plain text lines the fiche
 * parsers read, through parse5 (the WHATWG HTML parser). Structure becomes lines: a heading or
 * a paragraph is one line, a list item is "- item", a table row is "cell : cell", a line
 * break is a new line. What is not the page's content is dropped: scripts, styles, forms,
 * navigation, site header and footer, cookie banners. When the page has a <main> or an
 * <article>, only that is read (with the page's first heading if it stands outside).
 */
import { budgetSides, isDocumentHeader, pairedSides } from './layout.js';
import { headCountRow } from './figures.js';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface HtmlText {
  text: string;
  /** The page's first h1 (or its <title> without the site name). */
  heading?: string;
}

const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'svg', 'iframe', 'object', 'canvas', 'head', 'dialog', 'menu']);
const DROPPED_ROLES = /^(?:navigation|banner|contentinfo|search|dialog|alertdialog|complementary)$/;
/** Site furniture known by its class or id: cookie banners, menus, breadcrumbs, share buttons. */
const FURNITURE = /(?:^|[\s_-])(?:cookies?|rgpd|gdpr|consent|menu|navbar|breadcrumbs?|fil-d-ariane|share|partage|social-links|skip-link|sidebar)(?:$|[\s_-])/i;
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'ul', 'ol', 'table', 'thead', 'tbody', 'tfoot', 'caption', 'hr', 'body', 'html', 'fieldset', 'details', 'summary', 'center']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

function attr(el: Element, name: string): string {
  return el.attrs.find((a) => a.name === name)?.value ?? '';
}

function dropped(el: Element): boolean {
  if (DROPPED.has(el.tagName)) return true;
  if (DROPPED_ROLES.test(attr(el, 'role'))) return true;
  if (attr(el, 'hidden') !== '' || el.attrs.some((a) => a.name === 'hidden') || attr(el, 'aria-hidden') === 'true') return true;
  return FURNITURE.test(`${attr(el, 'class')} ${attr(el, 'id')}`);
}

function children(n: Node): Node[] {
  if (isElement(n) && n.tagName === 'template') return [];
  return 'childNodes' in n ? (n.childNodes as Node[]) : [];
}

class Writer {
  readonly lines: string[] = [];
  private current = '';

  inline(text: string): void {
    this.current += text;
  }

  /** Ends the current line; `prefix` starts the next one ("- " for a list item). */
  break(prefix = ''): void {
    const t = this.current.replace(/[ \t\u00a0\u202f]+/g, ' ').trim();
    if (t && t !== '-') this.lines.push(t);
    this.current = prefix;
  }

  /** A blank line between paragraphs, never two. */
  gap(): void {
    this.break();
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }
}

function textOf(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(n) && dropped(n)) return '';
  return children(n).map(textOf).join(isElement(n) && (BLOCKS.has(n.tagName) || HEADINGS.has(n.tagName)) ? ' ' : '');
}

function walk(n: Node, w: Writer, depth: number): void {
  if (n.nodeName === '#text') {
    w.inline((n as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' '));
    return;
  }
  if (!isElement(n)) {
    for (const c of children(n)) walk(c, w, depth);
    return;
  }
  if (dropped(n)) return;
  const tag = n.tagName;
  if (tag === 'br') {
    w.break();
    return;
  }
  if (tag === 'img') {
    const alt = attr(n, 'alt').trim();
    if (alt) w.inline(` ${alt} `);
    return;
  }
  const card = cardHeading(n);
  if (card) {
    // A card of a list (an event, a post): its heading first, then its date, place and text under it.
    w.gap();
    w.inline(textOf(card).replace(/\s+/g, ' '));
    w.break();
    const from = w.lines.length;
    for (const c of children(n)) if (c !== card) walk(c, w, depth);
    w.break();
    // One block: the card's paragraphs (its place, its text) stay under its title.
    w.lines.splice(from, w.lines.length - from, ...w.lines.slice(from).filter(Boolean));
    w.gap();
    return;
  }
  if (tag === 'li') {
    w.break('- ');
    for (const c of children(n)) walk(c, w, depth);
    w.break();
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    w.break();
    for (const c of children(n)) walk(c, w, depth + 1);
    if (depth === 0) w.gap();
    return;
  }
  if (tag === 'table' && twoSided(n, w)) return;
  if (tag === 'tr') {
    w.break();
    const cells = children(n).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
    // "Partenaires | Médiathèque ¶ Collège ¶ Bailleur": a label beside a list typed one item a paragraph, as Word keeps it.
    const items = cells.length === 2 && !holdsBlocks(cells[0]!) ? paragraphsOnly(cells[1]!) : undefined;
    if (items) {
      w.inline(`${textOf(cells[0]!).replace(/\s+/g, ' ').trim().replace(/\s*:$/, '')} :`);
      w.break();
      for (const item of items) {
        w.inline(`- ${item}`);
        w.break();
      }
      w.gap();
      return;
    }
    // An e-mail's or an old site's layout table: cells holding headings and paragraphs are page blocks, not values.
    if (cells.some(holdsBlocks)) {
      for (const c of cells) {
        for (const x of children(c)) walk(x, w, depth);
        w.gap();
      }
      return;
    }
    const all = cells.map((c) => textOf(c).replace(/\s+/g, ' ').trim()).filter(Boolean);
    // "Financeur | Montant | Part": a share beside an amount repeats it; the row is the funder and its amount.
    const texts = all.length === 3 && SHARE.test(all[2]!) && /\d/.test(all[1]!) ? all.slice(0, 2) : all;
    const count = texts.length === 2 ? headCountRow(texts[0]!, texts[1]!) : undefined;
    // A two-column row is a label and its value ("CAF | 8 000 €" → "CAF : 8 000 €"); a head count reads "63 participants".
    w.inline(count ?? (texts.length === 2 ? `${texts[0]!.replace(/\s*:$/, '')} : ${texts[1]}` : texts.join(' | ')));
    w.break();
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) w.break();
  if (HEADINGS.has(tag)) {
    // A heading is one line, whatever inline markup it holds, with a blank line on each side: it
    // stands alone as a section's heading even right after a list or a <dl> of page details.
    w.gap();
    w.inline(textOf(n).replace(/\s+/g, ' '));
    w.gap();
    return;
  }
  for (const c of children(n)) walk(c, w, depth);
  if (tag === 'p' || tag === 'table' || tag === 'section' || tag === 'article') w.gap();
  else if (block) w.break();
}

/**
 * The heading of an article or a list item that holds one heading, among its own children, after
 * other text (an event's date, a post's category): the card's title, to be written first.
 */
function cardHeading(el: Element): Element | undefined {
  if (el.tagName !== 'article' && el.tagName !== 'li') return undefined;
  let count = 0;
  const look = (n: Node, level: number) => {
    for (const c of children(n)) {
      if (!isElement(c) || dropped(c)) continue;
      if (HEADINGS.has(c.tagName)) count++;
      else if (level < 3) look(c, level + 1);
    }
  };
  look(el, 0);
  const h = count === 1 ? children(el).find((c): c is Element => isElement(c) && HEADINGS.has(c.tagName)) : undefined;
  return h && !textOf(el).trim().startsWith(textOf(h).trim()) ? h : undefined;
}

const SHARE = /^\d{1,3}(?:[,.]\d+)?\s*%$/;

const LAYOUT_BLOCKS = new Set(['section', 'article', 'table', 'ul', 'ol', 'blockquote', ...HEADINGS]);

/**
 * A cell with a heading, a list or a table inside, or several paragraphs, lays out a page; a
 * data cell holds a value, in one paragraph at most (Word's cells, converted, hold one <p>).
 */
function holdsBlocks(cell: Element): boolean {
  const blocks = children(cell).filter((c): c is Element => isElement(c) && !dropped(c) && (c.tagName === 'p' || c.tagName === 'div'));
  return blocks.length >= 2 || children(cell).some((c) => isElement(c) && !dropped(c) && (LAYOUT_BLOCKS.has(c.tagName) || holdsBlocks(c)));
}

/** The texts of a cell holding short paragraphs only (two or more, no heading, list or table): a list's items. */
function paragraphsOnly(cell: Element): string[] | undefined {
  const kids = children(cell).filter((c) => isElement(c) || textOf(c).trim());
  if (kids.length < 2 || !kids.every((c) => isElement(c) && c.tagName === 'p')) return undefined;
  const texts = kids.map((c) => textOf(c).replace(/\s+/g, ' ').trim()).filter(Boolean);
  return texts.length >= 2 && texts.every((t) => t.length <= 120 && !/[.!?]$/.test(t)) ? texts : undefined;
}

/** Every row of a table, as the text of its cells. */
function rowsOf(table: Element): string[][] {
  const rows: string[][] = [];
  const visit = (n: Node) => {
    if (!isElement(n) || dropped(n)) return;
    if (n.tagName === 'table' && n !== table) return;
    if (n.tagName === 'tr') {
      rows.push(children(n).filter((c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th')).map((c) => textOf(c).replace(/\s+/g, ' ').trim()));
      return;
    }
    for (const c of children(n)) visit(c);
  };
  visit(table);
  return rows;
}

/**
 * A budget table with expenses and revenues side by side ("Dépenses | Montant | Recettes |
 * Montant"): written as two lists, each under its heading, so each amount keeps its side.
 */
function twoSided(table: Element, w: Writer): boolean {
  const rows = rowsOf(table);
  const paired = rows[0] && !budgetSides(rows[0]) ? pairedSides(rows[0]) : undefined;
  if (paired) return pairedCells(rows, paired.sides, w);
  const head = rows[0] && budgetSides(rows[0]);
  if (!head) return false;
  for (const [k, side] of head.sides.entries()) {
    const [label, amount] = [head.at[2 * k]!, head.at[2 * k + 1]!];
    w.break();
    w.inline(side);
    w.break();
    for (const r of rows.slice(1)) {
      if (r[label] || r[amount]) w.inline(`${r[label] ?? ''} : ${r[amount] ?? ''}`);
      w.break();
    }
  }
  w.gap();
  return true;
}

/**
 * "Budget | Dépenses | Recettes" over rows of "Animation : 2 100 €" | "CAF : 1 500 €": each side's cell is the row's
 * last two (a cell merged down the first column leaves the rows under it one cell short); the table's other rows
 * ("Résultats | 14 aidants") are written as they are.
 */
function pairedCells(rows: readonly string[][], sides: readonly [string, string], w: Writer): boolean {
  const written: [string[], string[]] = [[], []];
  const rest: string[][] = [];
  for (const r of rows.slice(1)) {
    const cells = r.filter(Boolean);
    const pair = cells.slice(-2);
    if (pair.length === 2 && pair.every((c) => /\S\s*:\s*\S*\d/.test(c))) pair.forEach((c, k) => written[k]!.push(c));
    else rest.push(cells);
  }
  if (!written[0].length) return false;
  // Each line keeps its side ("Recettes : CAF : 1 500 €"), as a text table's do (layout.ts), so nothing after the table joins a side.
  w.break();
  for (const [k, side] of sides.entries()) {
    for (const c of written[k]!) {
      w.inline(`${side} : ${c}`);
      w.break();
    }
  }
  // A blank line first: the rows after the budget are not one more recette.
  for (const cells of rest) {
    w.gap();
    w.inline(cells.join(' : '));
  }
  w.gap();
  return true;
}

function find(n: Node, test: (el: Element) => boolean): Element | undefined {
  if (isElement(n)) {
    if (dropped(n) && n.tagName !== 'head') return undefined;
    if (test(n)) return n;
  }
  for (const c of children(n)) {
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}

const POSTCODE = /(?<![\d.,])\d{5}(?![\d.,])\s+\p{Lu}/u;

/** The first line of the page's footer that holds a postcode and a town ("17 rue X, 85000 La Roche-sur-Yon"). */
function footerAddress(body: Node): string | undefined {
  // find() skips what the page's text drops, the footer first: this search goes through it.
  const isFooter = (el: Element) => el.tagName === 'footer' || attr(el, 'role') === 'contentinfo';
  const search = (n: Node): Element | undefined => {
    for (const c of children(n)) {
      if (!isElement(c)) continue;
      const hit = isFooter(c) ? c : c.tagName === 'script' || c.tagName === 'style' ? undefined : search(c);
      if (hit) return hit;
    }
    return undefined;
  };
  const footer = search(body);
  if (!footer) return undefined;
  const w = new Writer();
  for (const c of children(footer)) walk(c, w, 0);
  w.break();
  const line = w.lines.find((l) => l.length <= 200 && POSTCODE.test(l));
  if (!line) return undefined;
  // Up to the town: the phone, e-mail and hours after it are the footer's, not the page's content.
  const parts = line.split(/\s+[–—|•·-]\s+/);
  const at = parts.findIndex((p) => POSTCODE.test(p));
  return parts.slice(0, at + 1).join(' – ');
}

/** The page's text as lines, and its heading. */
/**
 * Deeper than this, an element's content is read as one run of text: the walks of this file recurse, and a page of
 * thousands of nested blocks (generated, or broken markup that never closes a tag) would overflow the stack. Real
 * pages nest a few dozen levels.
 */
const MAX_NESTING = 200;

/** The text under `n`, blocks apart, what `dropped` leaves out left out: without recursion. */
function flatText(n: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [n];
  while (stack.length) {
    const c = stack.pop()!;
    if (c.nodeName === '#text') parts.push((c as DefaultTreeAdapterMap['textNode']).value);
    else if (!(isElement(c) && dropped(c))) {
      if (isElement(c) && BLOCKS.has(c.tagName)) parts.push(' ');
      stack.push(...[...children(c)].reverse());
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Each element at MAX_NESTING that holds elements gets its text instead: the recursive walks stay shallow. */
function flattenDeep(root: Node): void {
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    const kids = children(n);
    if (depth >= MAX_NESTING && kids.some(isElement)) {
      const parent = n as DefaultTreeAdapterMap['parentNode'];
      const text: DefaultTreeAdapterMap['textNode'] = { nodeName: '#text', value: flatText(n), parentNode: parent };
      parent.childNodes = [text];
      continue;
    }
    for (const c of kids) stack.push([c, depth + 1]);
  }
}

export function htmlToText(html: string): HtmlText {
  const doc = parse(html);
  flattenDeep(doc);
  const title = find(doc, (el) => el.tagName === 'title');
  const h1 = find(doc, (el) => el.tagName === 'h1');
  const body = find(doc, (el) => el.tagName === 'body') ?? doc;
  const main = find(body, (el) => el.tagName === 'main' || attr(el, 'role') === 'main') ?? find(body, (el) => el.tagName === 'article');
  const w = new Writer();
  const root = main && textOf(main).trim().length > 200 ? main : body;
  const h1Text = h1 ? textOf(h1).replace(/\s+/g, ' ').trim() : '';
  if (root !== body && h1Text && !textOf(root).includes(h1Text)) {
    w.inline(h1Text);
    w.gap();
  }
  walk(root, w, 0);
  w.break();
  const lines = w.lines;
  while (lines[0] === '') lines.shift();
  while (lines[lines.length - 1] === '') lines.pop();
  // A site's address often stands in its footer only: kept under the page's title, so the page says where it is.
  const address = lines.some((l) => POSTCODE.test(l)) ? undefined : footerAddress(body);
  if (address) lines.splice(lines[0] === h1Text ? 1 : 0, 0, ...(lines[0] === h1Text ? ['', address] : [address, '']));
  const pageTitle = title ? textOf(title).replace(/\s+/g, ' ').trim().split(/\s+[|–—-]\s+/)[0] : '';
  // A page without h1 whose title names the document ("Fiche projet"): its first sub-heading.
  const h2 = h1Text || (pageTitle && !isDocumentHeader(pageTitle)) ? undefined : find(body, (el) => el.tagName === 'h2' || el.tagName === 'h3');
  const heading = h1Text || (h2 ? textOf(h2).replace(/\s+/g, ' ').trim() : '') || pageTitle || undefined;
  return { text: lines.join('\n'), ...(heading ? { heading } : {}) };
}
