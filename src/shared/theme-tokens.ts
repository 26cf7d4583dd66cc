/**
 * Vitrine's theme tokens and their defaults, registered once per page as inherited custom properties
 * (`CSS.registerProperty`). Declaring the defaults on each element's `:host` instead would stop a theme at the
 * first nested element: a chart inside the dashboard's shadow root would reset `--vitrine-color-surface` to
 * white on its own host, whatever the page set on the dashboard. A registered initial value only applies where
 * nothing up the tree, across shadow roots, sets the token.
 */
export const THEME_TOKENS: Readonly<Record<string, string>> = {
  '--vitrine-font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  '--vitrine-font-size': '1rem',
  '--vitrine-color-text': '#1f2328',
  '--vitrine-color-muted': '#57606a',
  '--vitrine-color-surface': '#ffffff',
  '--vitrine-color-surface-alt': '#f3f5f8',
  '--vitrine-color-border': '#d0d7de',
  '--vitrine-color-accent': '#0b5cad',
  '--vitrine-color-accent-contrast': '#ffffff',
  '--vitrine-color-success': '#116329',
  '--vitrine-color-warning': '#7d4e00',
  '--vitrine-color-danger': '#a40e26',
  '--vitrine-radius': '0.5rem',
  '--vitrine-space': '1rem',
};

/** Registers every token (harmless when a second copy of the library, or the site, registered it first). */
export function registerThemeTokens(): void {
  if (typeof CSS === 'undefined' || typeof CSS.registerProperty !== 'function') return;
  for (const [name, initialValue] of Object.entries(THEME_TOKENS)) {
    try {
      CSS.registerProperty({ name, syntax: '*', inherits: true, initialValue });
    } catch {
      // Already registered: its first registration stands.
    }
  }
}
