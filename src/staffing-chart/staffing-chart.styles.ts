import { css } from 'lit';

export const staffingChartStyles = css`
  :host {
    --staffing-chart-max-width: 60rem;
    max-width: var(--staffing-chart-max-width);
  }
  .headline p + p {
    margin-top: 0.15em;
  }
  .chart {
    display: flex;
    flex-direction: column;
    gap: var(--vitrine-space);
  }
  .bar-graphic {
    width: 100%;
  }
  .valuation {
    padding: calc(var(--vitrine-space) * 0.75);
    border: 1px dashed var(--vitrine-color-border);
    border-radius: var(--vitrine-radius);
  }
  .valuation p + p {
    margin-top: 0.25em;
  }
`;
