/**
 * The figures behind a chart as a real `<table>`: the accessible alternative to the
 * graphic, what prints, and the single source of the CSV export (export.ts writes
 * the same model, so the table and the file never disagree).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from './i18n.js';
import { formatEtp, formatMoney, formatNumber, formatShare } from './format.js';

/** How a column's numbers read: money in euros, a share (0–1), ETP, or a plain number. */
export type CellFormat = 'text' | 'money' | 'percent' | 'etp' | 'number';

/** A cell: text, a raw number (formatted by its column), or null for "not given". */
export type Cell = string | number | null;

export interface DataColumn {
  label: string;
  format: CellFormat;
}

export interface DataTableModel {
  caption: string;
  columns: readonly DataColumn[];
  rows: readonly (readonly Cell[])[];
  /** Total rows, rendered in `<tfoot>`. */
  foot?: readonly (readonly Cell[])[];
}

export function formatCell(cell: Cell, format: CellFormat, lang: Lang): string {
  if (cell === null) return '—';
  if (typeof cell === 'string') return cell;
  switch (format) {
    case 'money':
      return formatMoney(cell, lang);
    case 'percent':
      return formatShare(cell, lang);
    case 'etp':
      return formatEtp(cell, lang);
    default:
      return formatNumber(cell, lang);
  }
}

function renderRow(row: readonly Cell[], columns: readonly DataColumn[], lang: Lang): TemplateResult {
  return html`<tr>
    ${row.map((cell, i) => {
      const format = columns[i]?.format ?? 'text';
      const text = formatCell(cell, format, lang);
      const numeric = format !== 'text' ? 'num' : '';
      // The first cell names the row: a row header, so screen readers announce it with each figure.
      return i === 0 ? html`<th scope="row" class=${numeric}>${text}</th>` : html`<td class=${numeric}>${text}</td>`;
    })}
  </tr>`;
}

export function renderDataTable(model: DataTableModel, lang: Lang): TemplateResult {
  return html`<table part="table" class="data-table">
    <caption>${model.caption}</caption>
    <thead>
      <tr>
        ${model.columns.map((c) => html`<th scope="col" class=${c.format !== 'text' ? 'num' : ''}>${c.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${model.rows.map((r) => renderRow(r, model.columns, lang))}
    </tbody>
    ${model.foot?.length ? html`<tfoot>${model.foot.map((r) => renderRow(r, model.columns, lang))}</tfoot>` : nothing}
  </table>`;
}
