/**
 * Where each action of a feed's `actions` array lies in the body's UTF-8 bytes, found by one scan of its
 * structure (a string's bytes skipped in a tight loop). The feed worker sends an action's own bytes rather than its
 * validated copy written out again (JSON.stringify and TextEncoder: 1.3 s at 100,000 actions on this machine,
 * where this scan takes a tenth of it), and the page applies the same generated reader to them when it reads
 * the action (lazy-actions.ts). No DOM; the worker's code.
 */
import type { ValidationResult } from './issues.js';
import type { ActionBytes } from './lazy-actions.js';

/** Each element's first byte and the byte after its last, in order. */
export interface Spans {
  starts: Uint32Array;
  ends: Uint32Array;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const ACTIONS = [...'"actions"'].map((c) => c.charCodeAt(0));

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** The byte after the string opening at `at` (a quote); an escaped character is skipped whole. */
function stringEnd(bytes: Uint8Array, at: number): number {
  const n = bytes.length;
  let i = at + 1;
  while (i < n) {
    const b = bytes[i]!;
    if (b === QUOTE) return i + 1;
    i += b === BACKSLASH ? 2 : 1;
  }
  return n;
}

const isActionsKey = (bytes: Uint8Array, from: number, to: number) => to - from === ACTIONS.length && ACTIONS.every((c, k) => bytes[from + k] === c);

/**
 * The spans of the elements of the top-level object's `actions` array, in a body JSON.parse has accepted; the
 * last such key, as JSON.parse keeps the last. Undefined where a key of the top-level object holds an escape
 * (`"act\u0069ons"` would be the same key to JSON.parse, not to this scan) or there is no such array: the
 * caller then writes the actions out itself.
 */
export function actionSpans(bytes: Uint8Array): Spans | undefined {
  let depth = 0;
  /** At depth 1, the next string is a key (after `{` or `,`). */
  let expectKey = false;
  let lastKeyIsActions = false;
  /** Inside the actions array (at depth 2 and below), the element being read opened at `open`, or -1. */
  let inActions = false;
  let open = -1;
  let lastEnd = -1;
  let starts: number[] = [];
  let ends: number[] = [];
  let found: Spans | undefined;
  const close = () => {
    if (open >= 0) (starts.push(open), ends.push(lastEnd));
    open = -1;
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b === QUOTE) {
      const end = stringEnd(bytes, i);
      if (depth === 1 && expectKey) {
        for (let k = i + 1; k < end - 1; k++) if (bytes[k] === BACKSLASH) return undefined;
        lastKeyIsActions = isActionsKey(bytes, i, end);
        expectKey = false;
      } else if (inActions && depth === 2 && open < 0) open = i;
      lastEnd = end;
      i = end;
      continue;
    }
    if (isSpace(b)) {
      i++;
      continue;
    }
    if (inActions && depth === 2 && open < 0 && b !== COMMA && b !== CLOSE_ARRAY) open = i;
    switch (b) {
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        depth++;
        if (depth === 1) expectKey = b === OPEN_OBJECT;
        else if (depth === 2 && b === OPEN_ARRAY && lastKeyIsActions) ((inActions = true), (starts = []), (ends = []), (open = -1));
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        depth--;
        if (inActions && depth === 1) {
          // The array's own `]`: its last element ended before it.
          close();
          inActions = false;
          found = { starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
        } else lastEnd = i + 1;
        break;
      case COMMA:
        if (depth === 1) expectKey = true;
        else if (inActions && depth === 2) close();
        break;
      default:
        // A number, true, false or null: its last byte.
        lastEnd = i + 1;
    }
    i++;
  }
  return found;
}

/**
 * decodeBody (body.ts) reads these bytes as UTF-8, as the page reads an action's bytes: no UTF-16 byte order mark,
 * and no charset or one that names UTF-8 (or none a browser knows, which decodeBody reads as UTF-8 too).
 */
export function readsAsUtf8(bytes: Uint8Array, contentType: string | null): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  // decodeBody's own reading of the charset (kept out of body.ts: every page downloads that one).
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  try {
    return !charset || new TextDecoder(charset).encoding === 'utf-8';
  } catch {
    return true;
  }
}

/** The body's UTF-8 bytes, where each action of the input lies in them, and the input row of each kept action. */
export interface OwnBytes {
  body: Uint8Array;
  spans: Spans;
  rows: Uint32Array;
}

/**
 * Where the kept actions' own bytes are, when sending them is sending the same actions: a UTF-8 body (the page
 * decodes UTF-8) read by the fast pass alone (each kept action is readAction's answer for its item, which the
 * page applies again: lazy-actions.ts). Only a repeated id is left out then (validate-core.ts), with its issue.
 */
export function ownBytes(body: Uint8Array, utf8: boolean, { issues, actionCount, feed }: ValidationResult, explained: boolean): OwnBytes | undefined {
  if (!utf8 || explained) return undefined;
  const kept = feed.actions.length;
  const spans = actionSpans(body);
  if (spans?.starts.length !== actionCount) return undefined;
  const dropped = new Set(issues.filter((i) => i.rejected && i.path[0] === 'actions' && i.path.length === 3).map((i) => i.path[1]));
  const rows = new Uint32Array(kept);
  let k = 0;
  for (let row = 0; row < actionCount && k < kept; row++) if (!dropped.has(row)) rows[k++] = row;
  return k === kept && actionCount - dropped.size === kept ? { body, spans, rows } : undefined;
}

/** Kept actions `at`… `at + count - 1` as one copied range of the body (a buffer of their own, to transfer). */
export function ownSlice({ body, spans, rows }: OwnBytes, at: number, count: number): ActionBytes {
  const from = spans.starts[rows[at]!]!;
  const starts = new Uint32Array(count);
  const ends = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const row = rows[at + i]!;
    starts[i] = spans.starts[row]! - from;
    ends[i] = spans.ends[row]! - from;
  }
  return { bytes: body.slice(from, from + ends[count - 1]!), starts, ends, raw: true };
}
