import { css } from 'lit';

export const impactDashboardStyles = css`
  :host {
    --impact-dashboard-bar: var(--vitrine-color-accent);
    position: relative;
  }
  :host > * + * {
    margin-top: var(--vitrine-space);
  }
  :host > .skip-link + * {
    margin-top: 0;
  }
  .heading {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .subheading {
    margin: 0 0 0.35rem;
    font-size: 0.875em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--vitrine-color-muted);
  }
  .controls,
  .panel,
  .figures-section {
    padding: var(--vitrine-space);
    border: 1px solid var(--vitrine-color-border);
    border-radius: var(--vitrine-radius);
    background: var(--vitrine-color-surface);
  }
  .controls {
    background: var(--vitrine-color-surface-alt);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-top: 0.75rem;
  }
  /* The line under the filters says "no filter" at the height of one row of chips (a chip: 1.3em of text, 0.3em of
     padding each side and a 1px border, in the controls' em; this note is 0.875em): a first filter, or the last one
     removed, moves nothing below, so the click's frame lays out and paints the controls and what changed only. */
  .controls .no-filter {
    display: flex;
    align-items: center;
    min-height: calc(1.9em / 0.875 + 2px);
    margin-top: 0.75rem;
  }
  button {
    font: inherit;
    line-height: 1.3;
    cursor: pointer;
    margin: 0;
    text-transform: none;
  }
  /* Chips, "clear" and "see more" are pills; the tools keep the buttons' corners. */
  .chip,
  .clear,
  .tools .button,
  .link {
    padding: 0.3em 0.8em;
    line-height: 1.3;
  }
  .chip,
  .clear,
  .link {
    border-radius: 999px;
  }
  .chip {
    background: var(--vitrine-color-accent);
    color: var(--vitrine-color-accent-contrast);
  }
  .tools .note {
    flex-basis: 100%;
    margin: 0;
  }
  .message.empty p {
    margin: 0 0 0.5rem;
  }
  .link {
    margin-top: 0.35rem;
    font-size: 0.875em;
  }
  /* An observatory's first page of the list (observatory-status.ts), laid out as the list lays out its cards. */
  .first-page {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr));
    gap: var(--vitrine-space);
    align-items: start;
    margin: var(--vitrine-space) 0 0;
    padding: 0;
    list-style: none;
  }
  .no-filter,
  .note {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
    color: var(--vitrine-color-muted);
  }
  /* Flex, not equal grid columns: "Moyens humains" holds three "6,4 ETP au total" lines and takes the room they
     need (in a fifth of 1100 px they broke over six lines), the short figures share the rest. */
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--vitrine-space);
    margin: 0;
  }
  .figure {
    flex: 1 1 8.5rem;
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--vitrine-color-accent);
  }
  dt {
    font-weight: 600;
    color: var(--vitrine-color-muted);
  }
  dd {
    margin: 0;
  }
  .value {
    display: flex;
    flex-direction: column;
    font-size: 1.4em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  /* A figure and its unit ("3,5 ETP dont salariés") read as one line; the figure grows to hold it. */
  .value > span {
    white-space: nowrap;
  }
  .figure:has(.value > span) {
    flex: 2 1 auto;
  }
  .value small {
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--vitrine-color-muted);
  }
  .figure .note {
    margin: 0;
  }
  .panels {
    display: grid;
    /* Two charts side by side then the map across: never a third column, which would stay empty. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, max(22rem, calc((100% - var(--vitrine-space)) / 2))), 1fr));
    gap: var(--vitrine-space);
  }
  .wide {
    grid-column: 1 / -1;
  }
  /* The charts and the map draw their own frames. */
  .chart > * {
    max-width: none;
  }
  .distributions {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: calc(var(--vitrine-space) * 1.5) var(--vitrine-space);
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
  }
  .bars li {
    margin: 0;
  }
  [part='bar'] {
    display: grid;
    grid-template-columns: minmax(0, 10rem) minmax(2rem, 1fr) auto;
    align-items: center;
    gap: 0.5rem;
    width: 100%;
    padding: 0.2rem 0.35rem;
    border: 1px solid transparent;
    border-radius: calc(var(--vitrine-radius) / 2);
    background: none;
    color: var(--vitrine-color-text);
    text-align: start;
    font-size: 0.9375em;
  }
  [part='bar']:hover {
    border-color: var(--vitrine-color-border);
  }
  [part='bar'][aria-pressed='true'] {
    border-color: var(--vitrine-color-accent);
    background: var(--vitrine-color-surface-alt);
    font-weight: 700;
  }
  .bar-label {
    line-height: 1.25;
  }
  .track {
    height: 0.7rem;
    border-radius: 999px;
    background: var(--vitrine-color-surface-alt);
    overflow: hidden;
  }
  .fill {
    display: block;
    height: 100%;
    width: var(--share);
    min-width: 2px;
    background: var(--impact-dashboard-bar);
  }
  .bar-value {
    min-width: 2.5em;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  @media (forced-colors: active) {
    .fill {
      background: CanvasText;
    }
    [part='bar'][aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .controls {
      border: none;
      padding: 0;
      background: none;
    }
    .clear,
    .tools,
    .link,
    .no-filter,
    .chip span {
      display: none;
    }
    /* The chips print as the list of filters the figures were computed with. */
    .chip {
      padding: 0;
      border: none;
      background: none;
      color: #000;
    }
    .chips::before {
      content: attr(aria-label) ' :';
      font-weight: 700;
    }
    .chips {
      gap: 0.25rem 1rem;
    }
    /* Panels break between their parts (a chart and its table kept whole left page 1 half empty);
       the headline figures and each distribution stay together. */
    .panel,
    .chart,
    .figures-section {
      border-color: #000;
    }
    .figures-section,
    .distribution {
      break-inside: avoid;
    }
    .heading,
    .subheading {
      break-after: avoid;
    }
    .fill {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
  }
  /* Out of sight until reached with Tab (clipped, not moved: moved, it showed over the page above the
     dashboard); focused, it is the first thing on the dashboard. Never printed. */
  .skip-link {
    position: absolute;
    border: 0;
    font: inherit;
    cursor: pointer;
    z-index: 3;
    padding: 0.4em 0.8em;
    border-radius: var(--vitrine-radius);
    background: var(--vitrine-color-accent);
    color: var(--vitrine-color-accent-contrast);
  }
  .skip-link:not(:focus) {
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link:focus {
    position: static;
    display: block;
    margin-block-end: var(--vitrine-space);
  }
  @media print {
    .skip-link,
    .skip-link:focus {
      display: none;
    }
  }
  .figures-section:focus {
    outline: none;
  }
  .figures-section:focus-visible {
    outline: var(--vitrine-focus-ring, 2px solid var(--vitrine-color-accent));
  }
`;
