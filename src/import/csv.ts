/**
 * A spreadsheet saved as CSV: cells between semicolons (French Excel and LibreOffice) or commas,
 * quoted when they hold the separator, empty cells padding the title rows ("Bilan 2024;;;;").
 * Rewritten as tab-separated lines, the way a table copied from a spreadsheet reads, so the
 * table reader (activities.ts) and the layout pass see one kind of table. A line keeps its
 * number: the report still points at the file's own lines.
 */

/** A quoted cell followed by a separator: `"Intitulé";` — only a delimited export writes these. */
const QUOTED_CELLS = /^"[^"]*"[;,]/;

/** The separator of a delimited text: `;` or `,`, whichever the first lines hold more of outside quotes. */
function separatorOf(lines: readonly string[]): ';' | ',' {
  let semi = 0;
  let comma = 0;
  for (const l of lines.slice(0, 20)) {
    const bare = l.replace(/"[^"]*"/g, '');
    semi += bare.split(';').length - 1;
    comma += bare.split(',').length - 1;
  }
  return comma > semi ? ',' : ';';
}

/** One line's cells; `""` inside a quoted cell is a quote. */
function cells(line: string, sep: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (line[i + 1] === '"') (cell += '"'), i++;
      else quoted = false;
    } else if (c === '"' && !cell.trim()) quoted = true;
    else if (c === sep) out.push(cell.trim()), (cell = '');
    else cell += c;
  }
  out.push(cell.trim());
  return out;
}

/** True when the file is a delimited export: named .csv, or three lines or more of quoted cells. */
export function isCsv(name: string, text: string): boolean {
  if (/\.csv$/i.test(name)) return true;
  let quotedLines = 0;
  for (const l of text.split('\n', 50)) if (QUOTED_CELLS.test(l) && ++quotedLines >= 3) return true;
  return false;
}

/**
 * The text with each delimited line's cells joined by tabs, trailing empty cells dropped. An
 * empty cell inside a row is written "-", as tables print it: the layout pass takes runs of tabs
 * for one gap, so a bare empty cell would shift the row's next cells under the wrong column.
 */
export function csvToTabs(text: string): string {
  const lines = text.split('\n');
  const sep = separatorOf(lines.filter((l) => l.trim()));
  return lines
    .map((l) => {
      const row = cells(l.replace(/\r$/, ''), sep);
      while (row.length && !row[row.length - 1]) row.pop();
      return row.map((c) => c || '-').join('\t');
    })
    .join('\n');
}
