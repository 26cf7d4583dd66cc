/**
 * The bar under every chart: "Voir les données" (shows the figures as a table) and
 * the downloads (CSV, SVG, PNG). Shared so that every chart offers the same things
 * under the same names.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { defineBilingualMessages, type Lang } from './i18n.js';

const messages = defineBilingualMessages({
  fr: {
    showData: 'Voir les données',
    hideData: 'Masquer les données',
    download: 'Télécharger',
    csv: 'Données (CSV)',
    svg: 'Image (SVG)',
    png: 'Image (PNG)',
  },
  en: {
    showData: 'Show the data',
    hideData: 'Hide the data',
    download: 'Download',
    csv: 'Data (CSV)',
    svg: 'Image (SVG)',
    png: 'Image (PNG)',
  },
});

export type ExportFormat = 'csv' | 'svg' | 'png';

export interface ChartActionsOptions {
  lang: Lang;
  tableOpen: boolean;
  tableId: string;
  onToggle: () => void;
  /** Absent when the site turned downloads off. */
  onExport?: (format: ExportFormat) => void;
}

export function renderChartActions(o: ChartActionsOptions): TemplateResult {
  const t = messages(o.lang);
  const exportButton = (format: ExportFormat, label: string) =>
    html`<button type="button" part="button" data-export=${format} @click=${() => o.onExport!(format)}>${label}</button>`;
  return html`<div class="actions" part="actions">
    <button type="button" part="button" class="toggle" aria-expanded=${o.tableOpen ? 'true' : 'false'} aria-controls=${o.tableId} @click=${o.onToggle}>
      ${o.tableOpen ? t.hideData : t.showData}
    </button>
    ${o.onExport
      ? html`<span role="group" aria-label=${t.download} class="actions">
          ${exportButton('csv', t.csv)} ${exportButton('svg', t.svg)} ${exportButton('png', t.png)}
        </span>`
      : nothing}
  </div>`;
}
