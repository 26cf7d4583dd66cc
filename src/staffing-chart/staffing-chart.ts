import { html, nothing, type PropertyDeclarations } from 'lit';
import { FeedLoadError, type LoadedFeed } from '../feed/load.js';
import { FeedElement } from '../shared/feed-element.js';
import { chartFrame, selectionKey, withChartProperties, type ChartProperties } from '../shared/chart-properties.js';
import type { Lang } from '../shared/i18n.js';
import { formatEtp, formatMeasure, formatShare } from '../shared/format.js';
import { patternUrl, personKindColor } from '../shared/palette.js';
import { hostStyles } from '../shared/host.styles.js';
import { chartStyles } from '../shared/chart.styles.js';
import { tooltipStyles } from '../shared/tooltip.styles.js';
import { dataTableStyles } from '../shared/data-table.styles.js';
import { ResizeController } from '../shared/resize-controller.js';
import { SegmentFocus } from '../shared/tooltip.js';
import { loadExport, renderFrame, renderGraphic, renderLegend, renderSkeleton, selectActions, type ChartSelection } from '../shared/chart.js';
import { BAR_HEIGHT, barPath } from '../funding-breakdown/layout.js';
import { staffingLayout } from './layout.js';
import { staffingModel, type StaffingModel, type StaffRow } from './model.js';
import { staffingMessages, type StaffingMessages } from './messages.js';
import { staffingChartStyles } from './staffing-chart.styles.js';

const FALLBACK_WIDTH = 320;
const CHART = 'kinds';

/**
 * Who carries an action, a centre or a territory: ETP of salaried staff and
 * volunteers by role, head counts where only counts are given, hours converted at
 * 35 h a week = 1 ETP, and optionally the value of volunteer time for funders
 * (shown apart, never added to the budget). Roles only: names are never shown.
 *
 * @summary A staffing chart (ETP and head counts by kind and role) for one action or an aggregate of a Vitrine feed.
 * @tag staffing-chart
 *
 * @slot - Fallback content shown until the data arrives and kept, under the message, when the feed cannot be read.
 *
 * @csspart frame - The chart's frame.
 * @csspart title - The title (a heading of level `heading-level`).
 * @csspart headline - The ETP and head-count lines.
 * @csspart chart - The stacked bar of kinds of people and the list of roles.
 * @csspart legend - The ranked list of roles.
 * @csspart tooltip - The tooltip.
 * @csspart valuation - The value of volunteer time, when `volunteer-hour-value` is set.
 * @csspart notes - Notes under the chart (hours converted, completeness).
 * @csspart actions - The bar with "Voir les données" and the downloads.
 * @csspart button - Each button of that bar.
 * @csspart table - The data tables.
 * @csspart message - Loading errors, warnings and "moyens humains non renseignés".
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop [--vitrine-staff-salarie=#2a6f97] - Colour of salaried staff; also `--vitrine-staff-benevole`, `-service-civique`, `-prestataire`, `-partenaire`.
 * @cssprop [--staffing-chart-max-width=60rem] - Maximum width of the element.
 */
export class StaffingChart extends FeedElement {
  static override properties: PropertyDeclarations = {
    volunteerHourValue: { attribute: 'volunteer-hour-value', type: Number },
    tableOpen: { state: true, attribute: false },
  };

  static {
    withChartProperties(this);
  }

  static override styles = [hostStyles, chartStyles, tooltipStyles, dataTableStyles, staffingChartStyles];

  /** Value of one volunteer hour in euros: shows the yearly value of volunteer time (1 ETP = 1607 h), apart from the budget. */
  volunteerHourValue?: number;

  /** @internal The data table is shown (the toggle of the frame, set by chartFrame). */
  tableOpen = false;

  private readonly segments = new SegmentFocus(this);
  private readonly resize = new ResizeController(this, () => this.renderRoot?.querySelector('.frame'));
  private memo?: { key: readonly unknown[]; selection: ChartSelection | FeedLoadError; model?: StaffingModel };

  private compute(loaded: LoadedFeed, lang: Lang) {
    const rate = Number.isFinite(this.volunteerHourValue) ? this.volunteerHourValue : undefined;
    const key = [loaded, lang, ...selectionKey(this), rate];
    if (!this.memo || key.some((k, i) => k !== this.memo!.key[i])) {
      const selection = selectActions(loaded, this);
      const model = selection instanceof FeedLoadError ? undefined : staffingModel(selection.actions, rate, lang);
      this.memo = { key, selection, model };
    }
    return this.memo;
  }

  protected override renderSkeleton(lang: Lang) {
    return renderSkeleton(lang, '9rem');
  }

  protected override renderContent(lang: Lang) {
    const loaded = this.data.value;
    if (!loaded) return;
    const { selection, model } = this.compute(loaded, lang);
    if (selection instanceof FeedLoadError) return selection;
    const t = staffingMessages(lang);
    const m = model!;
    const frame = chartFrame(this, selection, t);
    const ok = m.state === 'ok';
    return renderFrame({
      ...frame,
      lang,
      loaded,
      body: ok
        ? html`<div class="headline" part="headline">
              ${m.etpLine ? html`<p><strong>${m.etpLine}</strong></p>` : nothing}${m.countLine ? html`<p>${m.countLine}</p>` : nothing}
            </div>
            ${this.renderChart(m, lang, t)}${this.renderValuation(m, t)}`
        : html`<p class="message" part="message">${m.state === 'no-actions' ? t.noActions : t.noStaffing}</p>`,
      notes: m.notes,
      tables: ok ? m.tables : undefined,
      printTables: ok ? m.printTables : undefined,
      onExport: this.noExport
        ? undefined
        : async (format) => {
            const probe = this.renderRoot.querySelector<HTMLElement>('.frame')!;
            const { exportStaffing } = await loadExport();
            await exportStaffing(format, frame.title, selection, m, lang, probe);
          },
    });
  }

  private renderChart(model: StaffingModel, lang: Lang, t: StaffingMessages) {
    const width = Math.max(200, this.resize.width || FALLBACK_WIDTH);
    const layout = staffingLayout(model.totals, model.shownRows, width);
    return html`<section class="chart" part="chart" data-chart=${CHART}>
      ${renderGraphic({
        chart: CHART,
        width,
        height: BAR_HEIGHT,
        label: model.summary,
        roleDescription: t.chartRole,
        hint: t.keyboardHint,
        focus: this.segments,
        segments: layout.kinds.map((b, i) => {
          const k = model.kinds[i]!;
          return {
            d: barPath(b.x, b.width, BAR_HEIGHT),
            index: i,
            anchor: [b.x + b.width / 2, 0],
            color: k.color,
            hatch: patternUrl(i),
            kind: 'staff',
            label: t.segment(k.label, formatMeasure(model.measure, k.value, lang), formatShare(k.share, lang)),
            role: 'img',
          };
        }),
        tooltip: (i) => {
          const k = model.kinds[i]!;
          return html`<strong>${k.label}</strong>${formatMeasure(model.measure, k.value, lang)} · ${formatShare(k.share, lang)}`;
        },
      })}
      ${renderLegend(
        model.shownRows.map((row, i) => ({
          color: personKindColor(row.kind),
          hatch: 'none',
          label: row.label,
          detail: row.kindLabel + (model.measure === 'etp' && row.count !== undefined ? ` · ${t.people(row.count)}` : ''),
          figure: this.rowFigure(row, model, t, lang),
          fraction: layout.rowFractions[i],
        })),
        true,
      )}
      ${model.otherRoles ? html`<p class="detail">${t.otherRoles(model.otherRoles)}</p>` : nothing}
    </section>`;
  }

  private rowFigure(row: StaffRow, model: StaffingModel, t: StaffingMessages, lang: Lang): string {
    if (model.measure === 'etp') return row.etp !== undefined ? formatEtp(row.etp, lang) : t.etpUnknown;
    return row.count !== undefined ? t.people(row.count) : t.countUnknown;
  }

  private renderValuation(model: StaffingModel, t: StaffingMessages) {
    const v = model.valuation;
    if (!v) return nothing;
    return html`<div class="valuation" part="valuation">
      <p class="chart-heading">${t.valuationTitle}</p>
      <p><strong>${v.text}</strong></p>
      <p class="detail">${t.valuationNote}</p>
    </div>`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'staffing-chart': StaffingChart;
  }
}

/** The shared chart properties withChartProperties declares (chart-properties.ts). */
export interface StaffingChart extends ChartProperties {}
