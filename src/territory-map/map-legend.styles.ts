/** Styles of <territory-map>'s legend, notes, "Voir les données" and downloads, and data tables. */
import { css } from 'lit';

export const mapLegendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 1rem;
    align-items: baseline;
    font-size: 0.875em;
  }
  .legend.empty {
    display: block;
    margin: 0;
  }
  .legend-title {
    font-weight: 600;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.9rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: 1.1em;
    height: 0.8em;
    border: 1px solid var(--vitrine-color-muted);
  }
  .swatch[data-shade='class'] {
    background: var(--tm-fill);
  }
  .swatch[data-shade='none'] {
    background: repeating-linear-gradient(45deg, var(--vitrine-color-surface-alt) 0 3.2px, var(--territory-map-none) 3.2px 4px);
  }
  .swatch[data-shade='unknown'] {
    background: radial-gradient(circle, var(--territory-map-unknown) 1.2px, var(--vitrine-color-surface) 1.5px) 0 0 / 5px 5px;
  }
  .marker-swatch {
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    border-color: var(--vitrine-color-surface);
    background: var(--territory-map-marker);
    box-shadow: 0 0 0 1px var(--territory-map-marker);
  }
  .marker-swatch[data-exact='false'] {
    background: transparent;
  }
  .notes {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    color: var(--vitrine-color-muted);
  }
  /* The shared table styles (data-table.styles.ts), with words kept whole: on a narrow
     screen the table scrolls sideways instead. */
  .data-table th,
  .data-table td {
    font-weight: 400;
    overflow-wrap: normal;
  }
  .data-table tbody th {
    min-width: 9rem;
  }
  .data-table thead th,
  .data-table tfoot > tr > * {
    font-weight: 700;
  }
  .table-note {
    font-size: 0.875em;
    color: var(--vitrine-color-muted);
    margin-block-end: 0.5em;
  }
`;
