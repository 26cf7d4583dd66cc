import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeBidi, isolate, mayReorder } from '../../src/shared/bidi.js';
import { csvField } from '../../src/shared/export.js';

const [LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI] = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

test('isolate: text that cannot reorder anything is returned as it is', () => {
  for (const s of ['', 'Ville de Berck', 'CAF du Pas-de-Calais · 6 700 €', 'Œuvre « Ça » 2024', '日本語', '\u00a0—\u2014']) {
    assert.equal(mayReorder(s), false, s);
    assert.equal(isolate(s), s);
  }
});

test('isolate: right-to-left text and marks are first-strong isolated', () => {
  assert.equal(isolate('مركز'), `${FSI}مركز${PDI}`);
  assert.equal(isolate('שלום 12'), `${FSI}שלום 12${PDI}`);
  assert.equal(isolate('CAF\u200f'), `${FSI}CAF\u200f${PDI}`);
  assert.equal(isolate('x\u061c'), `${FSI}x\u061c${PDI}`);
  assert.equal(isolate('\u{10900}'), `${FSI}\u{10900}${PDI}`);
});

test('isolate: an unclosed override is closed inside the isolate', () => {
  assert.equal(isolate(`Espace ${RLO}jeunes`), `${FSI}Espace ${RLO}jeunes${PDF}${PDI}`);
  assert.equal(isolate(`a${RLI}b`), `${FSI}a${RLI}b${PDI}${PDI}`);
});

test('closeBidi: pairs embeddings, overrides and isolates; drops closers that close nothing', () => {
  assert.equal(closeBidi('plain'), 'plain');
  assert.equal(closeBidi(`${RLO}abc${PDF}`), `${RLO}abc${PDF}`);
  assert.equal(closeBidi(`${LRE}${RLE}x`), `${LRE}${RLE}x${PDF}${PDF}`);
  assert.equal(closeBidi(`${PDF}${PDI}x`), 'x');
  // A stray PDI would end the surrounding isolate early: dropped.
  assert.equal(closeBidi(`x${PDI}${RLO}y`), `x${RLO}y${PDF}`);
  // A PDF never closes across an isolate; a PDI closes its isolate and the embeddings opened inside it.
  assert.equal(closeBidi(`${RLO}${FSI}${PDF}a`), `${RLO}${FSI}a${PDI}${PDF}`);
  assert.equal(closeBidi(`${LRI}${RLO}a${PDI}b`), `${LRI}${RLO}a${PDI}b`);
  assert.equal(closeBidi(`${LRO}${RLI}${LRE}`), `${LRO}${RLI}${LRE}${PDF}${PDI}${PDF}`);
});

test('csvField: an isolated label still has its formula sign neutralised', () => {
  assert.equal(csvField(isolate(`${RLO}=1+1`)), `'${FSI}${RLO}=1+1${PDF}${PDI}`);
  assert.equal(csvField(`\u200f@SUM(A1)`), `'\u200f@SUM(A1)`);
});
