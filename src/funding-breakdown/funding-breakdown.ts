import { html, nothing, type PropertyDeclarations } from 'lit';
import { FeedLoadError, type LoadedFeed } from '../feed/load.js';
import { FeedElement } from '../shared/feed-element.js';
import { chartFrame, selectionKey, withChartProperties, type ChartProperties } from '../shared/chart-properties.js';
import type { Lang } from '../shared/i18n.js';
import { formatMoney, formatShare } from '../shared/format.js';
import { UNFUNDED_FILL, patternUrl } from '../shared/palette.js';
import { FunderSelectEvent } from '../shared/events.js';
import { hostStyles } from '../shared/host.styles.js';
import { chartStyles } from '../shared/chart.styles.js';
import { tooltipStyles } from '../shared/tooltip.styles.js';
import { dataTableStyles } from '../shared/data-table.styles.js';
import { ResizeController } from '../shared/resize-controller.js';
import { SegmentFocus } from '../shared/tooltip.js';
import {
  loadExport,
  renderFrame,
  renderGraphic,
  renderLegend,
  renderSkeleton,
  selectActions,
  type ChartSelection,
  type SegmentView,
} from '../shared/chart.js';
import { BAR_HEIGHT, DONUT_HOLE, barPath, donutLayout, rankedFractions, stackLayout } from './layout.js';
import { shareBasis, type ShareBasis } from '../feed/shares.js';
import { fundingModel, type ChartModel, type FundingModel, type GroupBy, type Segment, type Show } from './model.js';
import { fundingMessages, type FundingMessages } from './messages.js';
import { fundingBreakdownStyles } from './funding-breakdown.styles.js';

/** Width used before the first measure (the chart then re-renders at its real width). */
const FALLBACK_WIDTH = 320;

/**
 * How an action, a centre or a territory is financed: revenues by funder type (or by
 * funder) and expenses by line, as a donut or bars, with each share in %, the
 * unfunded part, approximate amounts marked, a data table and CSV/SVG/PNG downloads.
 *
 * @summary A funding chart (donut or bars) for one action or an aggregate of a Vitrine feed.
 * @tag funding-breakdown
 *
 * @slot - Fallback content shown until the data arrives and kept, under the message, when the feed cannot be read (e.g. the budget as text).
 *
 * @fires funder-select - A funder segment was chosen (click, Enter or Space). `event.key` is the funder type, or the funder's label with `group-by="funder"`; `event.groupBy` says which.
 *
 * @csspart frame - The chart's frame.
 * @csspart title - The title (a heading of level `heading-level`).
 * @csspart chart - Each chart (revenues, expenses).
 * @csspart legend - The legend list (donut) or the ranked bar list (bar).
 * @csspart tooltip - The tooltip.
 * @csspart notes - Notes under the chart (approximate amounts, completeness).
 * @csspart actions - The bar with "Voir les données" and the downloads.
 * @csspart button - Each button of that bar.
 * @csspart table - The data table.
 * @csspart message - Loading errors, warnings and "budget non renseigné".
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop [--vitrine-funder-caf=#0072b2] - Colour of a funder type; one property per type: `--vitrine-funder-commune`, `-intercommunalite`, `-departement`, `-region`, `-etat`, `-europe`, `-msa`, `-carsat`, `-sante`, `-bailleur`, `-fondation`, `-entreprise`, `-usagers`, `-autofinancement`, `-autre`.
 * @cssprop [--vitrine-series-0=#0072b2] - Colour of the n-th expense line (0 to 9).
 * @cssprop [--vitrine-color-not-detailed=#8792a1] - Colour of the part of a total that is not broken down.
 * @cssprop [--funding-breakdown-max-width=60rem] - Maximum width of the element.
 */
export class FundingBreakdown extends FeedElement {
  static override properties: PropertyDeclarations = {
    groupBy: { attribute: 'group-by' },
    shares: {},
    show: {},
    type: { reflect: true },
    tableOpen: { state: true, attribute: false },
  };

  static {
    withChartProperties(this);
  }

  static override styles = [hostStyles, chartStyles, tooltipStyles, dataTableStyles, fundingBreakdownStyles];

  /** `type`: revenues by funder type (CAF, commune…); `funder`: by funder as named in the fiches. */
  groupBy: GroupBy = 'type';

  /**
   * What the percentages of a chart over several actions are shares of. `detailed` (default): of the amounts the
   * fiches detail, the rest stated beside in euros; `budget`: of the whole budget, the rest a "non détaillé" segment.
   * One action's chart always shows shares of its budget.
   */
  shares: ShareBasis = 'detailed';

  /** `revenues`, `expenses`, or `both`. */
  show: Show = 'revenues';

  /** `donut`, or `bar` (a stacked bar over a ranked list). */
  type: 'donut' | 'bar' = 'donut';

  /** @internal The data table is shown (the toggle of the frame, set by chartFrame). */
  tableOpen = false;

  private readonly segments = new SegmentFocus(this);
  private readonly resize = new ResizeController(this, () => this.renderRoot?.querySelector('.frame'));
  private memo?: { key: readonly unknown[]; selection: ChartSelection | FeedLoadError; model?: FundingModel };

  private get bars(): boolean {
    return this.type === 'bar';
  }

  private get grouping(): GroupBy {
    return this.groupBy === 'funder' ? 'funder' : 'type';
  }

  /** Selection and model, recomputed only when the data or the question changes (not on hover). */
  private compute(loaded: LoadedFeed, lang: Lang) {
    const show: Show = this.show === 'expenses' || this.show === 'both' ? this.show : 'revenues';
    const key = [loaded, lang, ...selectionKey(this), this.grouping, show, this.shares];
    if (!this.memo || key.some((k, i) => k !== this.memo!.key[i])) {
      const selection = selectActions(loaded, this);
      // One fiche's budget is its own whole: shares of it read right, and its rest is its own "non financé".
      const basis = selection instanceof FeedLoadError || selection.action ? 'budget' : shareBasis(this.shares);
      const model = selection instanceof FeedLoadError ? undefined : fundingModel(selection.actions, this.grouping, show, lang, basis);
      this.memo = { key, selection, model };
    }
    return this.memo;
  }

  /**
   * The donut's total fits its hole: a figure too wide for it (a federation's "≈ 820 801 350 €" in a 240 px donut)
   * is scaled down around its middle (chart-frame.styles.ts), not cut, as its width is only known once drawn, in
   * the page's fonts; through the CSSOM, which a strict CSP allows. The room: the hole's width where the total's
   * line stands, less a margin. Measured again only when the total or the donut's width changes (a tooltip's
   * re-render at each pointer move would otherwise lay the page out each time), and never while hidden (no width).
   */
  protected override updated(): void {
    for (const total of this.renderRoot.querySelectorAll<SVGTextElement>('.center-total')) {
      const room = total.ownerSVGElement!.width.baseVal.value * DONUT_HOLE * 0.85;
      const text = total.textContent ?? '';
      const drawn = `${room} ${text}`;
      if (total.dataset.fitted === drawn) continue;
      total.style.scale = '';
      // A measure forces a layout (4 ms of the donut page's 48 ms of CPU): a total short enough for the room at
      // 12 px a character, more than its bold digits take in the default fonts, is left unmeasured ("21 280 €").
      if (text.length * 12 <= room) continue;
      const width = total.getComputedTextLength();
      if (!width) continue;
      total.dataset.fitted = drawn;
      if (room < width) total.style.scale = String(room / width);
    }
  }

  protected override renderSkeleton(lang: Lang) {
    return renderSkeleton(lang, this.bars ? '8rem' : '15rem');
  }

  protected override renderContent(lang: Lang) {
    const loaded = this.data.value;
    if (!loaded) return;
    const { selection, model } = this.compute(loaded, lang);
    if (selection instanceof FeedLoadError) return selection;
    const t = fundingMessages(lang);
    const frame = chartFrame(this, selection, t);
    const ok = model!.state === 'ok';
    return renderFrame({
      ...frame,
      lang,
      loaded,
      body: ok
        ? html`${this.renderHeadline(selection, model!, lang, t)}${model!.charts.map((c) => this.renderChart(c, lang, t))}`
        : html`<p class="message" part="message">${model!.state === 'no-actions' ? t.noActions : t.noBudget}</p>`,
      notes: model!.notes,
      tables: ok ? model!.charts.map((c) => c.table) : undefined,
      onExport: this.noExport
        ? undefined
        : async (format) => {
            const probe = this.renderRoot.querySelector<HTMLElement>('.frame')!;
            const { exportFunding } = await loadExport();
            await exportFunding(format, frame.title, selection, model!, lang, this.bars, probe);
          },
    });
  }

  private renderHeadline(selection: ChartSelection, model: FundingModel, lang: Lang, t: FundingMessages) {
    const budget = selection.action?.budget;
    const qualifiers = [budget?.period === 'annual' ? t.annual : '', budget?.basis === 'forecast' ? t.forecast : ''].filter(Boolean);
    return html`<p class="headline">
      ${t.budget} :
      <strong>${model.totals.approximate ? html`<abbr title=${t.approximate}>≈</abbr> ` : nothing}${formatMoney(model.totals.cost, lang)}</strong>
      ${qualifiers.length ? ` (${qualifiers.join(', ')})` : nothing}
    </p>`;
  }

  private renderChart(chart: ChartModel, lang: Lang, t: FundingMessages) {
    const heading = html`<p class="chart-heading" aria-hidden=${chart.missing ? 'false' : 'true'}>${chart.heading}</p>`;
    if (chart.missing) {
      return html`<section class="chart" part="chart" data-chart=${chart.id}>${heading}<p class="message" part="message">${chart.missing}</p></section>`;
    }
    const width = Math.max(200, this.resize.width || FALLBACK_WIDTH);
    const segs = chart.segments;
    const view = (seg: Segment, index: number, d: string, anchor: readonly [number, number]): SegmentView => ({
      d,
      index,
      anchor,
      color: seg.color,
      hatch: seg.kind === 'unfunded' ? UNFUNDED_FILL : patternUrl(index),
      kind: seg.kind,
      label: t.segment(seg.detail ? `${seg.label} (${seg.detail})` : seg.label, formatMoney(seg.amount, lang), formatShare(seg.share, lang), seg.approximate),
      role: seg.kind === 'funder' ? 'button' : 'img',
    });
    let views: SegmentView[];
    let size: [number, number];
    if (this.bars) {
      views = stackLayout(segs, (s) => s.amount, width).map((b) => view(b.datum, b.index, barPath(b.x, b.width, BAR_HEIGHT), [b.x + b.width / 2, 0]));
      size = [width, BAR_HEIGHT];
    } else {
      const d = donutLayout(segs, (s) => s.amount, width);
      views = d.arcs.map((a) => view(a.datum, a.index, a.path, a.anchor));
      size = [d.size, d.size];
    }
    const fractions = rankedFractions(segs.map((s) => s.amount));
    const order = [...segs.keys()];
    if (this.bars) order.sort((a, b) => segs[b]!.amount - segs[a]!.amount);
    return html`<section class="chart" part="chart" data-chart=${chart.id}>
      ${heading}${chart.restNote ? html`<p class="rest-note">${chart.restNote}</p>` : nothing}
      <div class="chart-body" data-type=${this.bars ? 'bar' : 'donut'}>
        ${renderGraphic({
          chart: chart.id,
          width: size[0],
          height: size[1],
          label: chart.summary,
          roleDescription: t.chartRole,
          hint: chart.id === 'revenues' ? t.keyboardHint : t.keyboardHintPlain,
          segments: views,
          focus: this.segments,
          choose: (i) => this.choose(chart, i),
          tooltip: (i) => this.tooltip(segs[i]!, lang),
          center: this.bars ? undefined : chart.center,
        })}
        ${renderLegend(
          order.map((i) => {
            const s = segs[i]!;
            return {
              color: s.kind === 'unfunded' && this.bars ? 'var(--vitrine-color-muted)' : s.color,
              hatch: s.kind === 'unfunded' ? UNFUNDED_FILL : patternUrl(i),
              label: s.label,
              detail: s.detail,
              figure: this.figure(s, lang),
              fraction: fractions[i],
            };
          }),
          this.bars,
        )}
      </div>
    </section>`;
  }

  private figure(seg: Segment, lang: Lang) {
    return html`<span class="amount">${seg.approximate ? '≈ ' : ''}${formatMoney(seg.amount, lang)}</span> <span class="pct">${formatShare(seg.share, lang)}</span>`;
  }

  private tooltip(seg: Segment, lang: Lang) {
    return html`<strong>${seg.label}</strong>${seg.detail ? html`${seg.detail}<br />` : nothing}${seg.approximate ? '≈ ' : ''}${formatMoney(seg.amount, lang)} ·
      ${formatShare(seg.share, lang)}`;
  }

  private choose(chart: ChartModel, index: number): void {
    const seg = chart.segments[index];
    if (seg?.kind === 'funder') this.dispatchEvent(new FunderSelectEvent(seg.key, this.grouping));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'funding-breakdown': FundingBreakdown;
  }
}

/** The shared chart properties withChartProperties declares (chart-properties.ts). */
export interface FundingBreakdown extends ChartProperties {}
