import { html, nothing, svg, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { LoadedFeed } from '../feed/load.js';
import { FeedElement } from '../shared/feed-element.js';
import { renderSkipped } from '../shared/feed-status.js';
import type { Lang } from '../shared/i18n.js';
import { sharedMessages } from '../shared/messages.js';
import { TerritorySelectEvent } from '../shared/events.js';
import { hostStyles } from '../shared/host.styles.js';
import { ResizeController } from '../shared/resize-controller.js';
import { tooltipLeft } from '../shared/tooltip.js';
import { chartActionsStyles, renderChartActions, type ExportFormat } from '../shared/chart-actions.js';
import { tooltipStyles } from '../shared/tooltip.styles.js';
import { dataTableStyles } from '../shared/data-table.styles.js';
import { viewBoxAttribute } from '../geo/projection.js';
import type { AreaFigures } from './aggregate-territory.js';
import { regionBorders, type MapArea } from './areas.js';
import type { Level } from './focus.js';
import { navigationTarget, type NavPoint } from './navigation.js';
import type { StructurePoint } from './points.js';
import { MarkerController } from './marker-controller.js';
import { textMeasure } from './measure-text.js';
import { shadeAreas, shadeOf, type Metric, type Shading } from './shading.js';
import { mapMessages, type MapMessages } from './messages.js';
import { figuresOf, mapView, type MapView } from './map-view.js';
import { FULL_SIZE_PX, LABEL_PX, renderArea, renderContext, renderInsets, renderLabels, renderMarkers, renderOutlines, renderPatterns } from './map-layers.js';
import { renderTip, tipAt, type Tip } from './map-tooltip.js';
import { noteLines, renderLegend, renderNotes } from './map-legend.js';
import { mapTables, renderTables, toCsvTables, type MapTables } from './map-table.js';
import { loadExport } from '../shared/chart.js';
import type { MapExportInput } from './map-export.js';
import { territoryMapStyles } from './territory-map.styles.js';
import { mapLegendStyles } from './map-legend.styles.js';
import { mapModeStyles } from './map-modes.styles.js';

/**
 * A map of France's départements (mainland, Corsica and the five overseas départements in insets) shaded by the
 * number, budget or ETP of a feed's actions, with a marker per structure at its commune. Keyboard users move
 * between areas with the arrow keys; every figure is also in a table ("Voir les données").
 *
 * Loaded on demand: the CDN bundle fetches this element's code and geometry only when a `<territory-map>` is on
 * the page, and the commune table only when a structure gives a commune code.
 *
 * @summary A choropleth map of France showing where a feed's actions take place.
 * @tag territory-map
 *
 * @slot - Fallback content shown until the data arrives and kept, under the message, when the feed cannot be read (e.g. a link to the figures), for pages without JavaScript.
 *
 * @fires territory-select - The reader chose an area (click, tap, Enter or Space). `event.code` holds its INSEE code and `event.level` `departement` or `region`.
 *
 * @csspart frame - The element's frame.
 * @csspart caption - The title above the map (metric, level and focus).
 * @csspart graphic - The box holding the map and its tooltip.
 * @csspart map - The SVG map.
 * @csspart area - Each département or région the reader can choose.
 * @csspart marker - Each structure marker.
 * @csspart inset - The frame of an overseas inset.
 * @csspart tooltip - The tooltip.
 * @csspart legend - The legend of classes.
 * @csspart notes - Remarks under the legend (actions not on the map, sources).
 * @csspart button - The "Voir les données" toggle and the download buttons.
 * @csspart actions - The bar of these buttons.
 * @csspart table - The data tables.
 * @csspart message - Loading errors and warnings.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop [--vitrine-color-surface-alt=#f3f5f8] - Areas outside the focus, skeleton.
 * @cssprop [--territory-map-class-1=#c6dbef] - Colour of the lightest class (then `-2` #9ecae1, `-3` #6baed6, `-4` #3182bd, `-5` #08519c, darkest).
 * @cssprop [--territory-map-none=#8c959f] - Hatching of areas without any action.
 * @cssprop [--territory-map-unknown=#57606a] - Dots of areas whose actions give no figure for the metric.
 * @cssprop [--territory-map-border=#ffffff] - Borders between areas.
 * @cssprop [--territory-map-marker=#d55e00] - Fill of the structure markers.
 * @cssprop [--territory-map-max-width=48rem] - Maximum width of the element.
 */
export class TerritoryMap extends FeedElement {
  static override properties: PropertyDeclarations = {
    metric: { reflect: true },
    level: { reflect: true },
    focusArea: { attribute: 'focus', reflect: true },
    selected: { reflect: true },
    noMarkers: { type: Boolean, attribute: 'no-markers', reflect: true },
    noExport: { attribute: 'no-export', type: Boolean },
    tableOpen: { state: true, attribute: false },
    tip: { state: true, attribute: false },
    active: { state: true, attribute: false },
    focused: { state: true, attribute: false },
  };

  static override styles = [hostStyles, dataTableStyles, territoryMapStyles, tooltipStyles, chartActionsStyles, mapLegendStyles, mapModeStyles];

  /** What shades the areas: `actions` (number of actions), `budget` (euros) or `etp` (salaried and volunteer ETP). */
  metric: Metric = 'actions';

  /** Areas shaded and chosen: `departement` or `region`. */
  level: Level = 'departement';

  /**
   * Zooms on areas (attribute `focus`): a code read at the map's level, or prefixed (`region:32` for
   * Hauts-de-France, `departement:62`), several separated by commas. Other areas stay as a grey backdrop.
   */
  focusArea?: string;

  /** Code of the chosen area, outlined on the map; set by the reader's choice, or by the page. */
  selected?: string;

  /** Hides the structure markers (e.g. a national map of thousands of centres). */
  noMarkers = false;

  /** Hides the download buttons (the data table stays available). */
  noExport = false;

  private tableOpen = false;
  private tip?: Tip;
  private active?: string;
  /** The area holding the keyboard focus, outlined over its neighbours. */
  private focused?: string;

  private readonly size = new ResizeController(this);
  private readonly markers = new MarkerController(this);
  private shadingFor?: { byArea: ReadonlyMap<string, AreaFigures>; metric: Metric; shading: Shading };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('level') || changed.has('focusArea')) {
      this.active = undefined;
      this.tip = undefined;
    }
  }

  /** The tooltip is centred on its anchor once its width is known, inside the map: the host clips overflow. */
  protected override updated(): void {
    const tooltip = this.tip && this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tooltip) tooltip.style.left = `${tooltipLeft(this.tip!.x, tooltip.offsetWidth, 0, this.graphic.clientWidth, 0)}px`;
  }

  protected override renderContent(lang: Lang) {
    const loaded = this.data.value;
    return loaded && this.renderMap(loaded, lang);
  }

  protected override renderSkeleton(lang: Lang) {
    return html`<div part="skeleton" class="frame skeleton" aria-busy="true">
      <span class="visually-hidden" role="status">${sharedMessages(lang).loading}</span>
      <span class="skeleton-line caption-line"></span>
      <div class="skeleton-map"></div>
      <slot></slot>
    </div>`;
  }

  private get metricValid(): Metric {
    return this.metric === 'budget' || this.metric === 'etp' ? this.metric : 'actions';
  }

  private get levelValid(): Level {
    return this.level === 'region' ? 'region' : 'departement';
  }

  private renderMap(loaded: LoadedFeed, lang: Lang) {
    const t = mapMessages(lang);
    const metric = this.metricValid;
    const level = this.levelValid;
    const figures = figuresOf(loaded);
    const view = mapView({ figures, metric, level, focusArea: this.focusArea, active: this.active, selected: this.selected, t });
    const { byArea, navigable } = view;
    const shading = this.shadingOf(byArea, metric);
    const points = this.noMarkers ? [] : this.markers.points(loaded);
    const tables = () => mapTables({ byArea, figures, areas: view.areas, points, level, lang, t });
    // Key and focus listeners sit on the HTML box, not on an SVG group: Chrome makes an SVG element with focus
    // listeners focusable, which would add a tab stop.
    return html`<div part="frame" class="frame">
      ${renderSkipped(loaded, lang)}
      <p part="caption" class="caption">${view.caption}</p>
      <div
        part="graphic"
        class="graphic tip-box"
        @pointerleave=${this.hideTip}
        @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, navigable)}
        @focusin=${this.onFocusIn}
        @focusout=${() => (this.focused = undefined)}
      >
        ${this.renderSvg(view, shading, points, lang, t)} ${renderTip(this.tip, { byArea, navigable, points, lang, t })}
      </div>
      ${renderLegend(shading, metric, points, lang, t)} ${renderNotes(figures, points, t)}
      <div class="data" ?hidden=${shading.empty}>
        ${renderChartActions({
          lang,
          tableOpen: this.tableOpen,
          tableId: 'tm-data',
          onToggle: () => (this.tableOpen = !this.tableOpen),
          onExport: this.noExport ? undefined : (format) => this.export(format, tables(), { view, shading, points, metric, notes: noteLines(figures, points, t), lang, t }),
        })}
        <div id="tm-data" class="table-wrap" ?hidden=${!this.tableOpen}>${this.tableOpen ? renderTables(tables(), level, lang, t) : nothing}</div>
      </div>
    </div>`;
  }

  private renderSvg(view: MapView, shading: Shading, points: readonly StructurePoint[], lang: Lang, t: MapMessages) {
    const { byArea, navigable, active } = view;
    // Map units per screen pixel: markers, labels and hatching keep their on-screen size at any zoom.
    const unit = view.view.width / (this.size.width || FULL_SIZE_PX);
    const pointed = this.tip?.kind === 'area' ? this.tip.key : undefined;
    return html`<svg
      part="map"
      class="map"
      viewBox=${viewBoxAttribute(view.view)}
      role="group"
      aria-label=${t.mapLabel(view.caption)}
      @pointermove=${this.onPointerMove}
      @click=${this.onClick}
    >
      ${renderPatterns(unit)} ${renderContext(view.areas, view.inFocus)}
      <g class="areas">
        ${navigable.map((a) =>
          renderArea(a, { shade: shadeOf(shading, a.code), figures: byArea.get(a.code), active: a.code === active, selected: this.selected === a.code }, lang, t),
        )}
      </g>
      ${this.levelValid === 'departement' ? svg`<path class="region-borders" d=${regionBorders()} aria-hidden="true"></path>` : nothing}
      ${renderOutlines(navigable, { selected: this.selected, pointed, focused: this.focused })}
      ${view.focus ? renderLabels(navigable, unit, textMeasure(this, LABEL_PX, 600), (code) => byArea.get(code)?.actions ?? 0) : nothing}
      ${renderInsets(unit, this.size.width)} ${renderMarkers(points, unit, this.size.width)}
    </svg>`;
  }

  /** The shading, kept between renders: a pointer moving over the map re-renders at every frame. */
  private shadingOf(byArea: ReadonlyMap<string, AreaFigures>, metric: Metric): Shading {
    const cached = this.shadingFor;
    if (cached && cached.byArea === byArea && cached.metric === metric) return cached.shading;
    const shading = shadeAreas(byArea, metric);
    this.shadingFor = { byArea, metric, shading };
    return shading;
  }

  /** The box tooltips are anchored in. */
  private get graphic(): Element {
    return this.renderRoot.querySelector('.graphic')!;
  }

  /** The pointer left the map: its tooltip goes, unless it is the keyboard-focused area's. */
  private readonly hideTip = () => {
    const focused = this.renderRoot.querySelector(':focus')?.getAttribute('data-code');
    if (this.tip && !(this.tip.kind === 'area' && this.tip.key === focused)) this.tip = undefined;
  };

  private readonly onPointerMove = (event: PointerEvent) => {
    const tip = tipAt(event, this.graphic);
    if (tip || this.tip) this.tip = tip;
  };

  private readonly onClick = (event: MouseEvent) => {
    // A tap shows the tooltip where the finger is (no hover on touch screens).
    const tip = tipAt(event, this.graphic);
    if (tip) this.tip = tip;
    if (tip?.kind === 'area') {
      this.active = tip.key;
      this.choose(tip.key);
    }
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const tip = tipAt(event, this.graphic);
    if (tip?.kind !== 'area') return;
    this.active = tip.key;
    this.focused = tip.key;
    this.tip = tip;
  };

  private onKeyDown(event: KeyboardEvent, navigable: readonly MapArea[]): void {
    const current = (event.target as Element).getAttribute('data-code');
    if (current === null) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(current);
      return;
    }
    if (event.key === 'Escape') {
      this.tip = undefined;
      return;
    }
    const points: NavPoint[] = navigable.map((a) => ({ code: a.code, x: a.label[0], y: a.label[1] }));
    const next = navigationTarget(points, current, event.key);
    if (next === undefined) return;
    event.preventDefault();
    if (next === current) return;
    this.active = next;
    // Focus moves once the render has given the area its tab stop.
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGPathElement>(`path.area[data-code="${next}"]`)?.focus());
  }

  /** CSV of the tables the reader sees; SVG and PNG of the map, drawn by a module fetched on the first image. */
  private async export(format: ExportFormat, tables: MapTables, input: MapExportInput): Promise<void> {
    const probe = this.renderRoot.querySelector<HTMLElement>('.frame')!;
    const name = `${input.t.file}-${input.view.caption}`;
    // The image's layout (map-export.ts) is fetched beside the file writers, not after them.
    const [{ exportChart }, { mapExportDocument }] = await Promise.all([loadExport(), import('./map-export.js')]);
    await exportChart(format, name, toCsvTables(tables), probe, (color, width) => mapExportDocument(input, color, width));
  }

  private choose(code: string): void {
    this.selected = code;
    this.dispatchEvent(new TerritorySelectEvent(code, this.levelValid));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'territory-map': TerritoryMap;
  }
}
