/**
 * The CSV/SVG/PNG downloads of <funding-breakdown>: the same model as the page (its
 * segments, shares, tables and notes), drawn again at a fixed size for a file; a module of
 * the chunk fetched on the first download (shared/downloads.ts), with the code that writes the file.
 */
import type { Lang } from '../shared/i18n.js';
import { formatMoney, formatShare } from '../shared/format.js';
import type { ExportFormat } from '../shared/chart-actions.js';
import type { ExportBlock } from '../shared/export-image.js';
import type { ChartSelection } from '../shared/chart.js';
import { exportChart } from '../shared/export.js';
import { BAR_HEIGHT, barPath, donutLayout, stackLayout } from './layout.js';
import type { FundingModel } from './model.js';
import { fundingMessages } from './messages.js';

/** Diameter of the exported donut (the page width does not matter in a file). */
const EXPORT_DONUT = 200;

export async function exportFunding(
  format: ExportFormat,
  title: string,
  selection: ChartSelection,
  model: FundingModel,
  lang: Lang,
  bars: boolean,
  probe: HTMLElement,
): Promise<void> {
  const t = fundingMessages(lang);
  await exportChart(format, `${t.file}-${selection.action?.id ?? title}`, model.charts.map((c) => c.table), probe, (color, exportWidth) => ({
    title,
    subtitle: `${t.budget} : ${model.totals.approximate ? '≈ ' : ''}${formatMoney(model.totals.cost, lang)}`,
    notes: model.notes,
    blocks: model.charts
      .filter((c) => c.segments.length)
      .map((c): ExportBlock => {
        // The hatching of the unfunded part does not survive outside the page: a light grey stands in.
        const colors = c.segments.map((s) => (s.kind === 'unfunded' ? '#d0d0d0' : color(s.color)));
        const rows = c.segments.map((s, i) => ({
          color: colors[i]!,
          label: s.detail ? `${s.label} (${s.detail})` : s.label,
          value: `${s.approximate ? '≈ ' : ''}${formatMoney(s.amount, lang)} · ${formatShare(s.share, lang)}`,
        }));
        // The file says what its percentages are shares of, as the page does beside the chart.
        const heading = c.restNote ? `${c.heading} — ${c.restNote}` : c.heading;
        if (bars) {
          const w = exportWidth - 32;
          const shapes = stackLayout(c.segments, (s) => s.amount, w).map((b) => ({ d: barPath(b.x, b.width, BAR_HEIGHT), fill: colors[b.index]! }));
          return { heading, legend: 'below', graphicWidth: w, graphicHeight: BAR_HEIGHT, shapes, rows };
        }
        const d = donutLayout(c.segments, (s) => s.amount, EXPORT_DONUT);
        return {
          heading,
          legend: 'side',
          graphicWidth: d.size,
          graphicHeight: d.size,
          shapes: d.arcs.map((a) => ({ d: a.path, fill: colors[a.index]! })),
          center: c.center,
          rows,
        };
      }),
  }));
}
