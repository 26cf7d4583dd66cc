/**
 * Taking the figures away: CSV that opens right in French Excel (UTF-8 BOM, `;`
 * separator, decimal comma, CRLF), downloaded through `a[download]` and a blob URL.
 * Images (SVG, PNG) are in export-image.ts, loaded on the first image download.
 * The elements fetch this module on the first download (chart.ts loadExport): a page
 * that only shows its figures never downloads the code that saves them.
 */
import type { Cell, CellFormat, DataTableModel } from './data-table.js';
import type { ExportFormat } from './chart-actions.js';
import type { ExportDocument } from './export-image.js';

const BOM = '\ufeff';
const SEP = ';';
const EOL = '\r\n';

/** `1234.5` → `1234,5`: no thousands separator (Excel would read it as text). */
export function csvNumber(n: number, format: CellFormat): string {
  // Shares are stored 0–1 and exported as percentages with one decimal, the way a reader writes them.
  const value = format === 'percent' ? Math.round(n * 1000) / 10 : Math.round(n * 100) / 100;
  return String(value === 0 ? 0 : value).replace('.', ',');
}

/**
 * A formula sign a spreadsheet would act on at the start of a cell (OWASP's CSV injection rules): `=`, `+`, `-`, `@`,
 * tab or CR first, also after leading spaces or line breaks (Excel and LibreOffice skip them) and in their
 * full-width forms (＝＋－＠, which some spreadsheets fold to ASCII). Invisible bidi controls and marks before the sign
 * count as blanks: an isolated right-to-left label (shared/bidi.ts) starts with U+2068.
 */
const FORMULA_START = /^[\s\u00a0\u061c\u2000-\u200f\u2028-\u202f\u205f-\u2069\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;

/** Text a spreadsheet will show, never run: a formula start is preceded by an apostrophe. The one rule, for every CSV. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: numbers with a decimal comma, text neutralized (feed text is untrusted) and quoted when it must be. */
export function csvField(cell: Cell, format: CellFormat = 'text'): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return csvNumber(cell, format);
  const text = neutralizeFormula(cell);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(cells: readonly Cell[], formats: readonly CellFormat[]): string {
  return cells.map((c, i) => csvField(c, formats[i])).join(SEP);
}

/**
 * The tables as one CSV document. Several tables are separated by an empty line and
 * each starts with its caption; a single table starts directly with its header row.
 */
export function toCsv(tables: readonly DataTableModel[]): string {
  const blocks = tables.map((t) => {
    const formats = t.columns.map((c) => c.format);
    const lines: string[] = [];
    if (tables.length > 1) lines.push(csvField(t.caption));
    lines.push(t.columns.map((c) => csvField(c.label)).join(SEP));
    for (const r of t.rows) lines.push(csvRow(r, formats));
    for (const r of t.foot ?? []) lines.push(csvRow(r, formats));
    return lines.join(EOL);
  });
  return BOM + blocks.join(EOL + EOL) + EOL;
}

/** A file name from a title: `Séjour ski 2018` → `sejour-ski-2018`; long names end on a whole word. */
export function fileSlug(text: string, fallback = 'vitrine'): string {
  let slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > 100) slug = slug.slice(0, 101).replace(/-[^-]*$/, '');
  return slug || fallback;
}

/** Saves a blob under a file name, from a user gesture. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  // Inside the document so that every browser honours the click.
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: 'text/csv;charset=utf-8' });
}

/**
 * Downloads a chart: CSV from its tables, or SVG/PNG from an export document built
 * with the colours this page resolves (`probe` is an element inside the chart).
 * The image code is fetched on the first image download: most readers never export.
 */
export async function exportChart(
  format: ExportFormat,
  name: string,
  tables: readonly DataTableModel[],
  probe: HTMLElement,
  doc: (color: (value: string) => string, width: number) => Omit<ExportDocument, 'font' | 'text' | 'muted' | 'background'>,
): Promise<void> {
  const file = `${fileSlug(name)}.${format}`;
  if (format === 'csv') return downloadBlob(csvBlob(toCsv(tables)), file);
  const x = await import('./export-image.js');
  const style = getComputedStyle(probe);
  const color = (value: string) => x.resolveColor(probe, value);
  const { svg: markup, width, height } = x.buildExportSvg({
    ...doc(color, x.EXPORT_WIDTH),
    font: style.fontFamily,
    text: style.color,
    muted: color('var(--vitrine-color-muted)'),
    background: color('var(--vitrine-color-surface)'),
  });
  downloadBlob(format === 'svg' ? new Blob([markup], { type: 'image/svg+xml' }) : await x.svgToPng(markup, width, height), file);
}
