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

/** One column's rows as lines, a blank line where the gap between two rows is a paragraph's. */
function columnLines(rows: readonly Row[]): string[] {
  const gaps = rows.slice(1).map((r, i) => rows[i]!.y - r.y).sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const out: string[] = [];
  rows.forEach((r, i) => {
    if (i > 0 && usual > 0 && rows[i - 1]!.y - r.y > usual * 1.6) out.push('');
    out.push(r.items.map((it) => it.str).join(' ').replace(/\s+/g, ' ').trim());
  });
  return out;
}

/** The page's text column by column, or undefined when the page is not in two columns. */
export function columnText(items: readonly PlacedText[]): string | undefined {
  const rows = rowsOf(items);
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
