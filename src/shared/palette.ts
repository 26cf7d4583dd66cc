/**
 * Colours of funder types, the same in every element on the page. Every colour has a
 * contrast of at least 3:1 (WCAG 1.4.11, RGAA 3.3) against the light surface (#ffffff)
 * and the dark one the themed stories use (#1d1b26): mid-tone hues, luminance 0.14–0.24.
 * Neighbours in FUNDER_TYPES order stay apart under protanopia and deuteranopia
 * (test/unit/palette.test.ts simulates both and measures the distance).
 * Charts never rely on colour alone: every segment also has a label or a table row,
 * and in forced-colours mode and in print segments switch to black-and-white
 * patterns (see `patternDefs`).
 * A site overrides a colour with `--vitrine-funder-<type>` on any ancestor.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { FunderType, PersonKind } from '../feed/funders.js';

export const FUNDER_COLORS: Record<FunderType, string> = {
  caf: '#0072b2',
  commune: '#c26a00',
  intercommunalite: '#8a5fc0',
  departement: '#00897b',
  region: '#4a7fd0',
  etat: '#d55e00',
  europe: '#5c5ccf',
  msa: '#5e8a10',
  carsat: '#1c8aa8',
  sante: '#cc6677',
  bailleur: '#aa4499',
  fondation: '#b05f88',
  entreprise: '#7f7f2a',
  usagers: '#2f7f9f',
  autofinancement: '#d02a65',
  autre: '#808080',
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

/** Lines with no type of their own (expense lines), in order: funder colours, neighbours apart under CVD too. */
export const SERIES = ['#0072b2', '#c26a00', '#00897b', '#aa4499', '#4a7fd0', '#d55e00', '#5c5ccf', '#7f7f2a', '#d02a65', '#5e8a10'];

/** Colour of the i-th untyped line, overridable with `--vitrine-series-<i>` (from 0). */
export function seriesColor(i: number): string {
  const n = i % SERIES.length;
  return `var(--vitrine-series-${n}, ${SERIES[n]})`;
}

/**
 * The part of a total nobody accounts for (not detailed): a blue-grey, apart from the "autre" grey,
 * with 3:1 on both surfaces like the funder colours (the former #aab2bd had 2.14 on white).
 */
export const NOT_DETAILED_HEX = '#8792a1';
export const NOT_DETAILED_COLOR = `var(--vitrine-color-not-detailed, ${NOT_DETAILED_HEX})`;

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
