// The manifest is committed and checked: its modules are sorted so that it is the same on every machine.
// Events are documented with @fires. The analyzer also guesses an event from each
// `dispatchEvent(new SomeEvent(arg))`, naming it after the argument; those guesses
// are wrong for our Event subclasses (their names are static), so undocumented
// events are dropped.
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
        for (const mod of customElementsManifest.modules) {
          // `class extends ctor {}` registers a renamed tag at run time: not an element of the library.
          mod.declarations = (mod.declarations ?? []).filter((d) => !/^anonymous_/.test(d.name));
          mod.exports = (mod.exports ?? []).filter((e) => !/^anonymous_/.test(e.declaration?.name ?? ''));
          for (const decl of mod.declarations) {
            if (decl.events) decl.events = decl.events.filter((e) => e.description);
          }
        }
      },
    },
  ],
};
