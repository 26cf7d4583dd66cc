/**
 * Per-item validation of a feed. The result always carries every valid structure
 * and action, plus a list of issues (with JSON paths) for what was rejected.
 * Valid items take the fast path (validate-core.ts); this module is zod's side: it
 * explains and salvages the items the fast path does not accept.
 */
import type * as z from 'zod/mini';
import { actionSchema, feedEnvelopeLenientSchema, feedMetaSchemas, structureSchema, type Action, type FeedEnvelope, type Structure } from './schema.js';
import { FeedEnvelopeError, type FeedIssue, type ValidationResult } from './issues.js';
import { checkAction, checkStructure, runSteps, runStepsAsync, validationSteps, type Explainer, type ItemResult, type ValidationProgress } from './validate-core.js';
import { MAX_DEPTH } from './limits.js';

export { formatPath, FeedEnvelopeError, type FeedIssue, type IssueCode, type ValidationResult } from './issues.js';

function toIssues(error: z.core.$ZodError, prefix: (string | number)[], rejected: boolean): FeedIssue[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined
          ? { path, code: 'required', expected: issue.expected, rejected }
          : { path, code: 'type', expected: issue.expected, rejected };
      case 'invalid_format':
        return { path, code: 'format', rejected };
      case 'invalid_value':
        return { path, code: 'enum', expected: issue.values.map(String).join(', '), rejected };
      case 'too_small':
        return { path, code: 'too-small', rejected };
      case 'too_big':
        return {
          path,
          code: issue.origin === 'string' ? 'too-long' : issue.origin === 'array' ? 'too-many' : 'too-big',
          expected: String(issue.maximum),
          rejected,
        };
      default:
        return { path, code: 'invalid', rejected };
    }
  });
}

/**
 * `reportInput` tells a missing field from a wrong one; `jitless` keeps zod from
 * trying `new Function`, which a strict Content-Security-Policy forbids.
 */
const PARSE_OPTIONS = { reportInput: true, jitless: true } as const;

/** Fields an item cannot be shown without: when one is invalid, the item is rejected. */
const REQUIRED_KEYS = new Set(['id', 'title', 'structureId', 'name']);
const MAX_SALVAGE_PASSES = 4;

/**
 * Removes what an issue points at: the nearest enclosing list item (a revenue, a
 * partner, a file), else the field itself, else its top-level field. Returns false
 * when the issue touches a required key, which makes the whole item unusable.
 */
function dropAt(item: Record<string, unknown>, path: readonly PropertyKey[], pass: number): boolean {
  if (path.length === 0 || (path.length === 1 && REQUIRED_KEYS.has(String(path[0])))) return false;
  let arrayAt = -1;
  for (let i = path.length - 1; i > 0; i--) if (typeof path[i] === 'number') { arrayAt = i; break; }
  // Later passes cut higher up, so a field whose parent stays invalid is dropped whole.
  const cut = arrayAt > 0 ? arrayAt : pass < 2 ? path.length - 1 : 0;
  let parent: unknown = item;
  for (let i = 0; i < cut; i++) parent = (parent as Record<PropertyKey, unknown>)?.[path[i] as string];
  if (parent === null || typeof parent !== 'object') return true;
  const key = path[cut];
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else delete (parent as Record<PropertyKey, unknown>)[key as string];
  return true;
}

/** True when a value nests deeper than `levels` (an iterative walk: a deep value must not blow the stack). */
function nestsDeeperThan(value: unknown, levels: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= levels) return true;
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** JSON paths in reading order, array indices as numbers (`revenues[10]` after `revenues[9]`). */
function comparePaths(a: readonly PropertyKey[], b: readonly PropertyKey[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/** Issues inside a list that is itself too long are left out: the whole list is dropped. */
function outermost(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const cut = issues.filter((i) => i.code === 'too_big' && i.origin === 'array').map((i) => i.path);
  if (!cut.length) return [...issues];
  const inside = (p: readonly PropertyKey[]) => cut.some((c) => c.length < p.length && c.every((seg, k) => p[k] === seg));
  return issues.filter((i) => !inside(i.path));
}

/** Every issue of an item is reported up to this many: a list of 1,000 broken entries reports 100 of them. */
const MAX_ISSUES_PER_ITEM = 100;

/**
 * Parses with zod an item the fast path did not accept, and when some fields are
 * invalid, again without them so that a half-broken fiche still shows what it can.
 * Issues name every dropped field. Never throws: whatever an item holds (a value nested
 * thousands of levels deep, a getter that throws in a `.feed` object), the worst
 * outcome is that this item alone is rejected.
 */
function explainItem<T>(schema: z.ZodMiniType<T>, raw: unknown, prefix: (string | number)[]): ItemResult<T> {
  try {
    return salvageItem(schema, raw, prefix);
  } catch {
    return { issues: [{ path: prefix, code: 'invalid', rejected: true }] };
  }
}

function salvageItem<T>(schema: z.ZodMiniType<T>, raw: unknown, prefix: (string | number)[]): ItemResult<T> {
  const first = schema.safeParse(raw, PARSE_OPTIONS);
  if (first.success) return { data: first.data, issues: [] };
  const rejectAll = (): ItemResult<T> => ({ issues: toIssues(first.error, prefix, true).slice(0, MAX_ISSUES_PER_ITEM) });
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return rejectAll();
  // Fields nested beyond MAX_DEPTH are cut first, so that the copy below (structuredClone
  // recurses) and every later walk see bounded data.
  const dropped: FeedIssue[] = [];
  const entries: [string, unknown][] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!nestsDeeperThan(value, MAX_DEPTH - 1)) entries.push([key, value]);
    else if (REQUIRED_KEYS.has(key)) return { issues: [{ path: [...prefix, key], code: 'too-deep', expected: String(MAX_DEPTH), rejected: true }] };
    else dropped.push({ path: [...prefix, key], code: 'too-deep', expected: String(MAX_DEPTH), rejected: false });
  }
  // fromEntries defines own properties: a "__proto__" key stays data, never a prototype.
  const copy = structuredClone(Object.fromEntries(entries)) as Record<string, unknown>;
  let result = dropped.length ? schema.safeParse(copy, PARSE_OPTIONS) : first;
  for (let pass = 0; !result.success && pass < MAX_SALVAGE_PASSES; pass++) {
    const issues = outermost(result.error.issues);
    dropped.push(...toIssues({ ...result.error, issues } as z.core.$ZodError, prefix, false));
    // Remove from the end so array indices of earlier issues stay valid.
    const paths = issues.map((i) => i.path).sort((a, b) => comparePaths(b, a));
    for (const path of paths) if (!dropAt(copy, path, pass)) return rejectAll();
    result = schema.safeParse(copy, PARSE_OPTIONS);
  }
  if (!result.success) return rejectAll();
  const id = (result.data as { id?: unknown }).id;
  const itemId = typeof id === 'string' ? id : undefined;
  return { data: result.data, issues: dropped.slice(0, MAX_ISSUES_PER_ITEM).map((i) => ({ ...i, itemId })) };
}

/**
 * An envelope the fast path did not accept: not a feed (FeedEnvelopeError), or a feed
 * with a wrong optional field ($schema, title, generated, source), which is dropped and
 * reported (a path of length 1, not rejected) while the feed still shows.
 */
function explainEnvelope(input: unknown): { envelope: FeedEnvelope; issues: FeedIssue[] } {
  let parsed: ReturnType<typeof feedEnvelopeLenientSchema.safeParse>;
  try {
    parsed = feedEnvelopeLenientSchema.safeParse(input, PARSE_OPTIONS);
  } catch {
    // A `.feed` object whose properties throw when read: not a feed.
    throw new FeedEnvelopeError([{ path: [], code: 'invalid', rejected: true }]);
  }
  if (!parsed.success) throw new FeedEnvelopeError(toIssues(parsed.error, [], true));
  const { structures, actions, version } = parsed.data;
  const envelope: FeedEnvelope = { version, structures, actions };
  const issues: FeedIssue[] = [];
  for (const key of Object.keys(feedMetaSchemas) as (keyof typeof feedMetaSchemas)[]) {
    if (parsed.data[key] === undefined) continue;
    const r = explainItem(feedMetaSchemas[key] as z.ZodMiniType<unknown>, parsed.data[key], [key]);
    issues.push(...r.issues.map((i) => ({ ...i, rejected: false, itemId: undefined })));
    if (r.data !== undefined) (envelope as Record<string, unknown>)[key] = r.data;
  }
  return { envelope, issues };
}

/** zod's side of the loop: what validate-core.ts hands over. */
export const zodExplainer: Explainer = {
  envelope: explainEnvelope,
  structure: (raw, prefix) => explainItem(structureSchema, raw, prefix),
  action: (raw, prefix) => explainItem(actionSchema, raw, prefix),
};

/**
 * Validates a parsed JSON value as a feed. Throws FeedEnvelopeError only when the
 * document itself is not a feed (not an object, no version); item errors are collected.
 */
export function validateFeed(input: unknown): ValidationResult {
  return runSteps(validationSteps(input, zodExplainer));
}

/**
 * The same validation, yielding to the page between slices: a national feed (100,000
 * actions, about 2 s of validation) never freezes scrolling, typing or animations.
 */
export function validateFeedAsync(input: unknown, signal?: AbortSignal, onStep?: (step: ValidationProgress) => void): Promise<ValidationResult> {
  return runStepsAsync(validationSteps(input, zodExplainer), signal, onStep);
}

/** One structure on its own, read as leniently as in a feed (publish and export validate item by item). */
export function validateStructure(input: unknown, path: (string | number)[] = ['structure']): { structure?: Structure; issues: FeedIssue[] } {
  const r = checkStructure(input, path, zodExplainer);
  return { structure: r.data, issues: r.issues };
}

/** One action on its own (an element's `.action` property), read as leniently as in a feed. */
export function validateAction(input: unknown, path: (string | number)[] = ['action']): { action?: Action; issues: FeedIssue[] } {
  const r = checkAction(input, path, zodExplainer);
  return { action: r.data, issues: r.issues };
}
