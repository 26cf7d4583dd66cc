// The CDN build's dynamic imports without Vite's empty preload helper (scripts/drop-empty-preload.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unwrapEmptyPreloads } from '../../scripts/drop-empty-preload.mjs';

const HELPER = 'chunks/preload-helper-X1.js';
const IMPORT = 'import{t as e}from"./chunks/preload-helper-X1.js";';

test('unwraps every empty preload and removes the helper import', () => {
  const code = `${IMPORT}const a=e(()=>import(\`./chunks/parse.js\`).then(e=>e.x,e=>{throw e}),[]);function f(e){return e(1)}const b=e(()=>import("./y.js"),[]);`;
  assert.deepEqual(unwrapEmptyPreloads(code, HELPER), {
    code: 'const a=import(`./chunks/parse.js`).then(e=>e.x,e=>{throw e});function f(e){return e(1)}const b=import("./y.js");',
    helperStillUsed: false,
  });
});

test('keeps the helper (and its import) for a preload that has dependencies', () => {
  const code = `${IMPORT}const a=e(()=>import("./a.js"),[]),b=e(()=>import("./b.js"),["chunks/c.js"]);`;
  assert.deepEqual(unwrapEmptyPreloads(code, HELPER), {
    code: `${IMPORT}const a=import("./a.js"),b=e(()=>import("./b.js"),["chunks/c.js"]);`,
    helperStillUsed: true,
  });
});

test('leaves a chunk that does not import the helper, or calls something else, as it is', () => {
  assert.equal(unwrapEmptyPreloads('const a=import("./a.js");', HELPER), undefined);
  assert.equal(unwrapEmptyPreloads(`${IMPORT}const a=e(()=>fetch("./a.json"),[]);`, HELPER), undefined);
});

test('unwraps the import of a module bundled into the same chunk (no list: void 0)', () => {
  const code = `${IMPORT}var a=()=>e(()=>Promise.resolve().then(()=>w).then(e=>e.x),void 0).catch(e=>{throw e});var w={};`;
  assert.deepEqual(unwrapEmptyPreloads(code, HELPER), {
    code: 'var a=()=>Promise.resolve().then(()=>w).then(e=>e.x).catch(e=>{throw e});var w={};',
    helperStillUsed: false,
  });
});

test('keeps the helper for a call of its shape that it does not understand', () => {
  const code = `${IMPORT}const a=e(()=>import("./a.js"),[]),b=e(()=>load("./b.js"),[]);`;
  assert.deepEqual(unwrapEmptyPreloads(code, HELPER), { code: `${IMPORT}const a=import("./a.js"),b=e(()=>load("./b.js"),[]);`, helperStillUsed: true });
});
