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

/** The byte after the string opening at `at` (a quote), or -1 when it does not close before `n`; an escape is skipped whole. */
function stringEnd(bytes: Uint8Array, at: number, n: number): number {
  let i = at + 1;
  while (i < n) {
    const b = bytes[i]!;
    if (b === QUOTE) return i + 1;
    i += b === BACKSLASH ? 2 : 1;
  }
  return -1;
}

const isActionsKey = (bytes: Uint8Array, from: number, to: number) => to - from === ACTIONS.length && ACTIONS.every((c, k) => bytes[from + k] === c);

/**
 * The scan of a body's structure, able to stop where the bytes so far end and to go on when more arrive (the feed
 * worker scans the body while it downloads: worker/streamed-body.ts). It finds the elements of the top-level
 * object's `actions` array: `starts` / `ends` hold the complete ones so far, in order.
 */
export class SpanScan {
  /** The first byte not read yet: a string that had not closed is read again from its quote. */
  at = 0;
  depth = 0;
  /** At depth 1, the next string is a key (after `{` or `,`). */
  private expectKey = false;
  private lastKeyIsActions = false;
  /** Inside an actions array (at depth 2 and below), the element being read opened at `open`, or -1. */
  private inActions = false;
  private open = -1;
  private lastEnd = -1;
  starts: number[] = [];
  ends: number[] = [];
  /** The last actions array's `[` and `]`, once it closed; how many such arrays the object has. */
  arrayOpen = -1;
  arrayClose = -1;
  arrays = 0;
  /**
   * Where JSON.parse would read another key than this scan sees (an escape in a top-level key: `"act\u0069ons"`),
   * or a separator without an element (`[,1]`, `[1,]`), which JSON.parse refuses: the scan's spans say nothing then.
   */
  refused = false;

  /** Reads `bytes` from `at` up to `n` (the bytes so far); the state carries over to the next call. */
  scan(bytes: Uint8Array, n: number): void {
    // Locals in the loop, the fields once at the end: this loop reads every byte of a 75 MB body.
    let { depth, expectKey, lastKeyIsActions, inActions, open, lastEnd, starts, ends } = this;
    let i = this.at;
    const close = () => {
      if (open >= 0) (starts.push(open), ends.push(lastEnd));
      else this.refused = true;
      open = -1;
    };
    while (i < n && !this.refused) {
      const b = bytes[i]!;
      if (b === QUOTE) {
        const end = stringEnd(bytes, i, n);
        if (end < 0) break;
        if (depth === 1 && expectKey) {
          for (let k = i + 1; k < end - 1; k++) if (bytes[k] === BACKSLASH) this.refused = true;
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
          else if (depth === 2 && b === OPEN_ARRAY && lastKeyIsActions) {
            inActions = true;
            starts = [];
            ends = [];
            open = -1;
            this.arrayOpen = i;
            this.arrays++;
          }
          break;
        case CLOSE_OBJECT:
        case CLOSE_ARRAY:
          depth--;
          if (inActions && depth === 1) {
            // The array's own `]`: its last element ended before it (none in an empty array).
            if (open >= 0 || starts.length > 0) close();
            inActions = false;
            this.arrayClose = i;
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
    Object.assign(this, { at: i, depth, expectKey, lastKeyIsActions, inActions, open, lastEnd, starts, ends });
  }

  /** The last actions array's spans, once the body is scanned whole; undefined where there is none or the scan refused. */
  spans(): Spans | undefined {
    if (this.refused || this.arrayClose < 0 || this.inActions) return undefined;
    return { starts: Uint32Array.from(this.starts), ends: Uint32Array.from(this.ends) };
  }
}

/**
 * The spans of the elements of the top-level object's `actions` array, in a body JSON.parse has accepted; the
 * last such key, as JSON.parse keeps the last. Undefined where a key of the top-level object holds an escape
 * (`"act\u0069ons"` would be the same key to JSON.parse, not to this scan) or there is no such array: the
 * caller then writes the actions out itself.
 */
export function actionSpans(bytes: Uint8Array): Spans | undefined {
  const scan = new SpanScan();
  scan.scan(bytes, bytes.length);
  return scan.spans();
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
export function ownBytes(body: Uint8Array, utf8: boolean, { issues, actionCount, feed }: ValidationResult, explained: boolean, scanned?: Spans): OwnBytes | undefined {
  if (!utf8 || explained) return undefined;
  const kept = feed.actions.length;
  // `scanned`: the spans a scan of the body as it arrived found already (worker/streamed-body.ts).
  const spans = scanned ?? actionSpans(body);
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
