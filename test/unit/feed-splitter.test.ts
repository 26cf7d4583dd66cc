/**
 * The byte-level feed splitter (src/publish/feed-splitter.ts) against JSON.parse: the same
 * items and members for any document cut into any chunks, and an error for every document
 * JSON.parse refuses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FeedSplitter, SplitError } from '../../src/publish/feed-splitter.js';

interface Split {
  structures: unknown[];
  actions: unknown[];
  members: Record<string, unknown>;
}

function split(bytes: Uint8Array, cuts: readonly number[] = []): Split {
  const out: Split = { structures: [], actions: [], members: {} };
  const splitter = new FeedSplitter({
    item(list, index, json) {
      assert.equal(index, out[list].length);
      out[list].push(JSON.parse(json));
    },
    member(key, json) {
      out.members[key] = JSON.parse(json);
    },
  });
  let from = 0;
  for (const at of [...cuts].sort((a, b) => a - b)) {
    splitter.write(bytes.subarray(from, at));
    from = at;
  }
  splitter.write(bytes.subarray(from));
  splitter.end();
  return out;
}

/** What JSON.parse makes of the same document, in the splitter's terms. */
function expected(doc: Record<string, unknown>): Split {
  const out: Split = { structures: [], actions: [], members: {} };
  for (const [key, value] of Object.entries(doc)) {
    if ((key === 'structures' || key === 'actions') && Array.isArray(value)) out[key] = value;
    else out.members[key] = value;
  }
  return out;
}

const encode = (text: string) => new TextEncoder().encode(text);

test('a feed with strings full of brackets, quotes, escapes and multi-byte characters, cut at every byte', () => {
  const doc = {
    version: '1.0',
    title: 'Centre « Les Tilleuls » {bis} [2025] \\ "quoted" \u2028 😀',
    structures: [{ id: 's1', name: 'Maison ]}{[ des "familles"', n: [1, [2, [3]]] }],
    actions: [{ id: 'a', title: 'x\\"}]', budget: { total: 1.5e3 } }, 42, 'texte', null, true, [], {}],
    generated: 20240101,
    source: { name: 'é', url: 'https://example.org/?a=[1]' },
  };
  const text = JSON.stringify(doc, null, 1);
  const bytes = encode(text);
  for (let cut = 0; cut <= bytes.length; cut++) assert.deepEqual(split(bytes, [cut]), expected(doc), `cut at ${cut}`);
});

test('any JSON object document gives what JSON.parse gives, in any chunks', () => {
  const member = fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 6 }));
  fc.assert(
    fc.property(
      fc.dictionary(fc.oneof(fc.constantFrom('structures', 'actions', 'version', 'title'), fc.string()), member, { maxKeys: 6 }),
      fc.array(fc.nat(), { maxLength: 8 }),
      fc.boolean(),
      (doc, cuts, pretty) => {
        const bytes = encode(JSON.stringify(doc, null, pretty ? 2 : undefined));
        assert.deepEqual(split(bytes, cuts.map((c) => c % (bytes.length + 1))), expected(JSON.parse(new TextDecoder().decode(bytes))));
      },
    ),
    { seed: 20261202, numRuns: 400 },
  );
});

test('documents JSON.parse refuses are refused, with the byte where the shape broke', () => {
  const broken = [
    '',
    '   ',
    '{"version": "1.0"',
    '{"version": "1.0",}',
    '{"version" "1.0"}',
    '{"version": "1.0" "title": "x"}',
    '{"actions": [{"id": "a"} {"id": "b"}]}',
    '{"actions": [{"id": "a"},]}',
    '{"actions": [,]}',
    '{"actions": [{"id": "a"}',
    '{"actions": [{"id": "a"}]',
    '{"version": "1.0"} {"version": "1.0"}',
    '{"version": "1.0"} x',
    '{version: "1.0"}',
    '{"title": "coupé',
    '{,}',
  ];
  for (const text of broken) {
    assert.throws(() => JSON.parse(text), SyntaxError, `JSON.parse refuses ${text}`);
    assert.throws(() => split(encode(text)), (e: unknown) => e instanceof SplitError || e instanceof SyntaxError, `refused: ${JSON.stringify(text)}`);
  }
  assert.throws(() => split(encode('{"version": "1.0",}')), (e: unknown) => e instanceof SplitError && e.offset === 18 && /expected a key/.test(e.message));
  // Well-formed JSON, but no object: not a feed.
  for (const text of ['[1, 2]', '"texte"', '12']) assert.throws(() => split(encode(text)), /not an object at byte 0/);
});

test('items are handed over as they complete, before the document ends', () => {
  const seen: string[] = [];
  const splitter = new FeedSplitter({ item: (_list, _i, json) => seen.push(json), member: () => {} });
  splitter.write(encode('{"version":"1.0","actions":[{"id":"a"},{"id":'));
  assert.deepEqual(seen, ['{"id":"a"}']);
  splitter.write(encode('"b"}]}'));
  splitter.end();
  assert.deepEqual(seen, ['{"id":"a"}', '{"id":"b"}']);
});
