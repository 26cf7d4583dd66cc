/**
 * The actions of a feed read in the worker (off-thread.ts), kept on the page as the worker's UTF-8 JSON bytes
 * and parsed one by one, the first time each is read. At 100,000 actions the page used to parse every action as
 * it arrived (1.1 s of its CPU on an idle core, 2.3 s at load 9) and hold 100,000 objects (1.65× the bare parsed
 * JSON's heap, with collections of 120–200 ms in the middle of the load); the dashboard shows 20 cards, and its
 * figures come from the columnar index (feed-index.ts). Every element still gets an array of actions: reading
 * one parses it (and keeps it, so that it stays the same object), iterating all of them parses all of them —
 * the rare paths that need every action (a CSV of the whole feed, several feeds merged) pay then what the load
 * used to pay.
 */
import { markValidated } from './loaded.js';
import { registerLazy, setLazyRow } from './lazy-rows.js';
import type { Action } from './schema.js';

/**
 * Some actions as JSON, one after another: action i is `bytes[starts?.[i] ?? ends[i - 1] ?? 0 … ends[i]]`. With
 * `raw`, they are the feed's own bytes (feed-worker.ts), not yet through the generated reader: reading one applies
 * it, as the worker's validation did (trimmed texts, defaults), so that it is the same action.
 */
export interface ActionBytes {
  bytes: Uint8Array;
  ends: Uint32Array;
  starts?: Uint32Array;
  raw?: boolean;
}

const encoder = new TextEncoder();

/** Actions as JSON, one after another, and where each ends (what the worker sends, lazyActions reads back). */
export function encodeActions(actions: readonly Action[]): ActionBytes {
  const texts = actions.map((a) => JSON.stringify(a));
  // Three bytes per UTF-16 unit at most: one buffer, trimmed to what was written.
  const bytes = new Uint8Array(texts.reduce((n, t) => n + t.length * 3, 0));
  const ends = new Uint32Array(texts.length);
  let at = 0;
  texts.forEach((t, i) => {
    at += encoder.encodeInto(t, bytes.subarray(at)).written;
    ends[i] = at;
  });
  return { bytes: bytes.slice(0, at), ends };
}

/** Where each row of a lazy array is, and the rows parsed so far. */
interface Store {
  slices: ActionBytes[];
  /** First row of each slice. */
  starts: number[];
  parsed: (Action | undefined)[];
  decoder: TextDecoder;
  read: ActionReader;
}

/**
 * The generated reader of one action (checker.generated.ts readAction), for `raw` slices. Handed in, not imported:
 * the page has it in the validator's module already, and a second importer would split it into a chunk of its own.
 */
export type ActionReader = (input: unknown) => unknown;

const stores = new WeakMap<object, Store>();

/** An array index as a property key: array methods and indexing only ever ask for canonical ones ('0', '12'). */
function isIndex(key: string | symbol): key is string {
  if (typeof key !== 'string') return false;
  const c = key.charCodeAt(0);
  return c >= 48 && c <= 57 && Number.isInteger(Number(key));
}

function parse(store: Store, row: number): Action {
  let s = store.starts.length - 1;
  while (store.starts[s]! > row) s--;
  const { bytes, ends, starts, raw } = store.slices[s]!;
  const i = row - store.starts[s]!;
  const json: unknown = JSON.parse(store.decoder.decode(bytes.subarray(starts ? starts[i]! : i ? ends[i - 1]! : 0, ends[i]!)));
  // The worker's validation accepted these very bytes through the same reader: it cannot fail here.
  const action = (raw ? store.read(json) : json) as Action;
  markValidated(action);
  setLazyRow(action, row);
  return (store.parsed[row] = action);
}

/**
 * A read-only array of `count` actions, row i being `read(i)`: a Proxy over an empty array of that length, so
 * that indexing, iteration, `length`, `in` and every array method read through it.
 */
function rowsArray(count: number, read: (row: number) => Action): Action[] {
  const at = (key: string | symbol) => (isIndex(key) && Number(key) < count ? Number(key) : -1);
  const proxy: Action[] = new Proxy(new Array<Action>(count), {
    get: (target, key, receiver) => (isIndex(key) ? (at(key) < 0 ? undefined : read(at(key))) : Reflect.get(target, key, receiver)),
    has: (target, key) => (isIndex(key) ? at(key) >= 0 : Reflect.has(target, key)),
    // Read-only: the feed's actions are what the worker validated.
    set: () => false,
    deleteProperty: () => false,
    getOwnPropertyDescriptor: (target, key): PropertyDescriptor | undefined =>
      at(key) < 0 ? Reflect.getOwnPropertyDescriptor(target, key) : { value: read(at(key)), writable: false, enumerable: true, configurable: true },
    ownKeys: (target) => [...Array.from({ length: count }, (_, i) => String(i)), ...Reflect.ownKeys(target)],
  });
  return proxy;
}

/** An array of the actions in `slices`, in order, each parsed when first read (`read` applied to raw slices). */
export function lazyActions(slices: ActionBytes[], read: ActionReader = (json) => json): Action[] {
  const starts: number[] = [];
  let count = 0;
  for (const s of slices) (starts.push(count), (count += s.ends.length));
  const store: Store = { slices, starts, parsed: new Array<Action | undefined>(count), decoder: new TextDecoder(), read };
  const actions = rowsArray(count, (row) => store.parsed[row] ?? parse(store, row));
  stores.set(actions, store);
  registerLazy(actions, (rows) => rowsArray(rows.length, (i) => actions[rows[i]!]!));
  return actions;
}

/** How many of a lazy array's actions have been parsed (tests and the bench: what a view cost). */
export function parsedCount(actions: readonly Action[]): number {
  const store = stores.get(actions);
  return store ? store.parsed.reduce((n) => n + 1, 0) : actions.length;
}

/**
 * The actions by id, for a lazy array: the ids came with the bytes (the worker sends them beside each slice, as
 * one JSON array), and are read into a table on the first lookup only, so that neither the load nor the
 * dashboard (which never looks an action up by id) holds 100,000 more strings; a lookup parses one action.
 */
export class LazyActionMap implements ReadonlyMap<string, Action> {
  private table?: Map<string, number>;

  constructor(
    /** Each slice's ids, in order, as a JSON array. */
    private readonly ids: readonly string[],
    private readonly actions: readonly Action[],
  ) {}

  private get rows(): Map<string, number> {
    if (!this.table) {
      this.table = new Map();
      for (const json of this.ids) for (const id of JSON.parse(json) as string[]) this.table.set(id, this.table.size);
    }
    return this.table;
  }

  /** One id per action: a validated feed rejects a repeated id (validate-core.ts). */
  get size(): number {
    return this.actions.length;
  }

  get(id: string): Action | undefined {
    const row = this.rows.get(id);
    return row === undefined ? undefined : this.actions[row];
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  keys(): MapIterator<string> {
    return this.rows.keys();
  }

  *values(): MapIterator<Action> {
    for (const row of this.rows.values()) yield this.actions[row]!;
  }

  *entries(): MapIterator<[string, Action]> {
    for (const [id, row] of this.rows) yield [id, this.actions[row]!];
  }

  [Symbol.iterator](): MapIterator<[string, Action]> {
    return this.entries();
  }

  forEach(callback: (value: Action, key: string, map: ReadonlyMap<string, Action>) => void): void {
    for (const [id, row] of this.rows) callback(this.actions[row]!, id, this);
  }
}
