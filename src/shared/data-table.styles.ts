import { css } from 'lit';

export const dataTableStyles = css`
  .data-table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
    margin-block: 0.5em;
    font-variant-numeric: tabular-nums;
  }
  .data-table caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }
  .data-table th,
  .data-table td {
    padding: 0.3em 0.5em;
    border-bottom: 1px solid var(--vitrine-color-border);
    text-align: start;
    vertical-align: top;
  }
  .data-table thead th {
    border-bottom-width: 2px;
  }
  .data-table th[scope='row'] {
    font-weight: 400;
  }
  .data-table tfoot th,
  .data-table tfoot td {
    font-weight: 700;
    border-bottom: none;
  }
  .data-table .num {
    text-align: end;
    white-space: nowrap;
  }
`;
