/**
 * The dark brand theme every "Themed" story applies: a site sets Vitrine's tokens on
 * the elements from the outside, and each story adds the component tokens it shows off.
 */
import { html } from 'lit';

export const darkTheme = html`<style>
  .vitrine-dark > * {
    --vitrine-font-family: Georgia, serif;
    --vitrine-color-surface: #1d1b26;
    --vitrine-color-surface-alt: #2c2a38;
    --vitrine-color-text: #f2f0fa;
    --vitrine-color-muted: #c4c0d6;
    --vitrine-color-border: #4a4660;
    --vitrine-color-accent: #f5b14c;
    --vitrine-color-accent-contrast: #1d1b26;
    --vitrine-color-success: #7ee2a8;
  }
</style>`;
