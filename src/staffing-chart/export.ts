/**
 * The CSV/SVG/PNG downloads of <staffing-chart>: the stacked bar by kind of people and the
 * role lines of the page's model, drawn again at a fixed size for a file; a module of the chunk
 * fetched on the first download (shared/downloads.ts), with the code that writes the file.
 */
import type { Lang } from '../shared/i18n.js';
import { formatEtp, formatMeasure, formatShare } from '../shared/format.js';
import type { ExportFormat } from '../shared/chart-actions.js';
import type { ChartSelection } from '../shared/chart.js';
import { exportChart } from '../shared/export.js';
import { BAR_HEIGHT, barPath, stackLayout } from '../funding-breakdown/layout.js';
import type { StaffingModel } from './model.js';
import { staffingMessages } from './messages.js';

export async function exportStaffing(
  format: ExportFormat,
  title: string,
  selection: ChartSelection,
  model: StaffingModel,
  lang: Lang,
  probe: HTMLElement,
): Promise<void> {
  const t = staffingMessages(lang);
  await exportChart(format, `${t.file}-${selection.action?.id ?? title}`, model.tables, probe, (color, exportWidth) => {
    const w = exportWidth - 32;
    const colors = model.kinds.map((k) => color(k.color));
    return {
      title,
      subtitle: [model.etpLine, model.countLine].filter(Boolean).join(' — '),
      notes: [...(model.valuation ? [`${t.valuationTitle} — ${model.valuation.text}`, t.valuationNote] : []), ...model.notes],
      blocks: [
        {
          heading: model.summary,
          legend: 'below',
          graphicWidth: w,
          graphicHeight: BAR_HEIGHT,
          shapes: stackLayout(model.kinds, (k) => k.value, w).map((b) => ({ d: barPath(b.x, b.width, BAR_HEIGHT), fill: colors[b.index]! })),
          rows: [
            ...model.kinds.map((k, i) => ({ color: colors[i]!, label: k.label, value: `${formatMeasure(model.measure, k.value, lang)} · ${formatShare(k.share, lang)}` })),
            ...model.rows.map((r) => ({
              color: 'none',
              label: `${r.label} (${r.kindLabel})`,
              value: [r.etp !== undefined ? formatEtp(r.etp, lang) : '', r.count !== undefined ? t.people(r.count) : ''].filter(Boolean).join(' · '),
            })),
          ],
        },
      ],
    };
  });
}
