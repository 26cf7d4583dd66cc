#!/usr/bin/env node
/**
 * Files generated from custom-elements.json, committed and checked up to date by
 * `npm run check:generated` (run `npm run build:editor-data` after `npm run analyze`):
 * - vscode.html-custom-data.json: VS Code's HTML custom data (tags, attributes and their values);
 * - web-types.json: JetBrains web-types (WebStorm, PhpStorm: tags, attributes, events, slots, parts);
 * - wordpress/vitrine/includes/elements.json: the tags and attributes the WordPress plugin may write;
 * - docs/api.md: the English API reference (attributes, properties, events, slots, parts, custom properties).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Every element of the manifest, sorted by tag. */
function elementsOf(manifest) {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName, 'en'));
}

/** `'compact' | 'full'` → ['compact', 'full']; other types have no fixed list of values. */
function enumValues(type) {
  const parts = (type ?? '').split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  return parts.length && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

const describe = (d) => [d.summary, d.description].filter(Boolean).join('\n\n');

/** The attributes of an element with what editors need: fixed values (if any), boolean or not. */
const attributesOf = (el) =>
  (el.attributes ?? []).map((a) => ({ name: a.name, description: a.description ?? '', values: enumValues(a.type?.text), boolean: a.type?.text === 'boolean' }));

function vscodeData(elements) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tagName,
      description: describe(el),
      attributes: attributesOf(el).map(({ name, description, values, boolean }) => ({
        name,
        description,
        ...(values ? { values: values.map((v) => ({ name: v })) } : {}),
        ...(boolean ? { valueSet: 'v' } : {}),
      })),
    })),
  };
}

function webTypes(elements, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tagName,
          description: describe(el),
          attributes: attributesOf(el).map(({ name, description, values, boolean }) => ({
            name,
            description,
            value: boolean ? { type: 'boolean', required: false } : { type: values ? values.map((v) => `'${v}'`).join(' | ') : 'string' },
          })),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          slots: (el.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
          css: {
            parts: (el.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
            properties: (el.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
          },
        })),
      },
    },
  };
}

/** Tag → attribute names: what the plugin's shortcode and block let an author set. */
function wordpressElements(elements) {
  // <vitrine-source> only means something inside an <impact-dashboard>: not a shortcode of its own.
  const standalone = elements.filter((el) => el.tagName !== 'vitrine-source');
  return Object.fromEntries(standalone.map((el) => [el.tagName, (el.attributes ?? []).map((a) => a.name)]));
}

const cell = (text) => (text ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ');

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''].join('\n');
}

function apiReference(elements) {
  const code = (t) => (t ? `\`${t}\`` : '');
  const sections = elements.map((el) => {
    const publicFields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static);
    return [
      `## \`<${el.tagName}>\``,
      '',
      el.summary ?? '',
      '',
      el.description ?? '',
      '',
      '### Attributes',
      '',
      table(['attribute', 'property', 'type', 'default', 'description'], publicFields.filter((m) => m.attribute).map((m) => [code(m.attribute), code(m.name), code(m.type?.text), code(m.default), m.description])),
      ...(publicFields.some((m) => !m.attribute)
        ? ['### Properties (no attribute)', '', table(['property', 'type', 'description'], publicFields.filter((m) => !m.attribute).map((m) => [code(m.name), code(m.type?.text), m.description]))]
        : []),
      ...(el.events?.length ? ['### Events', '', table(['event', 'description'], el.events.map((e) => [code(e.name), e.description]))] : []),
      ...(el.slots?.length ? ['### Slots', '', table(['slot', 'description'], el.slots.map((x) => [x.name ? code(x.name) : '(default)', x.description]))] : []),
      ...(el.cssParts?.length ? ['### CSS parts', '', table(['part', 'description'], el.cssParts.map((x) => [code(x.name), x.description]))] : []),
      ...(el.cssProperties?.length ? ['### CSS custom properties', '', table(['property', 'default', 'description'], el.cssProperties.map((x) => [code(x.name), code(x.default), x.description]))] : []),
    ].join('\n');
  });
  return `# Vitrine API reference

Generated from \`custom-elements.json\` by \`npm run build:editor-data\`: do not edit by hand. Every element
also takes \`lang\` (\`fr\` by default, \`en\`), and shows the content written inside its tag until its data
renders, and under the message when the feed cannot be read.

${elements.map((el) => `- [\`<${el.tagName}>\`](#${el.tagName})${el.summary ? `: ${el.summary}` : ''}`).join('\n')}

${sections.join('\n').replace(/\n{3,}/g, '\n\n').trim()}
`;
}

/** The generated files' contents, keyed by path. */
export function renderEditorData() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const elements = elementsOf(manifest);
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'vscode.html-custom-data.json': json(vscodeData(elements)),
    'web-types.json': json(webTypes(elements, pkg)),
    'wordpress/vitrine/includes/elements.json': json(wordpressElements(elements)),
    'docs/api.md': apiReference(elements),
  };
}

if (process.argv[1] === import.meta.filename) {
  for (const [path, content] of Object.entries(renderEditorData())) {
    writeFileSync(join(root, path), content);
    console.log(`✓ ${path}`);
  }
}
