/** Styles of the filter form shared by <action-list> and <impact-dashboard>. */
import { css } from 'lit';

export const filterFormStyles = css`
  /* A theme's rule * { box-sizing: content-box } reaches the host and would be inherited inside. */
  :host > * {
    box-sizing: border-box;
  }
  .filters {
    display: grid;
    /* Two columns on a phone, at most four on a wide screen. */
    grid-template-columns: repeat(auto-fill, minmax(max(7.5rem, 22%), 1fr));
    gap: 0.5rem 0.75rem;
    margin: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--vitrine-color-muted);
  }
  .field.search {
    grid-column: 1 / -1;
  }
  input,
  select {
    font: inherit;
    font-weight: 400;
    color: var(--vitrine-color-text);
    background: var(--vitrine-color-surface);
    border: 1px solid var(--vitrine-color-muted);
    border-radius: calc(var(--vitrine-radius) / 2);
    padding: 0.35em 0.5em;
    min-height: 2.5em;
    width: 100%;
    margin: 0;
    line-height: 1.3;
  }
  @media print {
    .filters {
      display: none;
    }
  }
`;
