/**
 * A Vite plugin for the CDN build: minifies the HTML, SVG and CSS inside Lit's
 * tagged templates (white space, comments), which bundlers leave as written.
 * `minify-html-literals` parses the source, so nested templates and `${}` bindings
 * are handled; CSS in `*.styles.ts` files is minified by our own small pass first.
 */
import { minifyHTMLLiterals } from 'minify-html-literals';

export function minifyCssLiterals() {
  return {
    name: 'vitrine-minify-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      let source = code;
      if (/\.styles\.ts$/.test(id)) source = source.replace(/\bcss`((?:[^`\\]|\\.)*)`/g, (_, body) => `css\`${minifyCss(body)}\``);
      if (!/\b(html|svg)`/.test(source)) return source === code ? null : source;
      const result = minifyHTMLLiterals(source, {
        fileName: id,
        minifyOptions: { minifyCSS: false, conservativeCollapse: true, removeComments: true, collapseWhitespace: true },
      });
      return result ? { code: result.code, map: result.map } : source === code ? null : source;
    },
  };
}

export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
