/**
 * The SVG layers of <territory-map>, bottom to top: hatching patterns, the grey backdrop around a focus, the
 * areas, région borders, outlines, labels, overseas insets and structure markers. Plain functions over the
 * element's state, so the element's render only stacks them. Sizes are given in screen pixels and converted with
 * `unit` (map units per pixel): markers, labels and hatching keep their on-screen size at any zoom.
 */
import { nothing, svg } from 'lit';
import { insetFrames } from '../geo/projection.js';
import type { Lang } from '../shared/i18n.js';
import type { AreaFigures } from './aggregate-territory.js';
import type { MapArea } from './areas.js';
import type { MapMessages } from './messages.js';
import type { StructurePoint } from './points.js';
import type { Shade } from './shading.js';
import { figureLines } from './map-tooltip.js';
import { placeLabels } from './labels.js';

/** Marker radius in screen pixels. */
export const MARKER_PX = 4.5;
/** The width the sizes are meant for (and assumed until the element is measured). */
export const FULL_SIZE_PX = 640;
/** Size of the area names, and half the width of the light halo around their letters. */
export const LABEL_PX = 12;
const LABEL_HALO_PX = 1.5;
const HATCH_PX = 6;

/** The hatching of areas without any action, and the dots of areas whose actions give no figure. */
export function renderPatterns(unit: number) {
  const size = HATCH_PX * unit;
  return svg`<defs>
    <pattern id="tm-none" class="hatch" width=${size} height=${size} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect class="hatch-ground" width=${size} height=${size}></rect>
      <rect class="hatch-line" width=${0.8 * unit} height=${size}></rect>
    </pattern>
    <pattern id="tm-unknown" class="dots" width=${size} height=${size} patternUnits="userSpaceOnUse">
      <rect class="hatch-ground" width=${size} height=${size}></rect>
      <circle class="hatch-line" cx=${size * 0.5} cy=${size * 0.5} r=${1.2 * unit}></circle>
    </pattern>
  </defs>`;
}

/** The areas outside the focus, as an inert grey backdrop. */
export function renderContext(areas: readonly MapArea[], inFocus: ReadonlySet<string> | undefined) {
  if (!inFocus) return nothing;
  return svg`<g class="context" aria-hidden="true">
    ${areas.filter((a) => !inFocus.has(a.code)).map((a) => svg`<path class="context-area" d=${a.d}></path>`)}
  </g>`;
}

export interface AreaState {
  readonly shade: Shade;
  readonly figures: AreaFigures | undefined;
  /** Holds the tab stop. */
  readonly active: boolean;
  readonly selected: boolean;
}

export function renderArea(area: MapArea, s: AreaState, lang: Lang, t: MapMessages) {
  return svg`<path
    part="area"
    class="area"
    d=${area.d}
    data-code=${area.code}
    data-shade=${s.shade.kind}
    data-step=${s.shade.kind === 'class' ? s.shade.step : nothing}
    role="button"
    tabindex=${s.active ? 0 : -1}
    aria-pressed=${s.selected ? 'true' : 'false'}
    aria-label=${`${area.name} (${area.code}) : ${figureLines(s.figures, lang, t).join(', ')}`}
  ></path>`;
}

/** Outlines drawn over every fill, so a chosen or pointed area is never half hidden by its neighbours. */
export function renderOutlines(navigable: readonly MapArea[], codes: { selected?: string; pointed?: string; focused?: string }) {
  const find = (code: string | undefined) => (code === undefined ? undefined : navigable.find((a) => a.code === code));
  const selected = find(codes.selected);
  const pointed = find(codes.pointed);
  const focused = find(codes.focused);
  return svg`<g class="outlines" aria-hidden="true">
    ${selected ? svg`<path class="outline selected" d=${selected.d}></path>` : nothing}
    ${pointed ? svg`<path class="outline pointed" d=${pointed.d}></path>` : nothing}
    ${focused ? svg`<path class="outline focused" d=${focused.d}></path>` : nothing}
  </g>`;
}

/**
 * The names of the areas of a focused map, those that fit without overlapping (labels.ts). `measure` gives a
 * text's width in px at the labels' size; `priority` ranks the areas (most actions first).
 */
export function renderLabels(navigable: readonly MapArea[], unit: number, measure: (text: string) => number, priority: (code: string) => number) {
  const candidates = navigable.map((a) => ({ code: a.code, text: a.name, x: a.label[0], y: a.label[1], priority: priority(a.code) }));
  const labels = placeLabels(candidates, { unit, fontPx: LABEL_PX, baselineAbovePx: 2.5 * MARKER_PX, haloPx: LABEL_HALO_PX, measure });
  return svg`<g class="labels" aria-hidden="true" font-size=${LABEL_PX * unit} stroke-width=${2 * LABEL_HALO_PX * unit}>
    ${labels.map((l) => svg`<text x=${l.x} y=${l.y} text-anchor="middle" data-label=${l.code}>${l.text}</text>`)}
  </g>`;
}

/** Below this width an inset (a seventh of the map) is too narrow for its name. */
const NAMED_INSETS_MIN_PX = 480;

/** Frames of the overseas insets, named unless the map (`width` px, 0 until measured) is too narrow for the names. */
export function renderInsets(unit: number, width: number) {
  const narrow = width > 0 && width < NAMED_INSETS_MIN_PX;
  return svg`<g class="insets" aria-hidden="true">
    ${insetFrames().map(
      (f) => svg`<rect part="inset" class="inset" x=${f.x} y=${f.y} width=${f.width} height=${f.height}></rect>
        ${narrow ? nothing : svg`<text class="inset-name" x=${f.x + 3 * unit} y=${f.y + f.height - 3 * unit} font-size=${10 * unit}>${f.name}</text>`}`,
    )}
  </g>`;
}

/** `width`: the element's width in pixels, 0 until measured. */
export function renderMarkers(points: readonly StructurePoint[], unit: number, width: number) {
  if (!points.length) return nothing;
  // On a phone-sized map markers shrink (down to half), or they would hide the colours they stand on.
  const shrink = Math.min(1, Math.max(0.5, (width || FULL_SIZE_PX) / FULL_SIZE_PX));
  return svg`<g class="markers" aria-hidden="true" stroke-width=${1.25 * unit}>
    ${points.map((p) => {
      const r = MARKER_PX * unit * shrink * Math.min(2, Math.sqrt(p.structures.length));
      return svg`<circle part="marker" class="marker" data-point=${p.key} data-exact=${p.exact ? 'true' : 'false'} cx=${p.x} cy=${p.y} r=${r}></circle>`;
    })}
  </g>`;
}
