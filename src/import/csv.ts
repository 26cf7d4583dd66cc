/**
 * A spreadsheet saved as CSV: cells between semicolons (French Excel and LibreOffice) or commas,
 * quoted when they hold the separator, empty cells padding the title rows ("Bilan 2024;;;;").
 * Rewritten as tab-separated lines, the way a table copied from a spreadsheet reads, so the
 * table reader (activities.ts) and the layout pass see one kind of table. A line keeps its
 * number: the report still points at the file's own lines.
 */

/** A quoted cell followed by a separator: `"Intitulé";` — only a delimited export writes these. */
const QUOTED_CELLS = /^"[^"]*"[;,]/;

/** The separator of a delimited text: `;` or `,`, whichever its first lines hold more of outside quotes. */
function separatorOf(text: string): ';' | ',' {
  const bare = text.slice(0, 4000).replace(/"[^"]*"/g, '');
  const count = (sep: string) => bare.split(sep).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

/** True when the file is a delimited export: named .csv, or three lines or more of quoted cells. */
export function isCsv(name: string, text: string): boolean {
  if (/\.csv$/i.test(name)) return true;
  let quotedLines = 0;
  for (const l of text.split('\n', 50)) if (QUOTED_CELLS.test(l) && ++quotedLines >= 3) return true;
  return false;
}

/**
 * The text with each delimited row's cells joined by tabs, trailing empty cells dropped. An
 * empty cell inside a row is written "-", as tables print it: the layout pass takes runs of tabs
 * for one gap, so a bare empty cell would shift the row's next cells under the wrong column.
 * A quoted cell may hold line breaks (a spreadsheet's multi-line description): they become
 * spaces, the row stays one line, and an empty line follows it for each break, so that every
 * later row keeps its line number in the report. `""` inside a quoted cell is a quote.
 */
export function csvToTabs(text: string): string {
  const sep = separatorOf(text);
  const out: string[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let breaks = 0;
  const endRow = () => {
    row.push(cell.trim());
    while (row.length && !row[row.length - 1]) row.pop();
    out.push(row.map((c) => c || '-').join('\t'));
    for (; breaks > 0; breaks--) out.push('');
    row = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\r') continue;
    if (quoted) {
      if (c === '\n') (cell += ' '), breaks++;
      else if (c !== '"') cell += c;
      else if (text[i + 1] === '"') (cell += '"'), i++;
      else quoted = false;
    } else if (c === '"' && !cell.trim()) quoted = true;
    else if (c === sep) row.push(cell.trim()), (cell = '');
    else if (c === '\n') endRow();
    else cell += c;
  }
  endRow();
  return out.join('\n');
}
