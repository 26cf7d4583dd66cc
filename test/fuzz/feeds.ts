/**
 * Fuzzed feeds for the Node property test (test/unit/fuzz-feeds.test.ts) and the browser batches
 * (test/browser/fuzz-elements.test.ts): a feed from scripts/make-feed.mjs (real fiches' shapes), then a few
 * mutations anywhere in it — a field replaced by a wrong type, NaN, ±Infinity, a negative or 1e308 amount, an
 * empty or 1 MB string, a value nested thousands of levels, a list of thousands of entries, NUL, lone surrogates,
 * bidi and zero-width characters; a field deleted; an unknown field, `__proto__` or `constructor` key added; an
 * action copied over another (duplicated id). Each case records which actions it touched, so the test knows
 * which ones must come out as they went in. Pure: runs in Node and in the browser.
 */
import fc from 'fast-check';
import { makeFeed } from '../../scripts/make-feed.mjs';

type Json = unknown;
type Path = (string | number)[];

/** `{"a":{"a":…}}` nested `levels` deep, built without recursion. */
function nested(levels: number): Json {
  let v: Json = 'fond';
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

const MEGABYTE = 'é'.repeat(1 << 20);
const DEEP = nested(5000);
const LONG_LIST = Array.from({ length: 2500 }, (_, i) => `entrée ${i}`);
const LONG_OBJECT_LIST = Array.from({ length: 1500 }, (_, i) => ({ label: `ligne ${i}`, funderType: 'caf', amount: i }));

/** The hostile values a field may be replaced with. A function so that each case gets its own object. */
const VALUES: readonly (() => Json)[] = [
  () => null,
  () => NaN,
  () => Infinity,
  () => -Infinity,
  () => -1,
  () => -1e308,
  () => 1e308,
  () => Number.MAX_VALUE,
  () => 5e-324,
  () => 0,
  () => -0,
  () => 1.5,
  () => 2 ** 53 + 1,
  () => true,
  () => '',
  () => ' ',
  () => '12',
  () => MEGABYTE,
  () => 'x'.repeat(20_001),
  () => 'Ville\u0000de Berck',
  () => 'CAF \ud800 du Nord',
  () => '\udfff',
  () => 'Espace \u202ejeunes',
  () => 'x\u2069\u202e\u2066',
  () => 'zéro\u200b\u200c\u200d\ufeffwidth',
  () => '<img src=x onerror=alert(1)>',
  () => 'javascript:alert(1)',
  () => '2024-13-45',
  () => ({}),
  () => [],
  () => [null, 1, 'a', {}],
  () => DEEP,
  () => LONG_LIST,
  () => LONG_OBJECT_LIST,
  () => JSON.parse('{"__proto__": {"polluted": "yes"}, "label": "x"}'),
  () => ({ constructor: { prototype: { polluted: 'yes' } } }),
];

const KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'inconnu', '', '\u0000', 'id'];

export type Mutation =
  | { kind: 'set'; target: number; at: number; value: number }
  | { kind: 'delete'; target: number; at: number }
  | { kind: 'add-key'; target: number; at: number; key: number; value: number }
  | { kind: 'duplicate'; target: number; from: number };

export interface FuzzInput {
  seed: number;
  actions: number;
  structures: boolean;
  mutations: Mutation[];
}

export interface FuzzCase {
  feed: Record<string, Json>;
  /** Indexes of the actions a mutation touched (their validity is not known in advance). */
  touched: Set<number>;
  /** Indexes of the structures a mutation touched. */
  touchedStructures: Set<number>;
  /** A mutation hit the feed itself (version, title, the lists…). */
  envelope: boolean;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), target: fc.nat(), at: fc.nat(), value: fc.nat(VALUES.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), target: fc.nat(), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('add-key' as const), target: fc.nat(), at: fc.nat(), key: fc.nat(KEYS.length - 1), value: fc.nat(VALUES.length - 1) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), target: fc.nat(), from: fc.nat() }) },
);

/** What a case is made of: shrinkable by fast-check, turned into a feed by `buildCase`. */
export const fuzzInput: fc.Arbitrary<FuzzInput> = fc.record({
  // 200 generated feeds per size are varied enough: the mutations make each case.
  seed: fc.nat(199),
  actions: fc.integer({ min: 1, max: 6 }),
  structures: fc.boolean(),
  mutations: fc.array(mutation, { minLength: 0, maxLength: 4 }),
});

/** Every path inside a value (objects and arrays, the value itself first). */
function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (value && typeof value === 'object' && out.length < 400) {
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}

function valueAt(root: Json, path: Path): Json {
  let v = root as Record<string | number, Json> | undefined;
  for (const seg of path) v = v && typeof v === 'object' ? (v[seg] as Record<string | number, Json>) : undefined;
  return v;
}

function parentOf(root: Json, path: Path): Record<string | number, Json> | undefined {
  let v = root as Record<string | number, Json>;
  for (const seg of path.slice(0, -1)) {
    v = v?.[seg] as Record<string | number, Json>;
    if (!v || typeof v !== 'object') return undefined;
  }
  return v;
}

const bases = new Map<string, string>();

/**
 * The generated feed a case starts from, as JSON: parsed afresh for each case (the generator shares partner
 * objects between actions, and a mutation must touch one action only), generated once per seed and size.
 */
function baseFeed(input: FuzzInput, sample: unknown): string {
  const key = `${input.seed} ${input.actions}`;
  let json = bases.get(key);
  if (json === undefined) bases.set(key, (json = JSON.stringify(makeFeed(input.actions, input.seed, sample as Parameters<typeof makeFeed>[2]))));
  return json;
}

/**
 * The feed of one case. Targets: 0 the feed itself, 1 a structure, others an action (most mutations land in
 * actions, where most fields are). A path within the target is picked among all its paths, so over thousands
 * of cases every field is hit with every kind of value.
 */
export function buildCase(input: FuzzInput, sample: unknown): FuzzCase {
  const feed = JSON.parse(baseFeed(input, sample)) as Record<string, Json>;
  if (!input.structures) delete feed.structures;
  const actions = feed.actions as Json[];
  const structures = (feed.structures ?? []) as Json[];
  const touched = new Set<number>();
  const touchedStructures = new Set<number>();
  let envelope = false;
  let lists = false;
  for (const m of input.mutations) {
    if (m.kind === 'duplicate') {
      const to = m.target % actions.length;
      const from = actions[m.from % actions.length];
      // A value nested thousands of levels deep is past what structuredClone can copy: the same object twice.
      try {
        actions[to] = structuredClone(from);
      } catch {
        actions[to] = from;
      }
      touched.add(to);
      continue;
    }
    const pick = m.target % 8;
    let root: Json;
    let base: Path;
    if (pick === 0) {
      root = feed;
      base = [];
      envelope = true;
    } else if (pick === 1 && structures.length) {
      const i = m.target % structures.length;
      root = structures[i];
      base = ['structures', i];
      touchedStructures.add(i);
    } else {
      const i = m.target % actions.length;
      root = actions[i];
      base = ['actions', i];
      touched.add(i);
    }
    const all = paths(root);
    const path = all[m.at % all.length]!;
    // A mutation of the feed that reaches into its lists may move or replace any action: all count as touched.
    if (pick === 0 && (path.length === 0 || path[0] === 'actions' || path[0] === 'structures')) lists = true;
    if (m.kind === 'add-key') {
      const holder = valueAt(root, path);
      const target = holder && typeof holder === 'object' && !Array.isArray(holder) ? holder : root;
      if (target && typeof target === 'object') {
        // defineProperty: an own key named "__proto__" (as JSON.parse makes it), not the prototype.
        Object.defineProperty(target, KEYS[m.key]!, { value: VALUES[m.value]!(), enumerable: true, writable: true, configurable: true });
      }
      continue;
    }
    if (!path.length) {
      // The target itself replaced (an action that is a number, a feed that is null…).
      if (m.kind === 'set') {
        if (pick === 0) return { feed: { version: '1.0', actions: VALUES[m.value]!() } as Record<string, Json>, touched: everyIndex(), touchedStructures, envelope: true };
        const list = base[0] === 'actions' ? actions : structures;
        list[base[1] as number] = VALUES[m.value]!();
      }
      continue;
    }
    const parent = parentOf(root, path);
    if (!parent) continue;
    const key = path[path.length - 1]!;
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else parent[key] = VALUES[m.value]!();
  }
  return { feed, touched: lists ? everyIndex() : touched, touchedStructures, envelope };
}

/** Stands for "every action touched": whatever the lists became. */
const EVERY_INDEX: ReadonlySet<number> = new Set(Array.from({ length: 3000 }, (_, i) => i));
const everyIndex = () => EVERY_INDEX as Set<number>;

/** Every number reachable from a value (objects, arrays, Maps, Sets), with where it was found. */
export function badNumbers(value: unknown, where = '', seen = new Set<unknown>(), out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${where} = ${value}`);
    return out;
  }
  if (typeof value === 'string') {
    if (value.includes('NaN') || value.includes('Infinity') || value.includes('∞') || value.includes('undefined')) out.push(`${where} = ${JSON.stringify(value.slice(0, 80))}`);
    return out;
  }
  if (!value || typeof value !== 'object' || seen.has(value) || out.length > 5) return out;
  seen.add(value);
  const entries: [string, unknown][] =
    value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v]) : value instanceof Set ? [...value].map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [k, v] of entries) badNumbers(v, `${where}.${k}`, seen, out);
  return out;
}
