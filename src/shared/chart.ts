/**
 * Rendering shared by the charts (<funding-breakdown>, <staffing-chart>): the frame
 * (title, body, notes, "Voir les données" and downloads, tables), the SVG graphic
 * whose segments are focusable paths with tooltips, and the legend. Plain functions
 * over plain data, so each element stays a thin description of what it shows.
 */
import { html, svg, nothing, type TemplateResult } from 'lit';
import { styleProps } from './style-props.js';
import { isolate } from './bidi.js';
import { FeedLoadError, type LoadedFeed } from '../feed/load.js';
import { filterActions, type ActionCriteria } from '../feed/filter.js';
import { departementName } from '../feed/departements.js';
import type { Action } from '../feed/schema.js';
import type { Lang } from './i18n.js';
import { sharedMessages } from './messages.js';
import { renderSkipped } from './feed-status.js';
import { patternDefs } from './palette.js';
import { renderDataTable, type DataTableModel } from './data-table.js';
import { renderChartActions, type ExportFormat } from './chart-actions.js';
import { renderTooltip, type SegmentFocus } from './tooltip.js';
import { headingLevel } from './heading.js';

/** The placeholder while loading, as tall as the chart will be (no layout shift). */
export function renderSkeleton(lang: Lang, height: string): TemplateResult {
  return html`<div class="frame skeleton" part="skeleton" aria-busy="true">
    <span class="visually-hidden" role="status">${sharedMessages(lang).loading}</span>
    <span class="skeleton-line" ${styleProps({ width: '60%', height: '1.3em' })}></span>
    <span class="skeleton-line" ${styleProps({ width: '35%' })}></span>
    <span class="skeleton-chart" ${styleProps({ '--chart-reserved-height': height })}></span>
    <slot></slot>
  </div>`;
}

export interface FrameOptions {
  lang: Lang;
  loaded: LoadedFeed;
  title: string;
  headingLevel: number;
  /** One action: the feed's skipped-fiches warning concerns aggregates only. */
  single: boolean;
  body: unknown;
  notes: readonly string[];
  /** The figures; absent when there is nothing to show as data (no budget…). */
  tables?: readonly DataTableModel[];
  /** Shorter tables printed instead of `tables` (a role table of 60 rows ran over 2.5 pages). */
  printTables?: readonly DataTableModel[];
  tableOpen: boolean;
  onToggle: () => void;
  onExport?: (format: ExportFormat) => Promise<void> | void;
}

export function renderFrame(o: FrameOptions): TemplateResult {
  const level = headingLevel(o.headingLevel, 3);
  return html`<div class="frame" part="frame">
    <svg class="defs" aria-hidden="true" focusable="false">${patternDefs()}</svg>
    ${o.single ? nothing : renderSkipped(o.loaded, o.lang)}
    <div part="title" class="title" role="heading" aria-level=${level}>${o.title}</div>
    ${o.body}
    ${o.notes.length ? html`<ul class="notes" part="notes">${o.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
    ${o.tables
      ? html`${renderChartActions({ lang: o.lang, tableOpen: o.tableOpen, tableId: 'data', onToggle: o.onToggle, onExport: o.onExport })}
          <div id="data" class=${o.printTables ? 'table-wrap screen-only' : 'table-wrap'} ?hidden=${!o.tableOpen}>${o.tables.map((t) => renderDataTable(t, o.lang))}</div>
          ${o.printTables ? html`<div class="print-only">${o.printTables.map((t) => renderDataTable(t, o.lang))}</div>` : nothing}`
      : nothing}
  </div>`;
}

/** One drawable segment: a path (ring sector or bar) with its accessible name. */
export interface SegmentView {
  d: string;
  index: number;
  /** Where the tooltip points when the segment has focus. */
  anchor: readonly [number, number];
  color: string;
  /** Forced-colours/print fill (pattern URL), or 'none'. */
  hatch: string;
  kind: string;
  label: string;
  /** `button` when choosing the segment does something, else `img`. */
  role: 'button' | 'img';
}

export interface GraphicOptions {
  chart: string;
  width: number;
  height: number;
  /** The chart's accessible name (the summary sentence). */
  label: string;
  roleDescription: string;
  hint: string;
  segments: readonly SegmentView[];
  focus: SegmentFocus;
  choose?: (index: number) => void;
  tooltip: (index: number) => TemplateResult;
  /** Lines in the middle of a donut. */
  center?: readonly [string, string];
}

export function renderGraphic(o: GraphicOptions): TemplateResult {
  const { focus, chart } = o;
  const hintId = `hint-${chart}`;
  const tip = focus.tipWithin(chart, o.segments.length);
  return html`<div class="graphic tip-box">
    <p class="visually-hidden" id=${hintId}>${o.hint}</p>
    <svg
      width=${o.width}
      height=${o.height}
      viewBox=${`0 0 ${o.width} ${o.height}`}
      role="group"
      aria-label=${o.label}
      aria-roledescription=${o.roleDescription}
      aria-describedby=${hintId}
      @keydown=${(e: KeyboardEvent) => focus.keydown(e, chart, o.segments.length, o.choose)}
    >
      ${o.segments.map((s) => {
        const on = focus.handlers(chart, s.index, s.anchor, () => o.choose?.(s.index));
        return svg`<path class="seg" d=${s.d} data-index=${s.index} data-kind=${s.kind} ${styleProps({ fill: s.color })}
            role=${s.role} tabindex=${focus.tabindex(chart, s.index)} aria-label=${s.label} ?data-active=${focus.isShown(chart, s.index)}
            @focus=${on.focus} @blur=${on.blur} @pointermove=${on.pointer} @pointerdown=${on.pointer} @pointerleave=${on.leave}
            @click=${on.click}></path><path class="hatch" d=${s.d} fill=${s.hatch}></path>`;
      })}
      ${o.center
        ? svg`<g aria-hidden="true"><text class="center-total" x=${o.width / 2} y=${o.height / 2} text-anchor="middle">${o.center[0]}</text>
            <text class="center-label" x=${o.width / 2} y=${o.height / 2 + 20} text-anchor="middle">${o.center[1]}</text></g>`
        : nothing}
    </svg>
    ${renderTooltip(tip, () => o.tooltip(tip!.index))}
  </div>`;
}

export interface LegendItem {
  color: string;
  hatch: string;
  label: string;
  detail?: string;
  figure: unknown;
  /** Bar length (0–1): a ranked list with bars instead of swatches. */
  fraction?: number;
}

/** A legend beside a donut (swatches), or a ranked list of bars. */
export function renderLegend(items: readonly LegendItem[], ranked: boolean): TemplateResult {
  const label = (i: LegendItem) => html`<span>${i.label}${i.detail ? html`<span class="detail">${i.detail}</span>` : nothing}</span>`;
  const figure = (i: LegendItem) => html`<span class="figure">${i.figure}</span>`;
  if (ranked) {
    return html`<ol class="ranked" part="legend">
      ${items.map(
        (i) => html`<li>
          ${label(i)}${figure(i)}<span class="track" aria-hidden="true"
            ><span class="fill" ${styleProps({ width: `${((i.fraction ?? 0) * 100).toFixed(2)}%`, background: i.color })}></span
          ></span>
        </li>`,
      )}
    </ol>`;
  }
  return html`<ul class="legend" part="legend">
    ${items.map(
      (i) => html`<li>
        <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
          <path class="seg" d="M0,0h10v10h-10Z" ${styleProps({ fill: i.color })}></path><path class="hatch" d="M0,0h10v10h-10Z" fill=${i.hatch}></path>
        </svg>
        ${label(i)}${figure(i)}
      </li>`,
    )}
  </ul>`;
}


/**
 * The code that writes a download (shared/export.ts: CSV, file names, the image loader) and the charts' export
 * documents (downloads.ts), fetched on the first download. One import() for every element. Tried and dropped: the
 * charts' export documents as a lazy chunk of their own; the bundler then moved format, departements and issues out
 * of vitrine.js into static chunks, a round trip on every page (check-size.mjs refuses it).
 */
export const loadExport = () => import('./downloads.js');

/** The actions a chart shows: one by id, or those matching the filters. */
export interface ChartSelection {
  actions: Action[];
  /** The single action, with `action-id`. */
  action?: Action;
  /** What the filters name (structure, département, keyword), for the title. */
  scope: string[];
}

export function selectActions(
  loaded: LoadedFeed,
  o: { actionId?: string; structure?: string; departement?: string; keyword?: string },
): ChartSelection | FeedLoadError {
  if (o.actionId) {
    const action = loaded.actionById.get(o.actionId);
    return action ? { actions: [action], action, scope: [] } : new FeedLoadError('not-found', o.actionId);
  }
  const criteria: ActionCriteria = { structure: o.structure, departement: o.departement, keyword: o.keyword };
  const scope = [
    o.structure ? (loaded.structureById.get(o.structure)?.name ?? o.structure) : '',
    o.departement ? (departementName(o.departement.toUpperCase()) ?? o.departement) : '',
    o.keyword ?? '',
  ]
    .filter(Boolean)
    .map(isolate);
  return { actions: filterActions(loaded.feed, criteria), scope };
}
