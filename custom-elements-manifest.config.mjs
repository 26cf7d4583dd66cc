import { readFileSync } from 'node:fs';
// The manifest is committed and checked: its modules are sorted so that it is the same on every machine.
// Events are documented with @fires. The analyzer also guesses an event from each
// `dispatchEvent(new SomeEvent(arg))`, naming it after the argument; those guesses
// are wrong for our Event subclasses (their names are static), so undocumented
// events are dropped.
const VITRINE_SOURCE = {
  kind: 'class',
  name: 'VitrineSource',
  tagName: 'vitrine-source',
  customElement: true,
  summary: 'One more feed for the <impact-dashboard> it is a child of.',
  description:
    'Renders nothing: the dashboard reads its attributes. One child per feed, so that a CMS can list many feeds, each with the name shown in the warnings when it fails.',
  attributes: [
    { name: 'src', type: { text: 'string' }, description: 'URL of the feed (JSON).' },
    { name: 'label', type: { text: 'string' }, description: 'Name of the source, shown instead of its URL (e.g. the centre’s name).' },
  ],
};

/**
 * The charts declare their shared properties with `withChartProperties(this)` (src/shared/chart-properties.ts), not
 * through a class in between, so the analyzer cannot see them: they are copied from the template's own entry, with
 * its JSDoc, onto every class whose source makes that call.
 */
function chartProperties(manifest) {
  const template = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.name === 'ChartPropertiesTemplate');
  if (!template) throw new Error('custom-elements-manifest.config.mjs: ChartPropertiesTemplate not found');
  const from = { name: template.name, module: 'src/shared/chart-properties.ts' };
  for (const mod of manifest.modules) {
    if (!readFileSync(mod.path, 'utf8').includes('withChartProperties(this)')) continue;
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement) continue;
      for (const key of ['attributes', 'members']) {
        const own = new Set((decl[key] ?? []).map((item) => item.name));
        const copied = (template[key] ?? []).filter((item) => !own.has(item.name)).map((item) => ({ ...item, inheritedFrom: from }));
        decl[key] = [...copied, ...(decl[key] ?? [])];
      }
    }
  }
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/import/**', 'src/**/messages.ts'],
  litelement: true,
  plugins: [
    {
      name: 'vitrine-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer reads files in whatever order the file system gives: sort for a stable, diffable file.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path, 'en'));
        chartProperties(customElementsManifest);
        for (const mod of customElementsManifest.modules) {
          // `class extends ctor {}` registers a renamed tag at run time: not an element of the library.
          mod.declarations = (mod.declarations ?? []).filter((d) => !/^anonymous_/.test(d.name));
          mod.exports = (mod.exports ?? []).filter((e) => !/^anonymous_/.test(e.declaration?.name ?? ''));
          for (const decl of mod.declarations) {
            if (decl.events) decl.events = decl.events.filter((e) => e.description);
            // Fields declared in `static properties` come out marked public, decorated ones unmarked: public is
            // the default, so one manifest whichever way an element declares them.
            for (const member of decl.members ?? []) if (member.privacy === 'public') delete member.privacy;
            // A field known by its name only is a `state: true` entry of `static properties` whose field has no
            // declaration the analyzer reads: internal state, which it left out when declared with @state().
            if (decl.customElement) decl.members = decl.members?.filter((m) => !(m.kind === 'field' && Object.keys(m).length === 2));
          }
        }
        // <vitrine-source> is a tag with no class of its own: <impact-dashboard> reads its attributes.
        // Editors, the API reference and the WordPress plugin learn about it from this entry.
        const dashboard = customElementsManifest.modules.find((m) => m.path === 'src/impact-dashboard/impact-dashboard.ts');
        dashboard?.declarations.push(VITRINE_SOURCE);
      },
    },
  ],
};
