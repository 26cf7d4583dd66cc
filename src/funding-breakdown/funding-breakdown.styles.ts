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
  .bar-graphic {
    width: 100%;
  }
`;
