// The CDN build's template minifier: what it must keep for Lit to parse the templates as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyLitTemplates } from '../../scripts/minify-lit-templates.mjs';

const plugin = minifyLitTemplates() as unknown as { transform: (code: string, id: string) => { code: string } | null };
const minify = (code: string) => plugin.transform(code, '/repo/src/x.ts')?.code ?? code;

test('keeps the closing slash of self-closing SVG shapes', () => {
  const out = minify('const t = svg`<pattern id="p">\n  <rect width="6" height="6"/>\n  <path d="M0,0V6"/>\n</pattern>`;');
  assert.equal(out, 'const t = svg`<pattern id="p"> <rect width="6" height="6"/> <path d="M0,0V6"/> </pattern>`;');
});

test('keeps one space between inline content and bindings', () => {
  const out = minify('const t = html`<p>\n    ${n}   actions\n    <b>${x}</b>\n  </p>`;');
  assert.equal(out, 'const t = html`<p> ${n} actions <b>${x}</b> </p>`;');
});

test('minifies css templates, container queries kept', () => {
  const out = minify('const s = css`\n  :host {\n    color: red;\n  }\n  /* why */\n  .a > .b { display: none; }\n  @container (max-width: 20rem) {\n    .legend li { grid-template-columns: auto minmax(0, 1fr); }\n  }\n`;');
  assert.equal(out, 'const s = css`:host{color:red}.a>.b{display:none}@container (width<=20rem){.legend li{grid-template-columns:auto minmax(0,1fr)}}`;');
});

test('leaves files outside src/ alone', () => {
  assert.equal(plugin.transform('const t = html`<p>  a  </p>`;', '/repo/node_modules/x.ts'), null);
});
