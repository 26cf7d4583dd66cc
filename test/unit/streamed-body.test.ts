/**
 * The feed worker reads a large body while it downloads (src/feed/worker/streamed-body.ts, issue 11): the
 * validation it gives must be the one of the whole body read at the end (JSON.parse of decodeBody, the in-place
 * readers), whatever the pieces are and whatever the body holds: fiches to explain, JSON that JSON.parse refuses
 * in ways a scan could miss, another charset. Each body is cut at random places, a byte at a time included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadInputs, makeFeed } from '../../scripts/make-feed.mjs';
import { actionSpans } from '../../src/feed/action-spans.js';
import { decodeBody } from '../../src/feed/body.js';
import { adoptAction, adoptEnvelope, adoptStructure } from '../../src/feed/checker.generated.js';
import { validateInSlices } from '../../src/feed/parse.js';
import { StreamedBody, readersOf } from '../../src/feed/worker/streamed-body.js';
import { buildCase, fuzzInput } from '../fuzz/feeds.js';

const encoder = new TextEncoder();
const { sample, communes } = await loadInputs();

/** What the worker made of a whole body before: the validation, or the error it failed with. */
async function wholeRead(body: Uint8Array, contentType: string | null) {
  let json: unknown;
  try {
    json = JSON.parse(decodeBody(body, contentType));
  } catch {
    return { error: 'json' };
  }
  return settle(validateInSlices(json, undefined, undefined, undefined, { envelope: adoptEnvelope, structure: adoptStructure, action: adoptAction }));
}

async function settle<T>(p: Promise<T>): Promise<T | { error: string }> {
  try {
    return await p;
  } catch (e) {
    return { error: String((e as { kind?: string }).kind ?? e) };
  }
}

/** The same body handed over in pieces cut at `cuts`: the validation, and whether the fast way held. */
async function streamedRead(body: Uint8Array, contentType: string | null, cuts: number[], announced = body.length) {
  const streamed = new StreamedBody(contentType, announced);
  let at = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < body.length)].sort((a, b) => a - b).concat(body.length)) {
    streamed.add(body.slice(at, cut));
    at = cut;
  }
  const read = streamed.finish();
  assert.deepEqual(read.body, body, 'the body is kept whole');
  let json = read.json;
  if (json === undefined) {
    try {
      json = JSON.parse(decodeBody(read.body, contentType));
    } catch {
      return { fast: false, result: { error: 'json' } };
    }
  } else assert.deepEqual(read.spans, actionSpans(body), 'the spans are those of a scan of the whole');
  return { fast: read.json !== undefined, result: await settle(validateInSlices(json, undefined, undefined, undefined, readersOf(read))) };
}

const cutsOf = (length: number, rand: () => number, count: number) => Array.from({ length: count }, () => Math.floor(rand() * length));

function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0), s / 2 ** 32);
}

test('a generated feed, cut anywhere, reads as the whole body does, the fast way', async () => {
  const feed = makeFeed(300, 11, sample, communes);
  const rand = random(7);
  for (const [label, text] of [
    ['compact', JSON.stringify(feed)],
    ['indented', JSON.stringify(feed, null, 2)],
    ['with a byte order mark', `\ufeff${JSON.stringify(feed)}`],
  ] as const) {
    const body = encoder.encode(text);
    const whole = await wholeRead(body, 'application/json');
    for (const count of [0, 3, 40, 400]) {
      const { fast, result } = await streamedRead(body, 'application/json', cutsOf(body.length, rand, count), count === 3 ? 0 : body.length);
      assert.ok(fast, `${label}, ${count} cuts: read while it downloads`);
      assert.deepEqual(result, whole, `${label}, ${count} cuts`);
    }
    assert.ok('feed' in whole && whole.feed.actions.length === 300);
  }
});

test('a byte at a time: a string, an escape or a character cut in two carries over', async () => {
  const feed = makeFeed(3, 2, sample, communes) as { actions: { id: string; title: string }[] };
  feed.actions[0]!.title = 'a"]},{ [';
  feed.actions[1]!.title = ' Café \\ "été" 🌞 ';
  // "Café" written with an escape, as JSON.parse reads it.
  const body = encoder.encode(JSON.stringify(feed).replace('Café', 'Caf\\u00e9'));
  const whole = await wholeRead(body, null);
  const { fast, result } = await streamedRead(body, null, Array.from(body, (_, i) => i));
  assert.ok(fast);
  assert.deepEqual(result, whole);
  assert.ok('feed' in whole && whole.feed.actions[1]!.title === 'Café \\ "été" 🌞', 'read and trimmed');
});

test('where JSON.parse of the whole refuses or reads otherwise, the whole body decides', async () => {
  const valid = JSON.stringify(makeFeed(4, 3, sample, communes));
  const [head, rest] = [valid.slice(0, valid.indexOf('"actions":[') + 11), valid.slice(valid.indexOf('"actions":[') + 11)];
  const cases: [string, string, string | null][] = [
    ['trailing comma', valid.replace(/\}\]\}$/, '},]}'), null],
    ['leading comma', head + ',' + rest, null],
    ['two values without a comma', valid.replace('},{"id"', '} {"id"'), null],
    ['junk after the document', valid + ' x', null],
    ['an escaped actions key', valid.replace('"actions":[', '"act\\u0069ons":['), null],
    ['a second actions key, not an array', valid.replace(/\}$/, ',"actions":5}'), null],
    ['a second actions array', valid.replace(/\}$/, ',"actions":[]}'), null],
    ['an action to explain', valid.replace(/"status":\{"state":"[^"]+"/, '"status":{"state":"jamais"'), null],
    ['a structure to explain', valid.replace(/"structures":\[\{"id":"[^"]+"/, '"structures":[{"id":""'), null],
    ['an unknown key (kept out by the reader)', valid.replace('"actions":[{', '"actions":[{"extra":1,'), null],
    ['an array, not an object', `[${valid}]`, null],
    ['cut short', valid.slice(0, -2), null],
    ['Windows-1252 announced', valid, 'application/json; charset=windows-1252'],
    ['no actions', '{"version":"1.0","structures":[]}', null],
    ['empty', '', null],
  ];
  const rand = random(3);
  for (const [label, text, type] of cases) {
    const body = encoder.encode(text);
    const whole = await wholeRead(body, type);
    const { fast, result } = await streamedRead(body, type, cutsOf(body.length, rand, 25));
    assert.deepEqual(result, whole, label);
    if (label === 'an unknown key (kept out by the reader)' || label === 'a structure to explain') assert.ok(fast, `${label}: still read on the way`);
    if (/comma|without|junk|escaped|second|action to explain|array, not|cut short|Windows|no actions|empty/.test(label)) assert.ok(!fast, `${label}: read whole`);
  }
});

test('UTF-16 with its byte order mark is read whole', async () => {
  const text = JSON.stringify(makeFeed(3, 2, sample, communes));
  const body = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
  const whole = await wholeRead(body, 'application/json');
  const { fast, result } = await streamedRead(body, 'application/json', [1, 2, 3, 500]);
  assert.equal(fast, false);
  assert.deepEqual(result, whole);
  assert.ok('feed' in whole && whole.feed.actions.length === 3);
});

test('fuzzed feeds (hostile values, duplicated ids, unknown keys) read as the whole body does', async () => {
  const inputs = fc.sample(fuzzInput, { numRuns: 150, seed: 20261204 });
  let fast = 0;
  const rand = random(11);
  for (const [i, input] of inputs.entries()) {
    let text: string;
    try {
      text = JSON.stringify(buildCase(input, sample).feed);
    } catch {
      // A value nested 5,000 levels is more than JSON.stringify's stack: no body to write.
      continue;
    }
    const body = encoder.encode(text);
    const whole = await wholeRead(body, null);
    const streamed = await streamedRead(body, null, cutsOf(body.length, rand, 1 + (i % 30)));
    assert.deepEqual(streamed.result, whole, `case ${i}`);
    if (streamed.fast) fast++;
  }
  // Both ways were taken: feeds the reader accepts whole, and feeds with a fiche to explain.
  assert.ok(fast > 10 && fast < inputs.length, `${fast} of ${inputs.length} the fast way`);
});

test('says how far its reading is after each batch: the actions read so far and the byte after the last of them', () => {
  const body = encoder.encode(JSON.stringify(makeFeed(3_000, 5, sample, communes)));
  const heard: [number, number][] = [];
  const streamed = new StreamedBody('application/json', body.length, (actions, bytes) => heard.push([actions, bytes]));
  for (let at = 0; at < body.length; at += 100_000) streamed.add(body.slice(at, at + 100_000));
  const { spans } = streamed.finish();
  assert.ok(spans, 'the fast way held');
  assert.ok(heard.length >= 2, `several batches (${heard.length})`);
  for (const [actions, bytes] of heard) assert.equal(bytes, spans.ends[actions - 1], 'the end of the last action read');
  assert.deepEqual(heard.map(([a]) => a), [...heard.map(([a]) => a)].sort((x, y) => x - y), 'in order');
  assert.equal(heard.at(-1)![0], spans.starts.length, 'every action, at the end');
});
