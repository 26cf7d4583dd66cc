import { css } from 'lit';

export const actionCardStyles = css`
  :host {
    --action-card-max-width: 40rem;
    --action-card-min-height: 12rem;
    max-width: var(--action-card-max-width);
    contain: content;
  }
  .card {
    min-height: var(--action-card-min-height);
    padding: var(--vitrine-space);
    border: 1px solid var(--vitrine-color-border);
    border-radius: var(--vitrine-radius);
    background: var(--vitrine-color-surface);
    color: var(--vitrine-color-text);
    display: flex;
    flex-direction: column;
    gap: calc(var(--vitrine-space) * 0.6);
  }
  .skeleton-line.title-line {
    width: 70%;
    height: 1.4em;
  }
  .skeleton-line.short {
    width: 35%;
  }
  .skeleton-line.medium {
    width: 55%;
  }
  article.card {
    min-height: 0;
  }
  header {
    display: flex;
    flex-direction: column;
    gap: 0.35rem;
  }
  .title {
    margin: 0;
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem 0.75rem;
    align-items: center;
    font-size: 0.875em;
    color: var(--vitrine-color-muted);
  }
  .status {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    border: 1px solid currentColor;
    font-weight: 600;
  }
  .status[data-state='en-cours'] {
    color: var(--vitrine-color-success);
  }
  .status[data-state='terminee'] {
    color: var(--vitrine-color-muted);
  }
  .status[data-state='en-projet'] {
    color: var(--vitrine-color-warning);
  }
  p {
    margin: 0;
  }
  .structure {
    font-weight: 600;
  }
  .muted {
    color: var(--vitrine-color-muted);
    font-weight: 400;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chips li {
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--vitrine-color-surface-alt);
    font-size: 0.8125em;
  }
  .summary.clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  .reason {
    flex-basis: 100%;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0.5rem 1rem;
  }
  .facts:empty {
    display: none;
  }
  /* Section headings, at whatever level heading-level gives them. */
  .heading {
    margin: 0 0 0.15rem;
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--vitrine-color-muted);
  }
  .minor {
    margin-top: 0.5rem;
  }
  .fact p,
  .fact li {
    font-size: 0.9375em;
  }
  .total {
    font-size: 1.1em;
  }
  abbr {
    text-decoration: none;
    cursor: help;
  }
  .funding-bar {
    display: flex;
    height: 0.75rem;
    margin: 0.35rem 0;
    border-radius: 999px;
    overflow: hidden;
    background: var(--vitrine-color-surface-alt);
  }
  .funding-bar span {
    flex-basis: 0;
    min-width: 2px;
  }
  .funding-bar span + span {
    border-inline-start: 2px solid var(--vitrine-color-surface);
  }
  .legend,
  .figures,
  .links {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 1rem;
    font-size: 0.875em;
  }
  .figures {
    flex-direction: column;
  }
  .swatch {
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.35em;
    border-radius: 2px;
    vertical-align: baseline;
  }
  details {
    border-top: 1px solid var(--vitrine-color-border);
    padding-top: 0.4rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
  }
  details p {
    margin-top: 0.35rem;
    white-space: pre-line;
  }
  a {
    color: var(--vitrine-color-accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }
  .page-link {
    font-weight: 600;
  }
  .toggle {
    align-self: flex-start;
  }
  @media (forced-colors: active) {
    .funding-bar span + span {
      border-inline-start-color: Canvas;
    }
    .funding-bar span,
    .swatch {
      forced-color-adjust: none;
    }
    .status {
      border-color: CanvasText;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
      border-color: #000;
    }
    .toggle {
      display: none;
    }
    details {
      display: block;
    }
  }
`;
