/**
 * A PDF page laid out in two columns, whose text items come row by row (left line, right line,
 * next left line…), as many layout tools draw them: pdf.js's plain text then glues each left
 * line to its right neighbour ("Depuis septembre 2023, le centre propose Une éducatrice
 * sportive diplômée"). From the items' positions, a page whose lines start again at one x far
 * to the right, with nothing drawn across that gutter, is read column by column: the left
 * column's lines, then the right one's. Pure: positions in, lines out.
 */

export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
}

interface Row {
  y: number;
  items: PlacedText[];
}

/** Items on one baseline (within 2 units), top of the page first, each row left to right. */
function rowsOf(items: readonly PlacedText[]): Row[] {
  const rows: Row[] = [];
  for (const it of items) {
    if (!it.str.trim()) continue;
    const row = rows.find((r) => Math.abs(r.y - it.y) <= 2);
    if (row) row.items.push(it);
    else rows.push({ y: it.y, items: [it] });
  }
  for (const r of rows) r.items.sort((a, b) => a.x - b.x);
  return rows.sort((a, b) => b.y - a.y);
}

/** Where the right column starts: the x most rows start a second run of text at, after a wide gap. */
function gutter(rows: readonly Row[]): number | undefined {
  const starts = new Map<number, number>();
  for (const r of rows) {
    for (let i = 1; i < r.items.length; i++) {
      const prev = r.items[i - 1]!;
      if (r.items[i]!.x - (prev.x + prev.width) < 12) continue;
      const x = Math.round(r.items[i]!.x);
      starts.set(x, (starts.get(x) ?? 0) + 1);
    }
  }
  const [x, count] = [...starts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (x === undefined || count! < 3) return undefined;
  // Nothing may be drawn across the gutter between the first and the last row of two columns (a title above may).
  const both = rows.map((r) => r.items.some((it) => it.x < x - 2) && r.items.some((it) => it.x >= x - 2));
  const first = both.indexOf(true);
  const last = both.lastIndexOf(true);
  const crossed = rows.slice(first, last + 1).some((r) => r.items.some((it) => it.x < x - 2 && it.x + it.width > x + 2));
  return crossed ? undefined : x;
}

/** A row drawn across the gutter: a title or a footer line over both columns. */
function spans(r: Row, x: number): boolean {
  return r.items.some((it) => it.x < x - 2 && it.x + it.width > x + 2);
}

const plainLine = (r: Row) => r.items.map((it) => it.str).join(' ').replace(/\s+/g, ' ').trim();

/** One column's rows as lines (each written by `line`), a blank line where the gap between two rows is a paragraph's. */
function columnLines(rows: readonly Row[], line: (r: Row) => string = plainLine): string[] {
  const gaps = rows.slice(1).map((r, i) => rows[i]!.y - r.y).sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const out: string[] = [];
  rows.forEach((r, i) => {
    if (i > 0 && usual > 0 && rows[i - 1]!.y - r.y > usual * 1.6) out.push('');
    out.push(line(r));
  });
  return out;
}

/** A gap this wide between two items of a row separates cells (or columns), not words. */
const CELL_GAP = 12;
/** An amount, a count or a share alone in a cell: a table's value, not a line of prose. */
const VALUE = /^[\d\s  .,]+(?:€|euros?|%|etp|h)?$/i;

/** A row's runs of text: items closer than a cell's gap are one run (a cell, or a line of a column). */
function runsOf(r: Row): string[] {
  const runs: string[] = [];
  let end = -Infinity;
  for (const it of r.items) {
    if (it.x - end >= CELL_GAP || !runs.length) runs.push(it.str);
    else runs[runs.length - 1] += it.str.startsWith(' ') || runs[runs.length - 1]!.endsWith(' ') ? it.str : ` ${it.str}`;
    end = it.x + it.width;
  }
  return runs.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * A table drawn on the page ("Dépenses | Montant | Recettes | Montant", "Caf | 4 100 €"): rows of
 * three cells or more, or rows whose second cell is an amount. Its cells are not two columns of text.
 */
function holdsTable(rows: readonly Row[]): boolean {
  const split = rows.map(runsOf).filter((r) => r.length >= 2);
  return split.filter((r) => r.length >= 3).length >= 2 || (split.length >= 2 && split.filter((r) => VALUE.test(r[r.length - 1]!)).length * 2 >= split.length);
}

/**
 * A page holding a table, as lines whose cells are separated by tabs (as a Word table copied is),
 * so its columns keep their meaning (a budget's sides, a plan beside what was done, years side by
 * side); a blank line where the gap between two rows is a paragraph's. Undefined for a page
 * without a table: pdf.js's own text is kept.
 */
export function tableText(items: readonly PlacedText[]): string | undefined {
  const rows = rowsOf(items);
  return holdsTable(rows) ? columnLines(rows, (r) => runsOf(r).join('\t')).join('\n') : undefined;
}

/** The page's text column by column, or undefined when the page is not in two columns. */
export function columnText(items: readonly PlacedText[]): string | undefined {
  const rows = rowsOf(items);
  // A table's columns are cells of one row each, read by tableText.
  if (holdsTable(rows)) return undefined;
  const x = gutter(rows);
  if (x === undefined) return undefined;
  const head: Row[] = [];
  const left: Row[] = [];
  const right: Row[] = [];
  for (const r of rows) {
    if (spans(r, x) && !left.length && !right.length) {
      head.push(r);
      continue;
    }
    const l = r.items.filter((it) => it.x < x - 2);
    const rr = r.items.filter((it) => it.x >= x - 2);
    if (l.length) left.push({ y: r.y, items: l });
    if (rr.length) right.push({ y: r.y, items: rr });
  }
  return [...(head.length ? [...columnLines(head), ''] : []), ...columnLines(left), '', ...columnLines(right)].join('\n');
}
