/**
 * Styles shared by the charts: frame, legend and ranked bars (chart-frame.styles.ts), the data/export bar, and
 * the two modes where colour cannot carry meaning — forced colours (Windows high
 * contrast) and black-and-white print. In both, segments turn into system-colour or
 * black outlines filled with distinct patterns (`.hatch` overlays, see palette.ts).
 * The tooltip's styles are tooltip.styles.ts, shared with the map.
 */
import { css } from 'lit';
import { chartFrameStyles } from './chart-frame.styles.js';
import { chartActionsStyles } from './chart-actions.js';

/** The notes, the data/export bar, the tooltip, and the forced-colours and print modes (last: they override the rest). */
const controlStyles = css`
  .notes {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    color: var(--vitrine-color-muted);
  }
  .notes li + li {
    margin-top: 0.2em;
  }
  .skeleton-chart {
    display: block;
    height: var(--chart-reserved-height, 16rem);
    border-radius: var(--vitrine-radius);
    background: var(--vitrine-color-surface-alt);
  }

  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    .seg,
    .swatch .seg {
      fill: Canvas !important;
      stroke: CanvasText;
      stroke-width: 1px;
    }
    .seg:hover,
    .seg[data-active] {
      stroke: Highlight;
      stroke-width: 3px;
    }
    .seg:focus-visible {
      stroke: Highlight;
      stroke-width: 4px;
    }
    .hatch {
      display: inline;
    }
    .pattern,
    .pattern.unfunded {
      color: CanvasText;
    }
    .unfunded-ground {
      fill: Canvas;
    }
    .center-total,
    .center-label {
      fill: CanvasText;
    }
    .ranked .fill {
      border: 1px solid CanvasText;
    }
    .ranked .track {
      border: 1px solid GrayText;
    }
    .frame {
      border-color: CanvasText;
    }
  }

  .print-only {
    display: none;
  }
  @media print {
    /* A chart with its table may be taller than what is left of a page: it breaks between the
       graphic, its legend and table rows, never inside them (kept whole, it left page 1 half empty). */
    :host {
      --vitrine-color-text: #000;
      --vitrine-color-muted: #333;
      --vitrine-color-surface: #fff;
      --vitrine-color-border: #000;
    }
    .title,
    .chart-heading,
    caption {
      break-after: avoid;
    }
    .graphic,
    .legend,
    .headline,
    tr {
      break-inside: avoid;
    }
    .print-only {
      display: block;
    }
    .table-wrap.screen-only {
      display: none !important;
    }
    .frame {
      border: none;
      padding: 0;
    }
    .seg,
    .swatch .seg {
      fill: #fff !important;
      stroke: #000;
      stroke-width: 1px;
    }
    .hatch {
      display: inline;
    }
    .pattern,
    .pattern.unfunded {
      color: #000;
    }
    .ranked .track {
      background: none;
      border: 1px solid #000;
    }
    .ranked .fill {
      background: #555 !important;
      print-color-adjust: exact;
    }
    .actions {
      display: none;
    }
    /* The table is the printed legend: always shown on paper. */
    .table-wrap[hidden] {
      display: block;
    }
  }
`;

/** In this order: the modes at the end override the frame and the legend. */
export const chartStyles = [chartFrameStyles, chartActionsStyles, controlStyles];
