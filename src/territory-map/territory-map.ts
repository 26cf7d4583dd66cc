import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Structure } from '../feed/schema.js';
import type { LoadedFeed } from '../feed/load.js';
import { FeedElement } from '../shared/feed-element.js';
import { renderSkipped } from '../shared/feed-status.js';
import type { Lang } from '../shared/i18n.js';
import { formatEtp, formatMoney, formatNumber } from '../shared/format.js';
import { sharedMessages } from '../shared/messages.js';
import { styleProps } from '../shared/style-props.js';
import { TerritorySelectEvent } from '../shared/events.js';
import { hostStyles } from '../shared/host.styles.js';
import { ResizeController } from '../shared/resize-controller.js';
import { renderDataTable, type Cell, type DataTableModel } from '../shared/data-table.js';
import { dataTableStyles } from '../shared/data-table.styles.js';
import {
  focusViewBox,
  franceViewBox,
  insetFrames,
  loadCommunePoints,
  viewBoxAttribute,
  type CommunePoints,
} from '../geo/projection.js';
import { departementName } from '../feed/departements.js';
import { territoryFigures, type AreaFigures, type TerritoryFigures } from './aggregate-territory.js';
import { mapAreas, regionBorders, type MapArea } from './areas.js';
import { parseFocus, type Focus, type Level } from './focus.js';
import { navigationTarget, type NavPoint } from './navigation.js';
import { needsCommunePoints, placeStructures, type StructurePoint } from './points.js';
import { shadeAreas, shadeOf, type Metric, type Shade, type Shading } from './shading.js';
import { mapMessages } from './messages.js';
import { territoryMapStyles } from './territory-map.styles.js';

type Messages = ReturnType<typeof mapMessages>;

/** Where the tooltip is: an area or a marker, anchored in px in the graphic box. */
interface Tip {
  kind: 'area' | 'point';
  key: string;
  x: number;
  y: number;
}

/** Figures of a feed, computed once per parsed feed, whatever the number of maps showing it. */
const figuresCache = new WeakMap<LoadedFeed, TerritoryFigures>();

function figuresOf(loaded: LoadedFeed): TerritoryFigures {
  let figures = figuresCache.get(loaded);
  if (!figures) figuresCache.set(loaded, (figures = territoryFigures(loaded.feed)));
  return figures;
}

/** The shape of the whole map: a focused view keeps it, so the element never changes size. */
const FULL = franceViewBox();
const ASPECT = FULL.width / FULL.height;

/** Marker radius and label size in screen pixels, converted to map units at the current zoom. */
const MARKER_PX = 4.5;
/** The width the sizes above are meant for (and assumed until the element is measured). */
const FULL_SIZE_PX = 640;
const LABEL_PX = 12;
const HATCH_PX = 6;
const MAX_TIP_STRUCTURES = 4;
/** Below this width an inset (a seventh of the map) is too narrow for its name. */
const NAMED_INSETS_MIN_PX = 480;

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
 * @csspart button - The "Voir les données" toggle.
 * @csspart table - The data tables.
 * @csspart message - Loading errors and warnings.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop [--vitrine-font-family=system-ui] - Font of every Vitrine element.
 * @cssprop [--vitrine-color-text=#1f2328] - Main text colour, labels.
 * @cssprop [--vitrine-color-muted=#57606a] - Secondary text, inset frames and région borders.
 * @cssprop [--vitrine-color-surface=#ffffff] - Background, borders between areas.
 * @cssprop [--vitrine-color-surface-alt=#f3f5f8] - Areas outside the focus, skeleton.
 * @cssprop [--vitrine-color-border=#d0d7de] - Frame border.
 * @cssprop [--vitrine-color-accent=#0b5cad] - Focus outline and buttons.
 * @cssprop [--vitrine-radius=0.5rem] - Corner radius.
 * @cssprop [--vitrine-space=1rem] - Base spacing.
 * @cssprop [--territory-map-class-1=#c6dbef] - Colour of the lightest class (then `-2` #9ecae1, `-3` #6baed6, `-4` #3182bd, `-5` #08519c, darkest).
 * @cssprop [--territory-map-none=#8c959f] - Hatching of areas without any action.
 * @cssprop [--territory-map-unknown=#57606a] - Dots of areas whose actions give no figure for the metric.
 * @cssprop [--territory-map-border=#ffffff] - Borders between areas.
 * @cssprop [--territory-map-marker=#d55e00] - Fill of the structure markers.
 * @cssprop [--territory-map-max-width=48rem] - Maximum width of the element.
 */
export class TerritoryMap extends FeedElement {
  static override styles = [hostStyles, dataTableStyles, territoryMapStyles];

  /** What shades the areas: `actions` (number of actions), `budget` (euros) or `etp` (salaried and volunteer ETP). */
  @property({ reflect: true }) metric: Metric = 'actions';

  /** Areas shaded and chosen: `departement` or `region`. */
  @property({ reflect: true }) level: Level = 'departement';

  /**
   * Zooms on areas (attribute `focus`): a code read at the map's level, or prefixed (`region:32` for
   * Hauts-de-France, `departement:62`), several separated by commas. Other areas stay as a grey backdrop.
   */
  @property({ attribute: 'focus', reflect: true }) focusArea?: string;

  /** Code of the chosen area, outlined on the map; set by the reader's choice, or by the page. */
  @property({ reflect: true }) selected?: string;

  /** Hides the structure markers (e.g. a national map of thousands of centres). */
  @property({ type: Boolean, attribute: 'no-markers', reflect: true }) noMarkers = false;

  @state() private tableOpen = false;
  @state() private tip?: Tip;
  @state() private active?: string;
  /** The area holding the keyboard focus, outlined over its neighbours. */
  @state() private focused?: string;
  @state() private communes?: CommunePoints | 'failed';

  private readonly size = new ResizeController(this);
  private communesRequested = false;
  private shadingFor?: { byArea: ReadonlyMap<string, AreaFigures>; metric: Metric; shading: Shading };
  private placedFor?: { loaded: LoadedFeed; communes: CommunePoints | 'failed' | undefined; points: StructurePoint[] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('level') || changed.has('focusArea')) {
      this.active = undefined;
      this.tip = undefined;
    }
    const loaded = this.data.value;
    if (loaded && !this.noMarkers && !this.communesRequested && needsCommunePoints(loaded.feed.structures)) {
      this.communesRequested = true;
      loadCommunePoints().then(
        (points) => (this.communes = points),
        // Without the commune table (network failure) structures stand at their département's label point.
        () => (this.communes = 'failed'),
      );
    }
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
    const byArea = level === 'region' ? figures.regions : figures.departements;
    const shading = this.shadingOf(byArea, metric);
    const areas = mapAreas(level);
    const focus = parseFocus(this.focusArea, level);
    const view = (focus && focusViewBox({ departements: focus.departements }, { aspect: ASPECT, padding: 0.08 })) ?? FULL;
    const inFocus = focusedCodes(focus, level);
    const navigable = inFocus ? areas.filter((a) => inFocus.has(a.code)) : areas;
    const active = this.active && navigable.some((a) => a.code === this.active) ? this.active : defaultActive(navigable, byArea, this.selected);
    const caption = `${t.metric[metric]} ${t.byLevel[level]}${focus ? ` — ${focusName(focus)}` : ''}`;
    const points = this.noMarkers ? [] : this.structurePoints(loaded);
    // Map units per screen pixel: markers, labels and hatching keep their on-screen size at any zoom.
    const unit = view.width / (this.size.width || FULL_SIZE_PX);

    // Key and focus listeners sit on the HTML box, not on an SVG group: Chrome makes an SVG element with focus
    // listeners focusable, which would add a tab stop.
    return html`<div part="frame" class="frame">
      ${renderSkipped(loaded, lang)}
      <p part="caption" class="caption">${caption}</p>
      <div
        part="graphic"
        class="graphic"
        @pointerleave=${this.hideTip}
        @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, navigable)}
        @focusin=${this.onFocusIn}
        @focusout=${() => (this.focused = undefined)}
      >
        <svg
          part="map"
          class="map"
          viewBox=${viewBoxAttribute(view)}
          role="group"
          aria-label=${t.mapLabel(caption)}
          @pointermove=${this.onPointerMove}
          @click=${this.onClick}
        >
          <defs>
            <pattern id="tm-none" class="hatch" width=${HATCH_PX * unit} height=${HATCH_PX * unit} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="hatch-ground" width=${HATCH_PX * unit} height=${HATCH_PX * unit}></rect>
              <rect class="hatch-line" width=${0.8 * unit} height=${HATCH_PX * unit}></rect>
            </pattern>
            <pattern id="tm-unknown" class="dots" width=${HATCH_PX * unit} height=${HATCH_PX * unit} patternUnits="userSpaceOnUse">
              <rect class="hatch-ground" width=${HATCH_PX * unit} height=${HATCH_PX * unit}></rect>
              <circle class="hatch-line" cx=${HATCH_PX * unit * 0.5} cy=${HATCH_PX * unit * 0.5} r=${1.2 * unit}></circle>
            </pattern>
          </defs>
          ${inFocus
            ? svg`<g class="context" aria-hidden="true">
                ${areas.filter((a) => !inFocus.has(a.code)).map((a) => svg`<path class="context-area" d=${a.d}></path>`)}
              </g>`
            : nothing}
          <g class="areas">
            ${navigable.map((a) => this.renderArea(a, shadeOf(shading, a.code), byArea.get(a.code), a.code === active, lang, t))}
          </g>
          ${level === 'departement'
            ? svg`<path class="region-borders" d=${regionBorders()} aria-hidden="true"></path>`
            : nothing}
          ${this.renderOutlines(navigable)}
          ${focus ? this.renderLabels(navigable, unit) : nothing}
          ${this.renderInsets(unit, this.size.width > 0 && this.size.width < NAMED_INSETS_MIN_PX)}
          ${this.renderMarkers(points, unit)}
        </svg>
        ${this.renderTip(byArea, navigable, points, lang, t)}
      </div>
      ${this.renderLegend(shading, metric, points, lang, t)}
      ${this.renderNotes(figures, points, t)}
      <div class="data" ?hidden=${shading.empty}>
        <button
          type="button"
          part="button"
          class="toggle"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="tm-data"
          @click=${() => (this.tableOpen = !this.tableOpen)}
        >
          ${this.tableOpen ? t.hideData : t.showData}
        </button>
        <div id="tm-data" class="table-wrap" ?hidden=${!this.tableOpen}>
          ${this.tableOpen ? this.renderTables(byArea, figures, areas, points, level, lang, t) : nothing}
        </div>
      </div>
    </div>`;
  }

  private renderArea(area: MapArea, shade: Shade, figures: AreaFigures | undefined, isActive: boolean, lang: Lang, t: Messages) {
    return svg`<path
      part="area"
      class="area"
      d=${area.d}
      data-code=${area.code}
      data-shade=${shade.kind}
      data-step=${shade.kind === 'class' ? shade.step : nothing}
      role="button"
      tabindex=${isActive ? 0 : -1}
      aria-pressed=${this.selected === area.code ? 'true' : 'false'}
      aria-label=${`${area.name} (${area.code}) : ${figureLines(figures, lang, t).join(', ')}`}
    ></path>`;
  }

  /** Outlines drawn over every fill, so a chosen or pointed area is never half hidden by its neighbours. */
  private renderOutlines(navigable: readonly MapArea[]) {
    const find = (code: string | undefined) => (code === undefined ? undefined : navigable.find((a) => a.code === code));
    const selected = find(this.selected);
    const pointed = this.tip?.kind === 'area' ? find(this.tip.key) : undefined;
    const focused = find(this.focused);
    return svg`<g class="outlines" aria-hidden="true">
      ${selected ? svg`<path class="outline selected" d=${selected.d}></path>` : nothing}
      ${pointed ? svg`<path class="outline pointed" d=${pointed.d}></path>` : nothing}
      ${focused ? svg`<path class="outline focused" d=${focused.d}></path>` : nothing}
    </g>`;
  }

  private renderLabels(navigable: readonly MapArea[], unit: number) {
    return svg`<g class="labels" aria-hidden="true" font-size=${LABEL_PX * unit} stroke-width=${3 * unit}>
      ${navigable.map((a) => svg`<text x=${a.label[0]} y=${a.label[1] - 2.5 * MARKER_PX * unit} text-anchor="middle">${a.name}</text>`)}
    </g>`;
  }

  /** Frames of the overseas insets, named unless the map is too narrow for the names to fit in them. */
  private renderInsets(unit: number, narrow: boolean) {
    return svg`<g class="insets" aria-hidden="true">
      ${insetFrames().map(
        (f) => svg`<rect part="inset" class="inset" x=${f.x} y=${f.y} width=${f.width} height=${f.height}></rect>
          ${narrow ? nothing : svg`<text class="inset-name" x=${f.x + 3 * unit} y=${f.y + f.height - 3 * unit} font-size=${10 * unit}>${f.name}</text>`}`,
      )}
    </g>`;
  }

  private renderMarkers(points: readonly StructurePoint[], unit: number) {
    if (!points.length) return nothing;
    // On a phone-sized map markers shrink (down to half), or they would hide the colours they stand on.
    const shrink = Math.min(1, Math.max(0.5, (this.size.width || FULL_SIZE_PX) / FULL_SIZE_PX));
    return svg`<g class="markers" aria-hidden="true" stroke-width=${1.25 * unit}>
      ${points.map((p) => {
        const r = MARKER_PX * unit * shrink * Math.min(2, Math.sqrt(p.structures.length));
        return svg`<circle part="marker" class="marker" data-point=${p.key} data-exact=${p.exact ? 'true' : 'false'} cx=${p.x} cy=${p.y} r=${r}></circle>`;
      })}
    </g>`;
  }

  private renderTip(
    byArea: ReadonlyMap<string, AreaFigures>,
    navigable: readonly MapArea[],
    points: readonly StructurePoint[],
    lang: Lang,
    t: Messages,
  ) {
    const tip = this.tip;
    if (!tip) return nothing;
    let body;
    if (tip.kind === 'area') {
      const area = navigable.find((a) => a.code === tip.key);
      if (!area) return nothing;
      body = html`<strong>${area.name} (${area.code})</strong>${figureLines(byArea.get(area.code), lang, t).map((line) => html`<span>${line}</span>`)}`;
    } else {
      const point = points.find((p) => p.key === tip.key);
      if (!point) return nothing;
      // A département's point may hold dozens of structures: the tooltip names a few, the table lists them all.
      const shown = point.structures.slice(0, MAX_TIP_STRUCTURES);
      body = html`${shown.map(
        (s) => html`<strong>${s.name}</strong><span>${[s.commune ?? departementName(s.departement), t.actions(s.actions)].filter(Boolean).join(' · ')}</span>`,
      )}${point.structures.length > shown.length ? html`<span>${t.more(point.structures.length - shown.length)}</span>` : nothing}`;
    }
    return html`<div part="tooltip" class="tooltip" aria-hidden="true" ${styleProps({ '--tip-x': `${tip.x}px`, '--tip-y': `${tip.y}px` })}>${body}</div>`;
  }

  private renderLegend(shading: Shading, metric: Metric, points: readonly StructurePoint[], lang: Lang, t: Messages) {
    const format = (v: number) => formatValue(v, metric, lang);
    const { classes } = shading.classification;
    if (shading.empty) return html`<p part="legend" class="legend empty" role="status">${t.noActions}</p>`;
    return html`<div part="legend" class="legend">
      <span class="legend-title">${t.metric[metric]}</span>
      <ul>
        ${classes.map(
          (c, i) => html`<li>
            <span class="swatch" data-shade="class" data-step=${shading.steps[i]!}></span>${c.min === c.max ? format(c.min) : `${format(c.min)} – ${format(c.max)}`}
          </li>`,
        )}
        ${shading.hasUnknown ? html`<li><span class="swatch" data-shade="unknown"></span>${t.legendUnknown}</li>` : nothing}
        <li><span class="swatch" data-shade="none"></span>${t.legendNoAction}</li>
        ${points.length ? html`<li><span class="swatch marker-swatch"></span>${t.legendPoint}</li>` : nothing}
        ${points.some((p) => !p.exact) ? html`<li><span class="swatch marker-swatch" data-exact="false"></span>${t.legendPointApprox}</li>` : nothing}
      </ul>
    </div>`;
  }

  private renderNotes(figures: TerritoryFigures, points: readonly StructurePoint[], t: Messages) {
    return html`<ul part="notes" class="notes">
      ${figures.unplaced ? html`<li>${t.unplaced(figures.unplaced)}</li>` : nothing}
      <li>${t.creditsMap}${points.some((p) => p.exact) ? ` ${t.creditsCommunes}` : ''}</li>
    </ul>`;
  }

  private renderTables(
    byArea: ReadonlyMap<string, AreaFigures>,
    figures: TerritoryFigures,
    areas: readonly MapArea[],
    points: readonly StructurePoint[],
    level: Level,
    lang: Lang,
    t: Messages,
  ) {
    const nameOf = new Map(areas.map((a) => [a.code, a.name]));
    const row = (label: string, f: AreaFigures): Cell[] => [
      label,
      f.actions,
      f.structures,
      f.budgetActions ? f.budget : null,
      f.etpActions ? f.etp : null,
    ];
    const rows = [...byArea.values()].map((f) => row(`${nameOf.get(f.code) ?? f.code} (${f.code})`, f));
    const model: DataTableModel = {
      caption: t.tableCaption(t.byLevel[level]),
      columns: [
        { label: t.areaColumn[level], format: 'text' },
        { label: t.actionsColumn, format: 'number' },
        { label: t.structuresColumn, format: 'number' },
        { label: t.budgetColumn, format: 'money' },
        { label: t.etpColumn, format: 'etp' },
      ],
      rows,
      foot: [row(t.total, figures.total)],
    };
    const structures = points.flatMap((p) => p.structures).sort((a, b) => b.actions - a.actions || a.name.localeCompare(b.name, lang));
    const structureModel: DataTableModel = {
      caption: t.structuresCaption,
      columns: [
        { label: t.structureColumn, format: 'text' },
        { label: t.communeColumn, format: 'text' },
        { label: t.areaColumn.departement, format: 'text' },
        { label: t.actionsColumn, format: 'number' },
      ],
      rows: structures.map((s) => [s.name, s.commune ?? null, departementName(s.departement) ?? null, s.actions]),
    };
    return html`${renderDataTable(model, lang)}
      ${rows.length < areas.length ? html`<p class="table-note">${t.othersNone(level)}</p>` : nothing}
      ${structures.length ? renderDataTable(structureModel, lang) : nothing}`;
  }

  /** The shading, kept between renders: a pointer moving over the map re-renders at every frame. */
  private shadingOf(byArea: ReadonlyMap<string, AreaFigures>, metric: Metric): Shading {
    const cached = this.shadingFor;
    if (cached && cached.byArea === byArea && cached.metric === metric) return cached.shading;
    const shading = shadeAreas(byArea, metric);
    this.shadingFor = { byArea, metric, shading };
    return shading;
  }

  private structurePoints(loaded: LoadedFeed): StructurePoint[] {
    const waiting = this.communes === undefined && needsCommunePoints(loaded.feed.structures);
    // Markers appear once the commune table is in, rather than jumping from their département to their commune.
    if (waiting) return [];
    const cached = this.placedFor;
    if (cached && cached.loaded === loaded && cached.communes === this.communes) return cached.points;
    const communes = this.communes === 'failed' ? undefined : this.communes;
    const points = placeStructures(loaded.feed.structures as Structure[], loaded.feed.actions, communes);
    this.placedFor = { loaded, communes: this.communes, points };
    return points;
  }

  /** The pointer left the map: its tooltip goes, unless it is the keyboard-focused area's. */
  private readonly hideTip = () => {
    const focused = this.renderRoot.querySelector(':focus')?.getAttribute('data-code');
    if (this.tip && !(this.tip.kind === 'area' && this.tip.key === focused)) this.tip = undefined;
  };

  private anchor(event: MouseEvent): { x: number; y: number } {
    const box = this.renderRoot.querySelector('.graphic')!.getBoundingClientRect();
    return { x: Math.round(event.clientX - box.left), y: Math.round(event.clientY - box.top) };
  }

  private readonly onPointerMove = (event: PointerEvent) => {
    const target = event.target as Element;
    const code = target.getAttribute('data-code');
    const point = target.getAttribute('data-point');
    if (code === null && point === null) {
      if (this.tip) this.tip = undefined;
      return;
    }
    this.tip = { kind: code !== null ? 'area' : 'point', key: (code ?? point)!, ...this.anchor(event) };
  };

  private readonly onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const code = target.getAttribute('data-code');
    const point = target.getAttribute('data-point');
    // A tap shows the tooltip where the finger is (no hover on touch screens).
    if (code !== null || point !== null) this.tip = { kind: code !== null ? 'area' : 'point', key: (code ?? point)!, ...this.anchor(event) };
    if (code !== null) {
      this.active = code;
      this.choose(code);
    }
  };

  private readonly onFocusIn = (event: FocusEvent) => {
    const target = event.target as SVGPathElement;
    const code = target.getAttribute('data-code');
    if (code === null) return;
    this.active = code;
    this.focused = code;
    const box = this.renderRoot.querySelector('.graphic')!.getBoundingClientRect();
    const r = target.getBoundingClientRect();
    this.tip = { kind: 'area', key: code, x: Math.round(r.left + r.width / 2 - box.left), y: Math.round(r.top + r.height / 2 - box.top) };
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

  private choose(code: string): void {
    this.selected = code;
    this.dispatchEvent(new TerritorySelectEvent(code, this.levelValid));
  }
}

/** The codes the focus leaves interactive at a level, or `undefined` when the whole map is shown. */
function focusedCodes(focus: Focus | null, level: Level): ReadonlySet<string> | undefined {
  if (!focus) return undefined;
  if (level === 'departement') return new Set(focus.departements);
  const areas = mapAreas('departement');
  return new Set(focus.departements.map((d) => areas.find((a) => a.code === d)!.region));
}

function focusName(focus: Focus): string {
  const names = mapAreas('departement');
  const regions = mapAreas('region');
  return focus.targets
    .map((t) => (t.level === 'region' ? regions : names).find((a) => a.code === t.code)?.name ?? t.code)
    .join(', ');
}

/** The area that takes the tab stop: the chosen one, else the one with the most actions, else the first. */
function defaultActive(navigable: readonly MapArea[], byArea: ReadonlyMap<string, AreaFigures>, selected?: string): string | undefined {
  if (selected && navigable.some((a) => a.code === selected)) return selected;
  let best: MapArea | undefined;
  for (const a of navigable) if ((byArea.get(a.code)?.actions ?? 0) > (best ? byArea.get(best.code)!.actions : 0)) best = a;
  return (best ?? navigable[0])?.code;
}

function formatValue(value: number, metric: Metric, lang: Lang): string {
  return metric === 'budget' ? formatMoney(value, lang) : metric === 'etp' ? formatEtp(value, lang) : formatNumber(value, lang);
}

/** What the tooltip and the accessible name say about an area. */
function figureLines(f: AreaFigures | undefined, lang: Lang, t: Messages): string[] {
  if (!f?.actions) return [f?.structures ? `${t.noAction} · ${t.structures(f.structures)}` : t.noAction];
  return [
    `${t.actions(f.actions)} · ${t.structures(f.structures)}`,
    `${t.budget} : ${f.budgetActions ? formatMoney(f.budget, lang) : t.notGiven}`,
    f.etpActions ? formatEtp(f.etp, lang) : `${t.etp} : ${t.notGiven}`,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'territory-map': TerritoryMap;
  }
}
