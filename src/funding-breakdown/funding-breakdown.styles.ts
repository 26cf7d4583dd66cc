import { css } from 'lit';

export const fundingBreakdownStyles = css`
  :host {
    --funding-breakdown-max-width: 60rem;
    max-width: var(--funding-breakdown-max-width);
  }
  .chart + .chart {
    border-top: 1px solid var(--vitrine-color-border);
    padding-top: calc(var(--vitrine-space) * 0.75);
  }
  /* What the shares are of: said next to the chart, in the text colour (it is a figure, not a footnote). */
  .rest-note {
    margin: 0 0 calc(var(--vitrine-space) * 0.5);
    font-size: 0.875em;
  }
  .bar-graphic {
    width: 100%;
  }
`;
