import { css } from 'lit';

export const actionListStyles = css`
  :host {
    --action-list-card-min-width: 19rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin: 0.75rem 0;
  }
  .count {
    margin: 0;
    font-weight: 700;
  }
  .field.sort {
    min-width: min(100%, 16rem);
  }
  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--action-list-card-min-width)), 1fr));
    gap: var(--vitrine-space);
    align-items: start;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list > li {
    margin: 0;
    border-radius: var(--vitrine-radius);
  }
  /* The card under whatever name it is registered. */
  .list > li > * {
    --action-card-max-width: none;
  }
  .more {
    display: block;
    margin: var(--vitrine-space) auto 0;
    padding: 0.5em 1.2em;
  }
  .skeleton {
    min-height: 12rem;
  }
  @media print {
    .more,
    .field.sort {
      display: none;
    }
    .list {
      display: block;
    }
    .list > li {
      margin-bottom: 0.5rem;
    }
  }
`;
