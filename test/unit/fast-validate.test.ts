/**
 * The generated fast path (checker.generated.ts) against zod: on every item it accepts,
 * its output must be exactly zod's; on valid feeds it must accept everything (or it
 * would not be a fast path). Feeds are generated, then mutated in many small ways.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FAIL, adoptAction, adoptEnvelope, readAction, readEnvelope, readStructure } from '../../src/feed/checker.generated.js';
import { actionSchema, feedEnvelopeSchema, structureSchema } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';
import { renderChecker } from '../../scripts/build-checker.js';
import { loadInputs, makeFeed } from '../../scripts/make-feed.mjs';

const OPTIONS = { reportInput: true, jitless: true } as const;
const { sample, communes } = await loadInputs();

/** A deterministic generator (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = Record<string, unknown> | unknown[];

/** Every container (object or array) inside a value, with the keys it holds. */
function containers(value: unknown, out: Json[] = []): Json[] {
  if (value && typeof value === 'object') {
    out.push(value as Json);
    for (const v of Object.values(value)) containers(v, out);
  }
  return out;
}

const REPLACEMENTS: unknown[] = [
  null, undefined, '', ' ', '  padded  ', 'EUR', 'caf', 'en-cours', 'https://example.org', 'javascript:alert(1)', 'Ab-1',
  0, -1, 1.5, 2024, 1800, 3, 1e21, true, false, [], {}, [1], ['x'], [{}], { label: 'x' },
];

/** A fresh replacement value (never a shared object, which could end up inside itself). */
const pick = (rand: () => number) => structuredClone(REPLACEMENTS[Math.floor(rand() * REPLACEMENTS.length)]);

/** One random change: a value replaced, a key deleted or added, an array item removed. */
function mutate(item: unknown, rand: () => number): void {
  const all = containers(item);
  const target = all[Math.floor(rand() * all.length)]!;
  const keys = Object.keys(target);
  const roll = rand();
  if (Array.isArray(target)) {
    if (!target.length || roll < 0.3) target.push(pick(rand));
    else if (roll < 0.5) target.splice(Math.floor(rand() * target.length), 1);
    else target[Math.floor(rand() * target.length)] = pick(rand);
    return;
  }
  if (roll < 0.15 || !keys.length) (target as Record<string, unknown>)[`extra${Math.floor(rand() * 3)}`] = 'unknown field';
  else if (roll < 0.35) delete (target as Record<string, unknown>)[keys[Math.floor(rand() * keys.length)]!];
  else {
    const key = keys[Math.floor(rand() * keys.length)]!;
    const value = (target as Record<string, unknown>)[key];
    (target as Record<string, unknown>)[key] =
      typeof value === 'string' && roll < 0.5 ? ` ${value}\t` : pick(rand);
  }
}

/** Checks one item both ways; returns whether the fast path accepted it. */
function agree<T>(fast: (x: unknown) => T | typeof FAIL, schema: { safeParse: (x: unknown, o: typeof OPTIONS) => { success: boolean; data?: unknown } }, raw: unknown, what: string): boolean {
  const quick = fast(structuredClone(raw));
  const slow = schema.safeParse(structuredClone(raw), OPTIONS);
  if (quick === FAIL) return false;
  assert.ok(slow.success, `${what}: the fast path accepted what zod rejects: ${JSON.stringify(raw)}`);
  assert.deepStrictEqual(quick, slow.data, what);
  // Same key order too: a feed re-serialised by either path is byte-identical.
  assert.equal(JSON.stringify(quick), JSON.stringify(slow.data), what);
  return true;
}

test('the fast path reads every item of generated feeds exactly as zod does', () => {
  for (const seed of [1, 2, 3]) {
    const feed = JSON.parse(JSON.stringify(makeFeed(400, seed, sample, communes))) as { actions: unknown[]; structures: unknown[] };
    assert.ok(agree(readEnvelope, feedEnvelopeSchema, feed, 'envelope'));
    for (const [i, a] of feed.actions.entries()) assert.ok(agree(readAction, actionSchema, a, `action ${i}`), `action ${i} took the slow path`);
    for (const [i, s] of feed.structures.entries()) assert.ok(agree(readStructure, structureSchema, s, `structure ${i}`), `structure ${i} took the slow path`);
  }
  const seeds = JSON.parse(readFileSync(new URL('../../demo/sample-feed.json', import.meta.url), 'utf8')) as { actions: unknown[]; structures: unknown[] };
  for (const a of seeds.actions) assert.ok(agree(readAction, actionSchema, a, 'sample action'));
  for (const s of seeds.structures) assert.ok(agree(readStructure, structureSchema, s, 'sample structure'));
});

test('on mutated items, whatever the fast path accepts is exactly what zod gives', () => {
  const rand = random(11);
  const feed = JSON.parse(JSON.stringify(makeFeed(300, 5, sample, communes))) as { actions: unknown[]; structures: unknown[] };
  let accepted = 0;
  let rejected = 0;
  for (let round = 0; round < 10; round++) {
    for (const [i, original] of feed.actions.entries()) {
      const item = structuredClone(original);
      const changes = 1 + Math.floor(rand() * 3);
      for (let c = 0; c < changes; c++) mutate(item, rand);
      if (agree(readAction, actionSchema, item, `mutated action ${round}/${i}`)) accepted++;
      else rejected++;
    }
    for (const [i, original] of feed.structures.entries()) {
      const item = structuredClone(original);
      mutate(item, rand);
      agree(readStructure, structureSchema, item, `mutated structure ${round}/${i}`);
    }
  }
  // Both branches were exercised: mutations the schema tolerates (extra keys, padded text) and real errors.
  assert.ok(accepted > 300, `accepted ${accepted}`);
  assert.ok(rejected > 300, `rejected ${rejected}`);
});

/**
 * Checks one item read in place: what it accepts is zod's answer in the input's own objects; what it refuses,
 * zod then explains from the input as the refused reading left it, exactly as from the original.
 */
function agreeInPlace(raw: unknown, what: string): boolean {
  const input = structuredClone(raw);
  const before = JSON.stringify(input);
  const quick = adoptAction(input);
  const slow = actionSchema.safeParse(structuredClone(raw), OPTIONS);
  if (quick === FAIL) {
    const after = actionSchema.safeParse(input, OPTIONS);
    assert.deepStrictEqual(after, slow, `${what}: zod reads the refused input differently`);
    return false;
  }
  assert.ok(slow.success, `${what}: accepted in place what zod rejects: ${before}`);
  assert.deepStrictEqual(quick, slow.data, what);
  // Its own object unless zod drops one of its keys (then that object, and only it, is a copy).
  if (Object.keys(raw as object).every((k) => k in (slow.data as object))) assert.equal(quick, input, `${what}: not read in place`);
  return true;
}

test("in place (adoptAction), generated items are zod's answer in their own objects, and readAction leaves its input alone", () => {
  const feed = JSON.parse(JSON.stringify(makeFeed(400, 6, sample, communes))) as { actions: unknown[]; structures: unknown[] };
  const copy = structuredClone(feed);
  for (const [i, a] of feed.actions.entries()) {
    const before = JSON.stringify(a);
    assert.notEqual(readAction(a), a);
    assert.equal(JSON.stringify(a), before, `readAction changed action ${i}`);
    assert.ok(agreeInPlace(copy.actions[i], `action ${i}`), `action ${i} refused in place`);
  }
  const envelope = adoptEnvelope(feed);
  assert.notEqual(envelope, FAIL);
  assert.equal((envelope as { actions: unknown }).actions, feed.actions, "the actions array is the input's");
  // A key the schema does not know (a later version's field): zod drops it, so that object is a copy.
  const extra = { ...(structuredClone(feed.actions[0]) as object), later: 'field' };
  const read = adoptAction(extra) as Record<string, unknown>;
  assert.notEqual(read, extra);
  assert.equal('later' in read, false);
  assert.deepStrictEqual(read, actionSchema.safeParse(feed.actions[0], OPTIONS).data);
});

test("in place, mutated items: whatever is accepted is zod's answer, whatever is refused zod explains as from the original", () => {
  const rand = random(17);
  const feed = JSON.parse(JSON.stringify(makeFeed(300, 8, sample, communes))) as { actions: unknown[] };
  let accepted = 0;
  let rejected = 0;
  for (let round = 0; round < 6; round++) {
    for (const [i, original] of feed.actions.entries()) {
      const item = structuredClone(original);
      for (let c = 1 + Math.floor(rand() * 3); c > 0; c--) mutate(item, rand);
      if (agreeInPlace(item, `mutated action ${round}/${i}`)) accepted++;
      else rejected++;
    }
  }
  assert.ok(accepted > 200, `accepted ${accepted}`);
  assert.ok(rejected > 200, `rejected ${rejected}`);
});

test('a feed with invalid fiches gives the same result through the fast path as fiche by fiche with zod', () => {
  const rand = random(3);
  const feed = JSON.parse(JSON.stringify(makeFeed(200, 9, sample, communes))) as { actions: unknown[] };
  feed.actions.forEach((a, i) => i % 4 === 0 && mutate(a, rand));
  const result = validateFeed(structuredClone(feed));
  // The reference: zod alone on each action (valid ones unchanged by salvage).
  const zodValid = feed.actions.map((a) => actionSchema.safeParse(structuredClone(a), OPTIONS)).filter((r) => r.success);
  for (const r of zodValid) assert.ok(result.feed.actions.some((a) => JSON.stringify(a) === JSON.stringify(r.data)));
  assert.ok(result.issues.length > 0);
});

test('the envelope: not a feed is refused by both paths', () => {
  for (const input of [null, [], 'feed', {}, { version: 2 }, { version: '2.0' }, { version: '1.0', actions: {} }]) {
    assert.equal(readEnvelope(input), FAIL, JSON.stringify(input));
    assert.equal(feedEnvelopeSchema.safeParse(input, OPTIONS).success, false);
  }
});

test('a getter that throws while the fast path reads is a refusal (FAIL), not an exception', () => {
  const action = { id: 'a', structureId: 's', title: 'T' };
  const getter = () => {
    throw new Error('getter');
  };
  Object.defineProperty(action, 'summary', { enumerable: true, get: getter });
  assert.equal(readAction(action), FAIL);
  const { actions } = JSON.parse(JSON.stringify(makeFeed(1, 4, sample, communes))) as { actions: unknown[] };
  assert.notEqual(readAction(actions[0]), FAIL);
});

test('the committed checker is the one the schema generates', () => {
  assert.equal(readFileSync(new URL('../../src/feed/checker.generated.ts', import.meta.url), 'utf8'), renderChecker());
});
