/**
 * Per-item validation of a feed. The result always carries every valid structure
 * and action, plus a list of issues (with JSON paths) for what was rejected.
 * Valid items take the fast path (validate-core.ts); this module is zod's side: it
 * explains and salvages the items the fast path does not accept.
 */
import type * as z from 'zod/mini';
import { actionSchema, feedEnvelopeSchema, structureSchema, type Action, type Structure } from './schema.js';
import { FeedEnvelopeError, type FeedIssue, type ValidationResult } from './issues.js';
import { checkAction, checkStructure, runSteps, runStepsAsync, validationSteps, type Explainer, type ItemResult } from './validate-core.js';

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

/**
 * Parses with zod an item the fast path did not accept, and when some fields are
 * invalid, again without them so that a half-broken fiche still shows what it can.
 * Issues name every dropped field.
 */
function explainItem<T>(schema: z.ZodMiniType<T>, raw: unknown, prefix: (string | number)[]): ItemResult<T> {
  const first = schema.safeParse(raw, PARSE_OPTIONS);
  if (first.success) return { data: first.data, issues: [] };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { issues: toIssues(first.error, prefix, true) };
  const copy = structuredClone(raw) as Record<string, unknown>;
  let error = first.error;
  const dropped: FeedIssue[] = [];
  for (let pass = 0; pass < MAX_SALVAGE_PASSES; pass++) {
    dropped.push(...toIssues(error, prefix, false));
    // Remove from the end so array indices of earlier issues stay valid.
    const paths = error.issues.map((i) => i.path).sort((a, b) => String(b).localeCompare(String(a), 'en', { numeric: true }));
    for (const path of paths) {
      if (!dropAt(copy, path, pass)) return { issues: toIssues(first.error, prefix, true) };
    }
    const again = schema.safeParse(copy, PARSE_OPTIONS);
    if (again.success) {
      const id = (again.data as { id?: unknown }).id;
      return { data: again.data, issues: dropped.map((i) => ({ ...i, itemId: typeof id === 'string' ? id : undefined })) };
    }
    error = again.error;
  }
  return { issues: toIssues(first.error, prefix, true) };
}

/** zod's side of the loop: what validate-core.ts hands over. */
export const zodExplainer: Explainer = {
  envelope(input) {
    const envelope = feedEnvelopeSchema.safeParse(input, PARSE_OPTIONS);
    if (!envelope.success) throw new FeedEnvelopeError(toIssues(envelope.error, [], true));
    return envelope.data;
  },
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
export function validateFeedAsync(input: unknown, signal?: AbortSignal): Promise<ValidationResult> {
  return runStepsAsync(validationSteps(input, zodExplainer), signal);
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
