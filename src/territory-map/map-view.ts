/**
 * What a render of the map shows, worked out before any template: the level's figures and areas, the focus and
 * the view box that frames it, the areas the reader can reach, the one holding the tab stop, and the caption.
 * Pure: no DOM.
 */
import { focusViewBox, franceViewBox, type ViewBox } from '../geo/projection.js';
import type { LoadedFeed } from '../feed/load.js';
import { territoryFigures, type AreaFigures, type TerritoryFigures } from './aggregate-territory.js';
import { mapAreas, type MapArea } from './areas.js';
import { parseFocus, type Focus, type Level } from './focus.js';
import type { MapMessages } from './messages.js';
import type { Metric } from './shading.js';

/** The shape of the whole map: a focused view keeps it, so the element never changes size. */
export const FULL_VIEW = franceViewBox();
const ASPECT = FULL_VIEW.width / FULL_VIEW.height;

/** Figures of a feed, computed once per parsed feed, whatever the number of maps showing it. */
const figuresCache = new WeakMap<LoadedFeed, TerritoryFigures>();

export function figuresOf(loaded: LoadedFeed): TerritoryFigures {
  let figures = figuresCache.get(loaded);
  if (!figures) figuresCache.set(loaded, (figures = territoryFigures(loaded.feed)));
  return figures;
}

export interface MapView {
  readonly byArea: ReadonlyMap<string, AreaFigures>;
  /** Every area of the level, in INSEE code order. */
  readonly areas: readonly MapArea[];
  readonly focus: Focus | null;
  readonly view: ViewBox;
  /** The codes the focus leaves interactive, or `undefined` when the whole map is shown. */
  readonly inFocus: ReadonlySet<string> | undefined;
  /** The areas drawn in colour and reached with the keyboard. */
  readonly navigable: readonly MapArea[];
  /** The area holding the tab stop. */
  readonly active: string | undefined;
  readonly caption: string;
}

export interface MapViewOptions {
  readonly figures: TerritoryFigures;
  readonly metric: Metric;
  readonly level: Level;
  readonly focusArea: string | undefined;
  /** The area the reader reached last, kept while it stays navigable. */
  readonly active: string | undefined;
  readonly selected: string | undefined;
  readonly t: MapMessages;
}

export function mapView(o: MapViewOptions): MapView {
  const { level, t } = o;
  const byArea = level === 'region' ? o.figures.regions : o.figures.departements;
  const areas = mapAreas(level);
  const focus = parseFocus(o.focusArea, level);
  const view = (focus && focusViewBox({ departements: focus.departements }, { aspect: ASPECT, padding: 0.08 })) ?? FULL_VIEW;
  const inFocus = focusedCodes(focus, level);
  const navigable = inFocus ? areas.filter((a) => inFocus.has(a.code)) : areas;
  const active = o.active && navigable.some((a) => a.code === o.active) ? o.active : defaultActive(navigable, byArea, o.selected);
  const caption = `${t.metric[o.metric]} ${t.byLevel[level]}${focus ? ` — ${focusName(focus)}` : ''}`;
  return { byArea, areas, focus, view, inFocus, navigable, active, caption };
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
