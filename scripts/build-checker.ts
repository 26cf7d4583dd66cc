/**
 * Writes src/feed/checker.generated.ts from the zod schema: straight-line functions
 * that read a valid feed item exactly as zod would (unknown keys dropped, strings
 * trimmed where the schema trims, defaults filled in, fields in the schema's order)
 * and give up at the first doubt, leaving zod to explain and salvage that item.
 *
 * Why generated and not compiled at run time: the checker then needs neither zod
 * nor `new Function` (forbidden by a strict CSP); V8 optimises straight-line code
 * far better than a tree of closures. Why not ajv's standalone code from
 * feed.schema.json: JSON Schema cannot trim or strip unknown keys, so the output would
 * still differ from zod's. `npm run build:schema` writes it; check:generated fails when
 * it is stale. A schema construct this generator does not know stops the build.
 */
import { writeFileSync } from 'node:fs';
import { actionSchema, feedEnvelopeSchema, structureSchema } from '../src/feed/schema.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- zod's internal definitions are untyped here */
type Schema = { _zod: { def: any } };

const patterns: RegExp[] = [];
const functions = new Map<Schema, Map<Mode, string>>();
const bodies: string[] = [];

function pattern(re: RegExp): string {
  let at = patterns.findIndex((p) => p.source === re.source && p.flags === re.flags);
  if (at < 0) at = patterns.push(re) - 1;
  return `RE${at}`;
}

/** Statements that throw FAIL unless `v` (a variable) satisfies a check, which may rewrite `v`. */
function check(c: any, v: string, kind: 'string' | 'number' | 'array'): string[] {
  const d = c._zod.def;
  switch (d.check) {
    case 'overwrite': {
      if (kind === 'string' && /^\(input\) => input\.trim\(\)$/.test(String(d.tx))) return [`${v} = ${v}.trim();`];
      if (kind === 'string' && /^\(input\) => input\.toLowerCase\(\)$/.test(String(d.tx))) return [`${v} = ${v}.toLowerCase();`];
      throw new Error(`unsupported overwrite ${String(d.tx)}`);
    }
    case 'min_length':
      return [`if (${v}.length < ${d.minimum}) throw FAIL;`];
    case 'max_length':
      return [`if (${v}.length > ${d.maximum}) throw FAIL;`];
    case 'length_equals':
      return [`if (${v}.length !== ${d.length}) throw FAIL;`];
    case 'string_format':
      if (d.format !== 'regex' || kind !== 'string') throw new Error(`unsupported string format ${d.format}`);
      if (d.pattern.global || d.pattern.sticky) throw new Error('stateful regex');
      return [`if (!${pattern(d.pattern)}.test(${v})) throw FAIL;`];
    case 'greater_than':
      return [`if (!(${v} ${d.inclusive ? '>=' : '>'} ${Number(d.value)})) throw FAIL;`];
    case 'less_than':
      return [`if (!(${v} ${d.inclusive ? '<=' : '<'} ${Number(d.value)})) throw FAIL;`];
    case 'number_format':
      return [numberFormat(d.format, v)];
    default:
      throw new Error(`unsupported check ${d.check}`);
  }
}

function numberFormat(format: string, v: string): string {
  if (format === 'safeint') return `if (!Number.isSafeInteger(${v})) throw FAIL;`;
  if (format === 'int32') return `if (!Number.isInteger(${v}) || ${v} < -2147483648 || ${v} > 2147483647) throw FAIL;`;
  if (format === 'uint32') return `if (!Number.isInteger(${v}) || ${v} < 0 || ${v} > 4294967295) throw FAIL;`;
  throw new Error(`unsupported number format ${format}`);
}

/**
 * Statements reading the value in variable `v` (never undefined here) and leaving the
 * output in `v`, or throwing FAIL.
 */
function read(schema: Schema, v: string, mode: Mode): string[] {
  const d = schema._zod.def;
  const checks = (kind: 'string' | 'number' | 'array') => (d.checks ?? []).flatMap((c: any) => check(c, v, kind));
  switch (d.type) {
    case 'string':
      return [`if (typeof ${v} !== 'string') throw FAIL;`, ...checks('string')];
    case 'number':
      return [
        `if (typeof ${v} !== 'number' || !Number.isFinite(${v})) throw FAIL;`,
        ...(d.format ? [numberFormat(d.format, v)] : []),
        ...checks('number'),
      ];
    case 'boolean':
      return [`if (typeof ${v} !== 'boolean') throw FAIL;`];
    case 'enum':
    case 'literal': {
      const values: unknown[] = d.type === 'enum' ? Object.values(d.entries) : [...d.values];
      if (values.length <= 3) return [`if (${values.map((x) => `${v} !== ${JSON.stringify(x)}`).join(' && ')}) throw FAIL;`];
      // A Set compares by SameValueZero, !== by strict equality: the same for strings only.
      if (values.some((x) => typeof x !== 'string')) throw new Error('unsupported enum of non-strings');
      return [`if (!${valueSet(values as string[])}.has(${v})) throw FAIL;`];
    }
    case 'array': {
      const item = reader(d.element, mode);
      return [
        `if (!Array.isArray(${v})) throw FAIL;`,
        mode === 'copy' ? `const out = new Array(${v}.length);` : `const out = ${v};`,
        // In place, items taken as they are need no loop.
        ...(item || mode === 'copy' ? [`for (let i = 0; i < ${v}.length; i++) out[i] = ${item ? `${item}(${v}[i])` : `${v}[i]`};`] : []),
        `${v} = out;`,
        ...checks('array'),
      ];
    }
    default:
      throw new Error(`unsupported schema type ${d.type}`);
  }
}

const sets: string[] = [];

function valueSet(values: string[]): string {
  const text = JSON.stringify(values);
  let at = sets.indexOf(text);
  if (at < 0) at = sets.push(text) - 1;
  return `SET${at}`;
}

/**
 * The name of a function reading a value of this schema (the value, or it throws FAIL), or undefined for `unknown`, taken
 * as it is. One function per object schema; other schemas share a function with every schema of the same checks
 * (most strings of the feed are "a string of at most 1000 characters"). Each field stays a line of its object's
 * function, with its own property access (what keeps the reading fast); the checks are small functions V8
 * inlines. One block of statements per field made the checker 5.1 kB gzip of vitrine.js, this form 2.9 kB, at
 * the same speed (50,000 actions, CPU time, interleaved: 157–164 ms before, 163–167 ms after).
 */
function reader(schema: Schema, mode: Mode): string | undefined {
  const d = schema._zod.def;
  if (d.type === 'unknown') return undefined;
  if (d.type === 'object') return objectFunction(schema, mode);
  const body = [...read(schema, 'v', mode), 'return v;'].map((l) => `  ${l}`).join('\n');
  let name = leaves.get(body);
  if (!name) {
    name = `r${leaves.size}`;
    leaves.set(body, name);
    bodies.push(`function ${name}(v: any): any {\n${body}\n}`);
  }
  return name;
}

const leaves = new Map<string, string>();

/**
 * 'copy': a new value (read*, for any input: a page's \`.feed\` object is never changed). 'place': the input's own
 * objects and arrays, written over (adopt*, for JSON its caller parsed and hands over: the feed worker's, where a
 * copy is 100 MB of objects at 100,000 actions that all survive to the next collection; measured in Node, the
 * validation of 100,000 actions 702–898 → 471–621 ms). Leaves that make no container are shared by both.
 */
type Mode = 'copy' | 'place';

/**
 * One function per object schema: a new object holding the schema's fields, in its order. A reader throws FAIL
 * rather than returning it, so that each field is one short expression with its own property access (what keeps
 * the reading fast): 2,889 → 2,653 B gzip of the module in vitrine.js, at a speed within this machine's noise
 * (50,000 actions, CPU, interleaved at load 7.5: medians 277–318 ms before, 297–331 ms after; fastest runs 220–259
 * and 219–249 ms). A throw happens once per item refused, and zod then spends far more explaining it. Readers made
 * by small factories (`text(max, trim, min, re)`) were smaller minified but larger gzipped (2,789 B).
 */
function objectFunction(schema: Schema, mode: Mode): string {
  const byMode = functions.get(schema) ?? new Map<Mode, string>();
  functions.set(schema, byMode);
  const known = byMode.get(mode);
  if (known) return known;
  const name = `${mode === 'copy' ? 'read' : 'adopt'}${byMode.size ? [...functions.values()].indexOf(byMode) : functions.size - 1}`;
  byMode.set(mode, name);
  if (schema._zod.def.catchall) throw new Error('unsupported catchall');
  const lines = [`function ${name}(input: any): any {`, `  record(input);`, mode === 'copy' ? `  const out: any = {};` : `  const out: any = input;`];
  for (const [key, field] of Object.entries(schema._zod.def.shape as Record<string, Schema>)) {
    const k = JSON.stringify(key);
    const fd = field._zod.def;
    const inner = fd.type === 'optional' || fd.type === 'default' ? fd.innerType : field;
    const fn = reader(inner, mode);
    // Read once (a getter runs once, as under zod); on FAIL the object being written is dropped.
    const read = (value: string) => (fn ? `${fn}(${value})` : value);
    if (fd.type === 'optional') {
      // zod keeps a key given as undefined, and leaves out a key not given at all.
      const unread = mode === 'copy' ? `given(input, out, ${k})` : `unread(input, ${k})`;
      lines.push(`  if ((v = input[${k}]) === undefined) ${unread}; else out[${k}] = ${read('v')};`);
    } else if (fd.type === 'default') {
      const value = JSON.stringify(fd.defaultValue);
      if (value === undefined || (typeof fd.defaultValue === 'object' && value !== '[]' && value !== '{}')) throw new Error(`unsupported default ${value}`);
      lines.push(`  out[${k}] = (v = input[${k}]) === undefined ? ${value} : ${read('v')};`);
    } else if (fn) {
      // Every reader refuses undefined (a missing required field).
      lines.push(`  out[${k}] = ${fn}(input[${k}]);`);
    } else {
      lines.push(`  if ((v = input[${k}]) === undefined) throw FAIL;`, `  out[${k}] = v;`);
    }
  }
  if (mode === 'place') {
    // In place, the input's keys must be the schema's fields it has (defaults now added), or zod drops the others:
    // that object alone is then read again as a copy (its fields are read already: a second reading is the same).
    const fields = Object.keys(schema._zod.def.shape).length;
    lines.splice(3, 0, lines.some((line) => line.includes('(v = ')) ? `  let v: any, from = absent;` : `  const from = absent;`);
    lines.push(`  return keptAsIs(input, ${fields}, from) ? out : ${objectFunction(schema, 'copy')}(input);`, `}`);
  } else {
    if (lines.some((line) => line.includes('(v = '))) lines.splice(3, 0, `  let v: any;`);
    lines.push(`  return out;`, `}`);
  }
  bodies.push(lines.join('\n'));
  return name;
}

export function renderChecker(): string {
  patterns.length = 0;
  functions.clear();
  bodies.length = 0;
  leaves.clear();
  sets.length = 0;
  const entries = { readEnvelope: feedEnvelopeSchema, readStructure: structureSchema, readAction: actionSchema };
  const exported = Object.entries(entries).map(([name, schema]) => [name, objectFunction(schema as unknown as Schema, 'copy')] as const);
  const adopted = Object.entries(entries).map(([name, schema]) => [name.replace('read', 'adopt'), objectFunction(schema as unknown as Schema, 'place')] as const);
  return `/**
 * GENERATED by scripts/build-checker.ts from src/feed/schema.ts (\`npm run build:schema\`): do not edit.
 *
 * The fast path of validation: each function returns what zod's safeParse would give
 * for a valid item (same fields, same order, trimmed, defaults filled), or FAIL at the
 * first thing it does not accept (readers throw it; the exported ones return it), and zod
 * then explains and salvages that item.
 * No zod and no \`new Function\` here: this runs under a strict CSP and in a Worker.
 */
/* eslint-disable */
import type { Action, FeedEnvelope, Structure } from './schema.js';

/** Returned for anything the fast path does not accept. */
export const FAIL: unique symbol = Symbol('not valid');

${patterns.map((p, i) => `const RE${i} = ${p.toString()};`).join('\n')}
${sets.map((values, i) => `const SET${i}: ReadonlySet<unknown> = new Set(${values});`).join('\n')}

function record(input: any): void {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw FAIL;
}

/** Optional fields not given to the objects read in place, counted as they are met: an object's own count is \`absent - from\` (keptAsIs). */
let absent = 0;

/** An optional field whose value is undefined: kept only when its key is there, as zod does. */
function given(input: any, out: any, key: string): void {
  if (key in input) out[key] = undefined;
}

/** The same, in place: a key there stays as it is; one not there is counted. */
function unread(input: any, key: string): void {
  if (!(key in input)) absent++;
}

/**
 * Whether an object read in place holds only the schema's fields it has (\`fields\` less those not given since
 * \`from\`, defaults now added): zod would drop any other key. Leaves \`absent\` as the object found it.
 */
function keptAsIs(input: any, fields: number, from: number): boolean {
  const missing = absent - from;
  absent = from;
  let keys = 0;
  for (const _ in input) keys++;
  return keys === fields - missing;
}

/** FAIL for what a reader throws (FAIL, or a throwing getter of a \`.feed\` object), instead of the exception. */
const guard = <T>(read: (input: any) => T) => (input: unknown): T | typeof FAIL => {
  try {
    return read(input);
  } catch {
    return FAIL;
  }
};

${bodies.join('\n\n')}

${exported
  .map(([name, fn]) => {
    const type = name === 'readEnvelope' ? 'FeedEnvelope' : name === 'readStructure' ? 'Structure' : 'Action';
    return `export const ${name}: (input: unknown) => ${type} | typeof FAIL = guard<${type}>(${fn});`;
  })
  .join('\n')}

/**
 * The same readers in place: the same answer (trimmed, defaults filled in, unknown keys dropped) in the input's own
 * objects and arrays, fields in the input's order (defaults after them). Only for JSON the caller parsed and hands
 * over. On FAIL the input may hold fields already read: zod, which explains it, reads them the same.
 */
${adopted
  .map(([name, fn]) => {
    const type = name === 'adoptEnvelope' ? 'FeedEnvelope' : name === 'adoptStructure' ? 'Structure' : 'Action';
    return `export const ${name}: (input: unknown) => ${type} | typeof FAIL = guard<${type}>(${fn});`;
  })
  .join('\n')}
`;
}

if (/build-checker\.[jt]s$/.test(process.argv[1] ?? '')) {
  const text = renderChecker();
  writeFileSync(new URL('../src/feed/checker.generated.ts', import.meta.url), text);
  console.log(`wrote src/feed/checker.generated.ts (${text.length} bytes)`);
}
