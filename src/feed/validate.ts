/**
 * Per-item validation of a feed. The result always carries every valid structure
 * and action, plus a list of issues (with JSON paths) for what was rejected.
 */
import type * as z from 'zod/mini';
import { actionSchema, feedEnvelopeSchema, structureSchema, type Action, type Structure } from './schema.js';
import { FeedEnvelopeError, type FeedIssue, type ValidationResult } from './issues.js';
import { FAIL, readAction, readEnvelope, readStructure } from './checker.generated.js';

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
 * Parses one item: a valid one through the generated fast path (checker.generated.ts,
 * the same output as zod in a fraction of the time); otherwise with zod, and when some
 * fields are invalid, again without them so that a half-broken fiche still shows what
 * it can. Issues name every dropped field.
 */
function parseItem<T>(
  schema: z.ZodMiniType<T>,
  fast: (raw: unknown) => T | typeof FAIL,
  raw: unknown,
  prefix: (string | number)[],
): { data?: T; issues: FeedIssue[] } {
  const quick = fast(raw);
  if (quick !== FAIL) return { data: quick, issues: [] };
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

/** `validateFeedAsync` yields after this many items, or sooner when they take SLICE_MS (zod is slow on broken items). */
const SLICE = 1000;
const SLICE_MS = 8;

/** The envelope through the fast path, else zod for the errors. */
function readFeedEnvelope(input: unknown) {
  const quick = readEnvelope(input);
  if (quick !== FAIL) return quick;
  const envelope = feedEnvelopeSchema.safeParse(input, PARSE_OPTIONS);
  if (!envelope.success) throw new FeedEnvelopeError(toIssues(envelope.error, [], true));
  return envelope.data;
}

/**
 * The validation as steps: it yields every SLICE_MS so that the async variant can
 * give the page back its main thread; the sync variant runs straight through.
 */
function* validationSteps(input: unknown): Generator<void, ValidationResult> {
  const { structures: rawStructures, actions: rawActions, ...meta } = readFeedEnvelope(input);
  let deadline = performance.now() + SLICE_MS;
  const due = (i: number) => i % SLICE === SLICE - 1 || ((i & 127) === 127 && performance.now() > deadline);
  const issues: FeedIssue[] = [];

  const structures: Structure[] = [];
  const structureIds = new Set<string>();
  for (let i = 0; i < rawStructures.length; i++) {
    if (due(i)) {
      yield;
      deadline = performance.now() + SLICE_MS;
    }
    const r = parseItem(structureSchema, readStructure, rawStructures[i], ['structures', i]);
    issues.push(...r.issues);
    if (!r.data) continue;
    if (structureIds.has(r.data.id)) {
      issues.push({ path: ['structures', i, 'id'], code: 'duplicate-id', rejected: true });
      continue;
    }
    structureIds.add(r.data.id);
    structures.push(r.data);
  }

  const actions: Action[] = [];
  const actionIds = new Set<string>();
  for (let i = 0; i < rawActions.length; i++) {
    if (due(i)) {
      yield;
      deadline = performance.now() + SLICE_MS;
    }
    const r = parseItem(actionSchema, readAction, rawActions[i], ['actions', i]);
    issues.push(...r.issues);
    if (!r.data) continue;
    if (actionIds.has(r.data.id)) {
      issues.push({ path: ['actions', i, 'id'], code: 'duplicate-id', rejected: true });
      continue;
    }
    actionIds.add(r.data.id);
    // An action whose structure is missing is still shown; the issue only warns.
    if (!structureIds.has(r.data.structureId)) {
      issues.push({ path: ['actions', i, 'structureId'], code: 'unknown-structure', rejected: false });
    }
    actions.push(r.data);
  }

  return { feed: { ...meta, structures, actions }, issues, actionCount: rawActions.length };
}

/**
 * Validates a parsed JSON value as a feed. Throws FeedEnvelopeError only when the
 * document itself is not a feed (not an object, no version); item errors are collected.
 */
export function validateFeed(input: unknown): ValidationResult {
  const steps = validationSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Gives the thread back to the page for one task. `scheduler.yield` and a message are
 * not clamped to 4 ms like nested timers: a hundred yields cost next to nothing.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * The same validation, yielding to the page between slices: a national feed (100,000
 * actions, about 2 s of validation) never freezes scrolling, typing or animations.
 */
export async function validateFeedAsync(input: unknown, signal?: AbortSignal): Promise<ValidationResult> {
  const steps = validationSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTask();
    signal?.throwIfAborted();
  }
}

/** One structure on its own, read as leniently as in a feed (publish and export validate item by item). */
export function validateStructure(input: unknown, path: (string | number)[] = ['structure']): { structure?: Structure; issues: FeedIssue[] } {
  const r = parseItem(structureSchema, readStructure, input, path);
  return { structure: r.data, issues: r.issues };
}

/** One action on its own (an element's `.action` property), read as leniently as in a feed. */
export function validateAction(input: unknown, path: (string | number)[] = ['action']): { action?: Action; issues: FeedIssue[] } {
  const r = parseItem(actionSchema, readAction, input, path);
  return { action: r.data, issues: r.issues };
}
