/**
 * The bar under every chart: "Voir les données" (shows the figures as a table) and
 * the downloads (CSV, SVG, PNG). Shared so that every chart offers the same things
 * under the same names.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { defineBilingualMessages, type Lang } from './i18n.js';

const messages = defineBilingualMessages({
  fr: {
    showData: 'Voir les données',
    hideData: 'Masquer les données',
    download: 'Télécharger',
    csv: 'Données (CSV)',
    svg: 'Image (SVG)',
    png: 'Image (PNG)',
    exportFailed: 'Le fichier n’a pas pu être créé par ce navigateur.',
  },
  en: {
    showData: 'Show the data',
    hideData: 'Hide the data',
    download: 'Download',
    csv: 'Data (CSV)',
    svg: 'Image (SVG)',
    png: 'Image (PNG)',
    exportFailed: 'This browser could not create the file.',
  },
});

export type ExportFormat = 'csv' | 'svg' | 'png';

export interface ChartActionsOptions {
  lang: Lang;
  tableOpen: boolean;
  tableId: string;
  onToggle: () => void;
  /** Absent when the site turned downloads off. A failure (a browser refusing to draw the image) is said under the buttons. */
  onExport?: (format: ExportFormat) => Promise<void> | void;
}

/**
 * Runs an export and says so under the buttons when it fails, never as an unhandled rejection. The message
 * paragraph has no binding (Lit leaves its text alone), so it is written here rather than kept as element state.
 */
export async function exportFrom(event: Event, run: () => Promise<void> | void, failed: string): Promise<void> {
  const message = (event.currentTarget as Element).closest('.actions')?.parentElement?.querySelector<HTMLElement>('.export-failed');
  if (message) message.hidden = true;
  try {
    await run();
  } catch {
    if (message) {
      message.textContent = failed;
      message.hidden = false;
    }
  }
}

/** What exportFrom says under the buttons when a file could not be made (or its code not fetched). */
export const exportFailedMessage = (lang: Lang): string => messages(lang).exportFailed;

export function renderChartActions(o: ChartActionsOptions): TemplateResult {
  const t = messages(o.lang);
  const exportButton = (format: ExportFormat, label: string) =>
    html`<button type="button" part="button" class="button quiet" data-export=${format} @click=${(e: Event) => exportFrom(e, () => o.onExport!(format), t.exportFailed)}>
      ${label}
    </button>`;
  return html`<div class="actions" part="actions">
    <button type="button" part="button" class="button quiet toggle" aria-expanded=${o.tableOpen ? 'true' : 'false'} aria-controls=${o.tableId} @click=${o.onToggle}>
      ${o.tableOpen ? t.hideData : t.showData}
    </button>
    ${o.onExport
      ? html`<span role="group" aria-label=${t.download} class="actions">
          ${exportButton('csv', t.csv)} ${exportButton('svg', t.svg)} ${exportButton('png', t.png)}
        </span>
        <p class="export-failed" role="alert" part="message" hidden></p>`
      : nothing}
  </div>`;
}

/** The bar's layout, under a chart or the map (the buttons' look is button.styles.ts). */
export const chartActionsStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    align-items: center;
  }
  .actions .toggle {
    font-weight: 600;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .table-wrap[hidden] {
    display: none;
  }
`;
