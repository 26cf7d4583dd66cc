/**
 * A Vite plugin for the CDN build: minifies the HTML, SVG and CSS inside Lit's tagged
 * templates (`html`, `svg`, `css`), which bundlers leave as written. It is
 * `minify-html-literals` with its own options: html-minifier for markup, and for `css`
 * templates its `minifyCSS` option set to Lightning CSS (Vite's own CSS minifier) instead
 * of the clean-css 4 it bundles, which deletes every `@container` rule.
 *
 * `keepClosingSlash` matters: Lit parses an `svg` template as foreign content, where
 * `<rect/>` closes itself but `<rect>` does not, so dropping the slash nests the next
 * shape inside the rect and it is never drawn (the unfunded hatch disappeared that way).
 * `conservativeCollapse` keeps one space where the source had white space between
 * inline elements and bindings ("12 actions", "3,5 ETP · 2 personnes").
 */
import { minifyHTMLLiterals, defaultMinifyOptions, defaultShouldMinify } from 'minify-html-literals';
import { transform } from 'lightningcss';

/** Browsers the CDN build supports (container queries): Lightning CSS keeps syntax they all read. */
const CSS_TARGETS = { chrome: 105 << 16, edge: 105 << 16, firefox: 110 << 16, safari: 16 << 16 };

export const MINIFY_OPTIONS = {
  ...defaultMinifyOptions,
  keepClosingSlash: true,
  conservativeCollapse: true,
  minifyCSS: (css) => transform({ filename: 'template.css', code: Buffer.from(css), minify: true, targets: CSS_TARGETS }).code.toString(),
};

/** Not the templates that name a tag with an expression (lit/static-html's renamed tags): html-minifier cannot parse them. */
const shouldMinify = (template) => defaultShouldMinify(template) && !template.parts.some((part, i) => i < template.parts.length - 1 && /<\/?$/.test(part.text));

export function minifyLitTemplates() {
  return {
    name: 'vitrine-minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg|css)`/.test(code)) return null;
      const result = minifyHTMLLiterals(code, { fileName: id, minifyOptions: MINIFY_OPTIONS, shouldMinify });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
