/**
 * The one look of a Vitrine button (class `button`), in every element: an accent outline on the surface,
 * filled on hover. `quiet` is the secondary tool (a chart's table and exports, a retry): a neutral outline,
 * smaller text, only the outline turns accent on hover. An element sets only where and how big (margins,
 * padding, a pill's radius), never the colours or the states. Included by hostStyles, so every element has it.
 */
import { css } from 'lit';

export const buttonStyles = css`
  .button {
    margin: 0;
    padding: 0.35em 0.9em;
    font: inherit;
    font-weight: 600;
    border: 1px solid var(--vitrine-color-accent);
    border-radius: var(--vitrine-radius);
    background: var(--vitrine-color-surface);
    color: var(--vitrine-color-accent);
    cursor: pointer;
  }
  .button:not(.quiet, :disabled):hover {
    background: var(--vitrine-color-accent);
    color: var(--vitrine-color-accent-contrast);
  }
  .button.quiet {
    padding: 0.25em 0.6em;
    font-size: 0.875em;
    font-weight: inherit;
    border-color: var(--vitrine-color-border);
  }
  /* No quiet button is ever disabled. */
  .quiet:hover {
    border-color: var(--vitrine-color-accent);
  }
  /* A message's action (retry, reset the filters) is a quiet button at the message's own size. */
  .message .button {
    margin-top: 0.5em;
    padding: 0.25em 0.75em;
    font-size: inherit;
    color: var(--vitrine-color-text);
  }
  .button:disabled {
    border-color: var(--vitrine-color-muted);
    color: var(--vitrine-color-muted);
    cursor: not-allowed;
  }
`;
