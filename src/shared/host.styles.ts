/**
 * Styles every element shares. They reset what a hostile theme may have set on
 * the host (inherited line heights, text transforms, letter spacing). The theme tokens'
 * defaults are registered custom properties (theme-tokens.ts), so a site's values reach
 * nested elements too.
 */
import { css } from 'lit';
import { registerThemeTokens } from './theme-tokens.js';
import { buttonStyles } from './button.styles.js';

registerThemeTokens();

const base = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  /* Page rules that match the host element itself (\`* { line-height: 3 }\`) beat
     :host rules, so the typography reset sits on the host's direct children. */
  :host,
  :host > * {
    font-family: var(--vitrine-font-family);
    font-size: var(--vitrine-font-size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-transform: none;
    text-align: start;
    color: var(--vitrine-color-text);
    /* Breaks a word only when it cannot fit on a line of its own (a long URL): legend labels and headline
       figures wrap between words ("anywhere" let min-content sizing cut "Départemen|t"). */
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not inherited from the host: a theme's \`* { box-sizing: content-box }\` reaches it. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--vitrine-focus-ring, 2px solid var(--vitrine-color-accent));
    outline-offset: 2px;
  }
  /* The panel charts and the map draw in (the card has its own). */
  .frame {
    display: flex;
    flex-direction: column;
    gap: calc(var(--vitrine-space) * 0.6);
    padding: var(--vitrine-space);
    border: 1px solid var(--vitrine-color-border);
    border-radius: var(--vitrine-radius);
    background: var(--vitrine-color-surface);
    color: var(--vitrine-color-text);
  }
  .frame p {
    margin: 0;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .message {
    margin: 0;
    padding: calc(var(--vitrine-space) * 0.75);
    border-radius: var(--vitrine-radius);
    background: var(--vitrine-color-surface-alt);
    color: var(--vitrine-color-text);
    border-inline-start: 4px solid var(--vitrine-color-muted);
  }
  .message[data-tone='error'] {
    border-inline-start-color: var(--vitrine-color-danger);
  }
  .message[data-tone='warning'] {
    border-inline-start-color: var(--vitrine-color-warning);
  }
  .message strong {
    display: block;
  }
  .message details {
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: vitrine-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes vitrine-pulse {
    50% {
      opacity: 0.55;
    }
  }
  .skeleton-line {
    display: block;
    height: 0.9em;
    margin: 0.5em 0;
    border-radius: 0.25em;
    background: var(--vitrine-color-surface-alt);
  }
`;

/** The host's base, then the one button look (button.styles.ts), before each element's own styles. */
export const hostStyles = [base, buttonStyles];
