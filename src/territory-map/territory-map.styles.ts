/**
 * Styles of <territory-map>'s map: its frame and reserved shape, areas and their shades, backdrop, borders,
 * outlines, labels, insets and markers. The tooltip's are shared/tooltip.styles.ts, the legend and table's
 * map-legend.styles.ts, the forced-colours and print modes map-modes.styles.ts (last, so that they win over both).
 */
import { css } from 'lit';

export const territoryMapStyles = css`
  :host {
    --territory-map-none: #8c959f;
    --territory-map-unknown: #57606a;
    --territory-map-border: var(--vitrine-color-surface);
    --territory-map-marker: #d55e00;
    --territory-map-max-width: 48rem;
    max-width: var(--territory-map-max-width);
    contain: content;
  }
  .caption {
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.3;
  }
  .skeleton-line.caption-line {
    width: 45%;
    height: 1.2em;
  }
  /* The map's own shape (1000 × 618) is reserved while loading: no layout shift. */
  .skeleton-map,
  .graphic {
    aspect-ratio: 1000 / 618;
    width: 100%;
  }
  .skeleton-map {
    border-radius: var(--vitrine-radius);
    background: var(--vitrine-color-surface-alt);
  }
  .graphic {
    position: relative;
  }
  svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: hidden;
  }
  .area {
    stroke: var(--territory-map-border);
    stroke-width: 0.75px;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
    cursor: pointer;
    outline: none;
  }
  .area[data-shade='none'] {
    fill: url(#tm-none);
  }
  .area[data-shade='empty'] {
    fill: var(--vitrine-color-surface-alt);
  }
  .area[data-shade='unknown'] {
    fill: url(#tm-unknown);
  }
  [data-step='0'] {
    --tm-fill: var(--territory-map-class-1, #c6dbef);
  }
  [data-step='1'] {
    --tm-fill: var(--territory-map-class-2, #9ecae1);
  }
  [data-step='2'] {
    --tm-fill: var(--territory-map-class-3, #6baed6);
  }
  [data-step='3'] {
    --tm-fill: var(--territory-map-class-4, #3182bd);
  }
  [data-step='4'] {
    --tm-fill: var(--territory-map-class-5, #08519c);
  }
  .area[data-shade='class'] {
    fill: var(--tm-fill);
  }
  .hatch-ground {
    fill: var(--vitrine-color-surface-alt);
  }
  .hatch .hatch-line {
    fill: var(--territory-map-none);
  }
  .dots .hatch-line {
    fill: var(--territory-map-unknown);
  }
  .context-area {
    fill: var(--vitrine-color-surface-alt);
    stroke: var(--vitrine-color-border);
    stroke-width: 0.75px;
    vector-effect: non-scaling-stroke;
  }
  .region-borders {
    fill: none;
    stroke: var(--vitrine-color-muted);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .outline {
    fill: none;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
    pointer-events: none;
  }
  .outline.selected {
    stroke: var(--vitrine-color-text);
    stroke-width: 2.5px;
  }
  .outline.pointed {
    stroke: var(--vitrine-color-text);
    stroke-width: 1.5px;
  }
  .outline.focused {
    stroke: var(--vitrine-color-accent);
    stroke-width: 3px;
  }
  .labels text {
    fill: var(--vitrine-color-text);
    stroke: var(--vitrine-color-surface);
    paint-order: stroke;
    stroke-linejoin: round;
    font-weight: 600;
    pointer-events: none;
  }
  .inset {
    fill: none;
    stroke: var(--vitrine-color-muted);
    stroke-width: 0.75px;
    vector-effect: non-scaling-stroke;
  }
  .inset-name {
    fill: var(--vitrine-color-muted);
  }
  .marker {
    fill: var(--territory-map-marker);
    stroke: var(--vitrine-color-surface);
  }
  /* A ring, through which the département's colour still shows (transparent still catches the pointer). */
  .marker[data-exact='false'] {
    fill: transparent;
    stroke: var(--territory-map-marker);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
    /* A light halo keeps the ring visible on the darkest class. */
    filter: drop-shadow(0 0 1px var(--vitrine-color-surface)) drop-shadow(0 0 1px var(--vitrine-color-surface));
  }
  /* The tooltip (shared/tooltip.styles.ts) holds lines: each figure on its own, the first under a name a little
     apart from the next name (several structures at one marker). */
  .tooltip > span {
    display: block;
  }
  .tooltip strong + span {
    margin-bottom: 0.15rem;
  }
`;
