/**
 * The tooltip of the charts and the map, one look for both: a dark box above its anchor (`--tip-x`, `--tip-y`, px
 * in the `.tip-box`, set by renderTooltip in tooltip.ts), centred on it once its width is known (placeTooltip), a
 * name (`strong`) on its own line. System colours in forced-colours mode; never printed (it follows a pointer).
 */
import { css } from 'lit';

export const tooltipStyles = css`
  .tip-box {
    position: relative;
  }
  .tooltip {
    position: absolute;
    z-index: 2;
    /* Until measured: centred on the anchor if it is 15rem wide (placeTooltip then centres it exactly). */
    left: calc(var(--tip-x) - 7.5rem);
    bottom: calc(100% - var(--tip-y) + 10px);
    width: max-content;
    max-width: min(15rem, 100%);
    padding: 0.35rem 0.6rem;
    border-radius: calc(var(--vitrine-radius) * 0.75);
    background: var(--vitrine-color-text);
    color: var(--vitrine-color-surface);
    font-size: 0.8125rem;
    line-height: 1.35;
    pointer-events: none;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .tooltip strong {
    display: block;
  }
  @media (forced-colors: active) {
    .tooltip {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
  @media print {
    .tooltip {
      display: none;
    }
  }
`;
