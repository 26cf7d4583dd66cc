/**
 * A Vite plugin for the CDN build: minifies the CSS inside `css\`...\`` templates of
 * `*.styles.ts` files (comments and white space), which Vite leaves as written.
 * Those files hold only CSS templates, with no nested template literals.
 */
export function minifyCssLiterals() {
  return {
    name: 'vitrine-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.styles\.ts$/.test(id)) return null;
      return code.replace(/\bcss`((?:[^`\\]|\\.)*)`/g, (_, body) => `css\`${minifyCss(body)}\``);
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
