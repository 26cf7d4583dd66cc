/**
 * The validation loop without zod: every item goes through the generated fast path
 * (checker.generated.ts); an item it does not accept, or an envelope, is handed to an
 * `Explainer`, the zod side (validate.ts), which says what is wrong and salvages what it
 * can. The browser runs this loop first with an explainer that gives up (parse.ts): zod
 * is downloaded only for a feed that has something to explain.
 */
import type { Action, FeedEnvelope, Structure } from './schema.js';
import type { FeedIssue, ValidationResult } from './issues.js';
import { FAIL, readAction, readEnvelope, readStructure } from './checker.generated.js';

export interface ItemResult<T> {
  data?: T;
  issues: FeedIssue[];
}

/**
 * What validates what the fast path does not accept: an envelope (with the issues of the
 * optional fields it dropped, or throws FeedEnvelopeError), an item (never throws).
 */
export interface Explainer {
  envelope(input: unknown): { envelope: FeedEnvelope; issues: FeedIssue[] };
  structure(raw: unknown, prefix: (string | number)[]): ItemResult<Structure>;
  action(raw: unknown, prefix: (string | number)[]): ItemResult<Action>;
}

/** `validateFeedAsync` yields after this many items, or sooner when they take SLICE_MS (zod is slow on broken items). */
const SLICE = 1000;
const SLICE_MS = 8;

/**
 * The fast path's readers (checker.generated.ts): read* make new values, for any input; the feed worker hands in the
 * adopt* ones, which read JSON it parsed itself in place.
 */
export interface Readers {
  envelope: (input: unknown) => FeedEnvelope | typeof FAIL;
  structure: (input: unknown) => Structure | typeof FAIL;
  action: (input: unknown) => Action | typeof FAIL;
}

const copying: Readers = { envelope: readEnvelope, structure: readStructure, action: readAction };

export function checkStructure(raw: unknown, prefix: (string | number)[], explain: Explainer, read = readStructure): ItemResult<Structure> {
  // FAIL also when reading throws (a `.feed` object's getter): the generated readers catch it.
  const quick = read(raw);
  return quick === FAIL ? explain.structure(raw, prefix) : { data: quick, issues: [] };
}

export function checkAction(raw: unknown, prefix: (string | number)[], explain: Explainer, read = readAction): ItemResult<Action> {
  const quick = read(raw);
  return quick === FAIL ? explain.action(raw, prefix) : { data: quick, issues: [] };
}

/**
 * Where a validation stands at a step: actions read of the feed's total, and the actions
 * kept so far (the live list, in order: a worker hands over what it has not yet sent).
 */
export interface ValidationProgress {
  read: number;
  total: number;
  kept: readonly Action[];
}

/**
 * The validation as steps: it yields every SLICE_MS so that the async variant can
 * give the page back its main thread; the sync variant runs straight through.
 */
export function* validationSteps(input: unknown, explain: Explainer, read = copying): Generator<ValidationProgress, ValidationResult> {
  const quick = read.envelope(input);
  const { envelope, issues } = quick === FAIL ? explain.envelope(input) : { envelope: quick, issues: [] as FeedIssue[] };
  const { structures: rawStructures, actions: rawActions, ...meta } = envelope;
  let deadline = performance.now() + SLICE_MS;
  const due = (i: number) => i % SLICE === SLICE - 1 || ((i & 127) === 127 && performance.now() > deadline);

  const structures: Structure[] = [];
  const structureIds = new Set<string>();
  const actions: Action[] = [];
  for (let i = 0; i < rawStructures.length; i++) {
    if (due(i)) {
      yield { read: 0, total: rawActions.length, kept: actions };
      deadline = performance.now() + SLICE_MS;
    }
    const r = checkStructure(rawStructures[i], ['structures', i], explain, read.structure);
    issues.push(...r.issues);
    if (!r.data) continue;
    if (structureIds.has(r.data.id)) {
      issues.push({ path: ['structures', i, 'id'], code: 'duplicate-id', rejected: true });
      continue;
    }
    structureIds.add(r.data.id);
    structures.push(r.data);
  }

  const actionIds = new Set<string>();
  for (let i = 0; i < rawActions.length; i++) {
    if (due(i)) {
      yield { read: i, total: rawActions.length, kept: actions };
      deadline = performance.now() + SLICE_MS;
    }
    const r = checkAction(rawActions[i], ['actions', i], explain, read.action);
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

/** Runs the steps straight through. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
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

/** Runs the steps, giving the page its main thread back between slices; `onStep` hears each step's progress. */
export async function runStepsAsync<S, T>(steps: Generator<S, T>, signal?: AbortSignal, onStep?: (step: S) => void): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onStep?.(step.value);
    await nextTask();
    signal?.throwIfAborted();
  }
}
