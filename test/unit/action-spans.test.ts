/**
 * The feed worker sends each kept action's own bytes in the body (src/feed/action-spans.ts) instead of writing the
 * validated action out again (issue 11: 1.3 s of the worker's critical path at 100,000 actions); the page applies
 * the generated reader when it reads one (lazy-actions.ts), so it gets the very action the worker validated.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadInputs, makeFeed } from '../../scripts/make-feed.mjs';
import { actionSpans, ownBytes, ownSlice, readsAsUtf8 } from '../../src/feed/action-spans.js';
import { decodeBody } from '../../src/feed/body.js';
import { lazyActions } from '../../src/feed/lazy-actions.js';
import { readAction, validateInSlices } from '../../src/feed/parse.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const texts = (body: string) => {
  const bytes = encoder.encode(body);
  const spans = actionSpans(bytes);
  return spans && Array.from(spans.starts, (start, i) => decoder.decode(bytes.subarray(start, spans.ends[i])));
};

test('finds each element of the top-level actions array, whatever it holds and however it is spaced', () => {
  assert.deepEqual(texts('{"actions":[]}'), []);
  assert.deepEqual(texts('{"actions":[ {"a":"x\\\\"} , 3 ,"s\\"]", [1,[2]], true, null, -1.5e3 ]}'), [
    '{"a":"x\\\\"}',
    '3',
    '"s\\"]"',
    '[1,[2]]',
    'true',
    'null',
    '-1.5e3',
  ]);
  // Runs of backslashes before a quote: an odd one escapes it, an even one is escaped backslashes before the close.
  assert.deepEqual(texts('{"actions":["a\\\\\\"],[\\\\",{"k\\\\":"\\\\\\\\"}]}'), ['"a\\\\\\"],[\\\\"', '{"k\\\\":"\\\\\\\\"}']);
  assert.deepEqual(texts('\ufeff{"a":{"actions":[1]},"title":"actions","actions" :\n[\n\t{"t":"é\\u00e9 ]}"}\r\n]\n}'), ['{"t":"é\\u00e9 ]}"}']);
  assert.deepEqual(texts('{"actions":[{"b":1}],"x":2,"actions":[{"c":2},{"d":[3]}]}'), ['{"c":2}', '{"d":[3]}'], 'the last actions key, as JSON.parse keeps');
});

test('gives up where JSON.parse would read another key than the scan sees, or there is no actions array', () => {
  assert.equal(texts('{"act\\u0069ons":[1]}'), undefined);
  assert.equal(texts('{"actions":{"b":[1]}}'), undefined);
  assert.equal(texts('[{"actions":[1]}]'), undefined);
  assert.equal(texts('{"title":"x"}'), undefined);
});

const { sample, communes } = await loadInputs();

/** A generated feed as an author may write it: spaced out, defaults left out, a title to trim, an id repeated. */
function authored(): Uint8Array {
  const feed = makeFeed(130, 3, sample, communes) as { actions: { id: string; title: string }[] };
  feed.actions[7]!.title = `  ${feed.actions[7]!.title}  `;
  feed.actions.splice(60, 0, { ...feed.actions[12]!, title: 'Un doublon' });
  return encoder.encode(JSON.stringify(feed, null, 2));
}

async function sent(body: Uint8Array, per: number) {
  let explained = false;
  const validation = await validateInSlices(JSON.parse(decoder.decode(body)), undefined, undefined, () => (explained = true));
  const own = ownBytes(body, true, validation, explained);
  const slices = [];
  for (let at = 0; own && at < validation.feed.actions.length; at += per) slices.push(ownSlice(own, at, Math.min(per, validation.feed.actions.length - at)));
  return { validation, own, actions: own && lazyActions(slices, readAction) };
}

test('the kept actions sent as their own bytes read back as the validated actions, key for key', async () => {
  const { validation, own, actions } = await sent(authored(), 40);
  assert.ok(own && actions, 'a feed the fast pass reads is sent as its own bytes');
  assert.equal(validation.actionCount, 131);
  assert.equal(validation.feed.actions.length, 130, 'the repeated id is left out');
  assert.equal(actions.length, 130);
  assert.equal(actions[7]!.title, validation.feed.actions[7]!.title, 'trimmed as the validation trimmed it');
  assert.equal(actions[7]!.title.trim(), actions[7]!.title);
  // JSON text, not deepEqual: the same keys in the same order, the defaults filled in (a budget's currency).
  assert.equal(JSON.stringify([...actions]), JSON.stringify(validation.feed.actions));
  assert.ok(actions.some((a) => a.budget?.currency === 'EUR'));
});

test('a feed zod must explain, or a body not in UTF-8, is written out again instead', async () => {
  const body = authored();
  const broken = JSON.parse(decoder.decode(body)) as { actions: { year: unknown }[] };
  broken.actions[3]!.year = 'jamais';
  assert.equal((await sent(encoder.encode(JSON.stringify(broken)), 40)).own, undefined);
  const validation = await validateInSlices(JSON.parse(decoder.decode(body)));
  assert.ok(ownBytes(body, true, validation, false));
  assert.equal(ownBytes(body, false, validation, false), undefined);
});

test('a body is sent as its own bytes only where decodeBody reads it as UTF-8', () => {
  const text = '{"actions":[{"title":"Café œuvre"}]}';
  const utf8 = encoder.encode(text);
  const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
  const cases: [Uint8Array, string | null][] = [
    [utf8, null],
    [utf8, 'application/json'],
    [utf8, 'application/json; charset=UTF-8'],
    [utf8, 'application/json;charset="utf8"'],
    [utf8, 'application/json; charset=unicode-1-1-utf-8'],
    [utf8, 'application/json; charset=x-no-such-charset'],
    [utf8, 'application/json; charset=windows-1252'],
    [utf8, 'application/json; charset=iso-8859-15'],
    [utf16, 'application/json'],
    [utf16, 'application/json; charset=utf-8'],
  ];
  for (const [bytes, type] of cases) {
    const asUtf8 = decodeBody(bytes, type) === decoder.decode(bytes);
    assert.equal(readsAsUtf8(bytes, type), asUtf8, `${type} ${bytes[0]}`);
  }
  assert.deepEqual(cases.map(([b, t]) => readsAsUtf8(b, t)), [true, true, true, true, true, true, false, false, false, false]);
});
