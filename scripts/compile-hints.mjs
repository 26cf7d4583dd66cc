/**
 * V8's explicit compile hint (v8.dev/blog/explicit-compile-hints, Chromium 136+) on the entry, vitrine.js, and on the
 * dashboard's chunk: a page runs most of their functions at once (the elements' classes, the validator, the first
 * render). With the hint they are compiled with the script, on the thread that streams it, instead of one by one on
 * the main thread the first time each is called. Measured on the peer bench's donut page, 9 interleaved traced loads
 * at load 9: main-thread CPU 67 → 59 ms (median); demo dashboard under Lighthouse, alternated runs at load 7–9: TBT
 * 939 / 1,295 → 752 / 833 ms. Chunks run on demand keep compiling lazily, and so do the map's (at its 25 kB budget)
 * and the list's (all but the map is at its ceiling). The comment must be the file's first line, which the minifier
 * would drop: it is written once the bundle is final, and the source map moves down a line.
 */
const HINT = '//# allFunctionsCalledOnLoad\n';

/** @param {Iterable<string>} elementChunks the chunks, besides the entry, whose elements render as soon as they arrive */
export function compileHints(elementChunks = []) {
  const eager = new Set(elementChunks);
  return {
    name: 'vitrine-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !(file.isEntry || eager.has(file.name))) continue;
        file.code = HINT + file.code;
        if (file.map) file.map.mappings = `;${file.map.mappings}`;
      }
    },
  };
}
