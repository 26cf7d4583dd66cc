/**
 * The charts' frame (title, headline, body, segments, patterns, centre total), then their legend and ranked bars:
 * a row is swatch, label, figure, wrapping so that a label keeps its longest word. The first part of chartStyles
 * (chart.styles.ts), whose forced-colours and print modes come after and override it.
 */
import { css } from 'lit';

export const chartFrameStyles = css`
  .frame {
    container-type: inline-size;
    gap: calc(var(--vitrine-space) * 0.75);
  }
  .title {
    font-size: 1.1em;
    font-weight: 700;
    line-height: 1.3;
  }
  .headline {
    font-size: 0.9375em;
    color: var(--vitrine-color-muted);
  }
  .headline strong {
    color: var(--vitrine-color-text);
    font-size: 1.25em;
  }
  .chart-heading {
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--vitrine-color-muted);
    margin-block-end: 0.4em;
  }
  .chart-body {
    display: flex;
    flex-wrap: wrap;
    gap: var(--vitrine-space);
    align-items: center;
  }
  .chart-body[data-type='bar'] {
    flex-direction: column;
    align-items: stretch;
  }
  .graphic {
    flex: none;
  }
  svg {
    display: block;
    overflow: visible;
  }
  .defs {
    position: absolute;
    width: 0;
    height: 0;
  }
  .seg {
    stroke: var(--vitrine-color-surface);
    stroke-width: 1.5px;
    cursor: pointer;
    outline: none;
  }
  .seg[role='img'] {
    cursor: default;
  }
  .seg:hover,
  .seg[data-active] {
    stroke: var(--vitrine-color-text);
    stroke-width: 2px;
  }
  .seg:focus-visible {
    stroke: var(--vitrine-color-accent);
    stroke-width: 4px;
  }
  .hatch {
    display: none;
    pointer-events: none;
  }
  .pattern {
    color: var(--vitrine-color-text);
  }
  .unfunded-ground {
    fill: var(--vitrine-color-surface);
  }
  .pattern.unfunded {
    color: var(--vitrine-color-muted);
  }
  .center-total {
    /* A total too wide for the hole is scaled down around its own middle (funding-breakdown.ts updated). */
    transform-box: fill-box;
    transform-origin: center;
    font-size: 1.15rem;
    font-weight: 700;
    fill: var(--vitrine-color-text);
  }
  .center-label {
    font-size: 0.8125rem;
    fill: var(--vitrine-color-muted);
  }
  .legend,
  .ranked {
    min-width: 0;
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    font-size: 0.9375em;
  }
  .legend {
    /* Beside the donut when there is room, under it otherwise. */
    flex: 1 1 14rem;
  }
  .legend,
  .ranked {
    /* Words break only when they cannot fit on a line of their own. */
    overflow-wrap: break-word;
  }
  /* A row is swatch, label, figure. The label never shrinks below its longest word, so a word is
     never cut ("Départemen/t" beside a dashboard's donut, where the legend is narrow though the
     chart is not); when label and figure cannot share the line, the figure wraps under the label,
     still aligned to the end. */
  .legend li,
  .ranked li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    align-items: baseline;
    line-height: 1.35;
  }
  .legend li > span:not(.figure, .track),
  .ranked li > span:not(.figure, .track) {
    flex: 1 1 0;
    min-width: min-content;
  }
  .legend li > .swatch {
    flex: none;
  }
  .legend li > .figure,
  .ranked li > .figure {
    flex: none;
    margin-inline-start: auto;
  }
  .swatch {
    display: inline-block;
    width: 0.85em;
    height: 0.85em;
    align-self: start;
    margin-top: 0.25em;
  }
  .swatch .seg {
    stroke: none;
  }
  .figure {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* An amount and its share never break inside. */
  .amount,
  .pct {
    white-space: nowrap;
  }
  .figure .pct {
    color: var(--vitrine-color-muted);
    margin-inline-start: 0.15em;
  }
  .detail {
    display: block;
    font-size: 0.8125em;
    color: var(--vitrine-color-muted);
  }
  .ranked li {
    row-gap: 0.15rem;
  }
  .ranked .track {
    /* The bar takes a line of its own, under label and figure. */
    flex: 1 0 100%;
    height: 0.6rem;
    border-radius: 2px;
    background: var(--vitrine-color-surface-alt);
    overflow: hidden;
  }
  .ranked .fill {
    display: block;
    height: 100%;
    min-width: 2px;
  }
`;
