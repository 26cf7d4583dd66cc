/**
 * Colours of funder types, the same in every element on the page: Okabe–Ito first
 * (safe for the common colour-vision deficiencies), then Paul Tol's muted scheme.
 * Charts never rely on colour alone: every segment also has a label or a table row,
 * and in forced-colours mode and in print segments switch to black-and-white
 * patterns (see `patternDefs`).
 * A site overrides a colour with `--vitrine-funder-<type>` on any ancestor.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { FunderType, PersonKind } from '../feed/funders.js';

export const FUNDER_COLORS: Record<FunderType, string> = {
  caf: '#0072b2',
  commune: '#e69f00',
  intercommunalite: '#b8860b',
  departement: '#009e73',
  region: '#56b4e9',
  etat: '#d55e00',
  europe: '#332288',
  msa: '#117733',
  carsat: '#88ccee',
  sante: '#cc6677',
  bailleur: '#aa4499',
  fondation: '#cc79a7',
  entreprise: '#999933',
  usagers: '#ddcc77',
  autofinancement: '#882255',
  autre: '#8a8a8a',
};

/** A CSS colour value for a funder type that honours the site's override. */
export function funderColor(type: FunderType): string {
  return `var(--vitrine-funder-${type}, ${FUNDER_COLORS[type]})`;
}

/** Kinds of people, on hues kept apart from each other for the common deficiencies. */
export const PERSON_KIND_COLORS: Record<PersonKind, string> = {
  salarie: '#2a6f97',
  benevole: '#d1495b',
  'service-civique': '#66a182',
  prestataire: '#8d6a9f',
  partenaire: '#8a8a8a',
};

/** Overridable with `--vitrine-staff-<kind>`. */
export function personKindColor(kind: PersonKind): string {
  return `var(--vitrine-staff-${kind}, ${PERSON_KIND_COLORS[kind]})`;
}

/** Lines with no type of their own (expense lines), in order: Okabe–Ito, then Tol. */
const SERIES = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#332288', '#999933', '#882255', '#117733'];

/** Colour of the i-th untyped line, overridable with `--vitrine-series-<i>` (from 0). */
export function seriesColor(i: number): string {
  const n = i % SERIES.length;
  return `var(--vitrine-series-${n}, ${SERIES[n]})`;
}

/** The part of a total nobody accounts for (not detailed): a neutral grey. */
export const NOT_DETAILED_COLOR = 'var(--vitrine-color-not-detailed, #aab2bd)';

/** Distinct black-and-white fills, cycled by segment position (forced colours, print). */
export const PATTERN_COUNT = 8;

export function patternUrl(i: number): string {
  return `url(#vt-pat-${i % PATTERN_COUNT})`;
}

/** Hatching of an unfunded share, in every mode. */
export const UNFUNDED_FILL = 'url(#vt-unfunded)';

/**
 * Pattern tiles drawn in `currentColor` on a transparent ground: the stylesheet
 * sets `color` (CanvasText in forced colours, black in print). Ids only need to be
 * unique inside one shadow root.
 */
export function patternDefs(): SVGTemplateResult {
  const tile = (i: number, body: SVGTemplateResult) =>
    svg`<pattern id=${`vt-pat-${i}`} class="pattern" width="8" height="8" patternUnits="userSpaceOnUse">${body}</pattern>`;
  return svg`<defs>
    ${tile(0, svg`<rect width="8" height="8" fill="currentColor"/>`)}
    ${tile(1, svg`<path d="M-2,2L2,-2M0,8L8,0M6,10L10,6" stroke="currentColor" stroke-width="1.5"/>`)}
    ${tile(2, svg`<circle cx="4" cy="4" r="1.6" fill="currentColor"/>`)}
    ${tile(3, svg`<path d="M0,4H8" stroke="currentColor" stroke-width="1.5"/>`)}
    ${tile(4, svg`<path d="M-2,6L2,10M0,0L8,8M6,-2L10,2" stroke="currentColor" stroke-width="1.5"/>`)}
    ${tile(5, svg`<path d="M4,0V8" stroke="currentColor" stroke-width="1.5"/>`)}
    ${tile(6, svg`<path d="M0,4H8M4,0V8" stroke="currentColor" stroke-width="1"/>`)}
    ${tile(7, svg`<rect width="8" height="8" fill="none"/>`)}
    <pattern id="vt-unfunded" class="pattern unfunded" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" class="unfunded-ground"/>
      <path d="M0,0V6" stroke="currentColor" stroke-width="2"/>
    </pattern>
  </defs>`;
}
