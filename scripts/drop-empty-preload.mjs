/**
 * Vite wraps every dynamic import of a browser build in its preload helper, even with `build.modulePreload: false`
 * (vitejs/vite#13952, #18551): `h(() => import('./chunk.js'), [])`. With an empty list the helper does nothing, yet
 * it is a chunk of its own that vitrine.js imports statically, so every request the entry starts waits one more
 * round trip for it. This plugin unwraps those calls (`import('./chunk.js')`), removes the import of the helper and
 * deletes the helper chunk once nothing imports it. Calls with a non-empty list are left alone.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAst } from 'vite';

/** Every node of an ESTree AST, depth first. */
function* nodes(node) {
  if (!node || typeof node.type !== 'string') return;
  yield node;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const child of value) yield* nodes(child);
    else if (value && typeof value === 'object') yield* nodes(value);
  }
}

/** `Promise.resolve()`: what an import() of a module bundled into the same chunk starts with. */
const isResolved = (node) =>
  node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.object.type === 'Identifier' && node.callee.object.name === 'Promise' && node.callee.property.name === 'resolve';

/** Whether `node` is `import(x)` or `Promise.resolve()`, followed by any `.then(…)` / `.catch(…)`. */
function importAtBase(node) {
  while (node?.type === 'CallExpression' && node.callee.type === 'MemberExpression' && !isResolved(node)) node = node.callee.object;
  return node?.type === 'ImportExpression' || (node !== undefined && isResolved(node));
}

/** `void 0`, or no argument at all. */
const isUndefined = (node) => !node || (node.type === 'UnaryExpression' && node.operator === 'void') || (node.type === 'Identifier' && node.name === 'undefined');

/**
 * `helper(() => import(…)…, [deps])`, the shape Vite writes: returns its dependency list, else undefined. A
 * module bundled into the chunk that imports it has its import() written `Promise.resolve().then(…)` and no list
 * (`void 0`): nothing to preload either.
 */
function preloadDeps(call, helper) {
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== helper) return undefined;
  const [loader, deps] = call.arguments;
  if (loader?.type !== 'ArrowFunctionExpression' || loader.params.length || !importAtBase(loader.body)) return undefined;
  if (isUndefined(deps)) return [];
  return deps.type === 'ArrayExpression' ? deps.elements : undefined;
}

/** The chunk's code without empty preload wrappers around `helperFile`, or undefined when it has none. */
export function unwrapEmptyPreloads(code, helperFile) {
  const ast = parseAst(code);
  const base = helperFile.split('/').pop();
  const declaration = ast.body.find((n) => n.type === 'ImportDeclaration' && String(n.source.value).endsWith(`/${base}`));
  if (!declaration) return undefined;
  const local = declaration.specifiers[0]?.local.name;
  const edits = [];
  let helperStillUsed = false;
  for (const node of nodes(ast)) {
    const deps = preloadDeps(node, local);
    if (!deps) {
      // A call of the helper's shape that is not understood keeps the helper (a name shadowed inside a function,
      // `e(1)`, is not one).
      helperStillUsed ||= node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === local && node.arguments[0]?.type === 'ArrowFunctionExpression';
      continue;
    }
    if (deps.length) {
      helperStillUsed = true;
      continue;
    }
    const body = node.arguments[0].body;
    // The body is a call (import(…) and its .then/.catch): it stands anywhere the helper's call stood, no brackets.
    edits.push({ start: node.start, end: node.end, text: code.slice(body.start, body.end) });
  }
  if (!edits.length) return undefined;
  if (!helperStillUsed) edits.push({ start: declaration.start, end: declaration.end, text: '' });
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return { code: out, helperStillUsed };
}

/**
 * Runs on the written files: Vite fills in the preload lists in its own `generateBundle`, after every plugin's, so
 * the final code exists only from `writeBundle` on.
 */
export function dropEmptyPreload() {
  return {
    name: 'vitrine:drop-empty-preload',
    apply: 'build',
    enforce: 'post',
    writeBundle(options, bundle) {
      const helper = Object.values(bundle).find((c) => c.type === 'chunk' && c.name === 'preload-helper');
      if (!helper) return;
      let stillImported = false;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk === helper || !chunk.imports.includes(helper.fileName)) continue;
        const result = unwrapEmptyPreloads(chunk.code, helper.fileName);
        if (!result) {
          stillImported = true;
          continue;
        }
        stillImported ||= result.helperStillUsed;
        chunk.code = result.code;
        writeFileSync(join(options.dir, chunk.fileName), result.code);
      }
      if (!stillImported) rmSync(join(options.dir, helper.fileName));
    },
  };
}
