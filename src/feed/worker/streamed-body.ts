/**
 * A feed's body read while it downloads: the feed worker is handed each piece as it arrives (off-thread.ts), scans
 * its structure (action-spans.ts SpanScan) and parses and reads (the in-place generated reader) every action as
 * soon as its last byte is in. At 100,000 actions the parse and the validation (1.1 s of CPU on this machine) then
 * run during the download (0.8 s locally) instead of after it.
 *
 * The result is exactly the whole body's (JSON.parse of decodeBody, then the same reader on each action): the fast
 * way is kept only for a UTF-8 body whose every action the reader accepts and whose structure the scan read as
 * JSON.parse does; anything else (another charset, a fiche to explain, JSON.parse refusing the body) is read
 * whole at the end, as before (`finish` then returns no `json`). Tests: streamed-body.test.ts.
 */
import { SpanScan, readsAsUtf8, type Spans } from '../action-spans.js';
import { adoptAction, adoptEnvelope, adoptStructure, FAIL } from '../checker.generated.js';
import type { Action } from '../schema.js';
import type { Readers } from '../validate-core.js';

/** Complete actions are parsed once this many of their bytes are in: one JSON.parse per ~half a megabyte. */
const BATCH_BYTES = 512 * 1024;

export interface BodyRead {
  /** The whole body, one buffer. */
  body: Uint8Array;
  /** When the fast way held: the parsed document, its `actions` each already read by adoptAction. */
  json?: unknown;
  /** With `json`: where each action lies in `body`. */
  spans?: Spans;
}

/** An action `finish` read already: the validation takes it as it is. */
const alreadyRead = (action: unknown) => action as Action;

/**
 * The fast path's readers (validate-core.ts Readers) for a document read this way: in place (it is the worker's
 * own JSON, and a copy would be 100 MB more that every collection keeps), its actions as `finish` read them.
 */
export const readersOf = ({ json }: BodyRead): Readers => ({ envelope: adoptEnvelope, structure: adoptStructure, action: json ? alreadyRead : adoptAction });

export class StreamedBody {
  private bytes: Uint8Array;
  private length = 0;
  private readonly scan = new SpanScan();
  private readonly decoder = new TextDecoder();
  /** The actions read so far (adoptAction's answers), of the scan's first `actions.length` elements. */
  private actions: Action[] = [];
  /** Undefined until the first bytes say whether the body is UTF-8; false once the fast way is given up. */
  private fast: boolean | undefined;

  /**
   * `expected`: the announced length, the buffer's first size (a compressed body outgrows it). `onRead` hears how
   * many actions are read and up to which byte of the body, after each batch: the page's progress bar moves while
   * the body is read, which at 100,000 actions is most of the wait.
   */
  constructor(
    private readonly contentType: string | null,
    expected = 0,
    private readonly onRead?: (actions: number, bytes: number) => void,
  ) {
    this.bytes = new Uint8Array(Math.max(expected, 1 << 16));
  }

  add(piece: Uint8Array): void {
    if (this.length + piece.length > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.length + piece.length, Math.ceil(this.bytes.length * 1.5)));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.bytes.set(piece, this.length);
    this.length += piece.length;
    // Two bytes tell a UTF-16 byte order mark.
    if (this.fast === undefined && this.length >= 2) this.fast = readsAsUtf8(this.bytes, this.contentType);
    if (!this.fast) return;
    this.scan.scan(this.bytes, this.length);
    const { starts, ends } = this.scan;
    const from = this.actions.length;
    if (starts.length > from && ends[starts.length - 1]! - starts[from]! >= BATCH_BYTES) this.read(starts.length);
  }

  /** The body is in: the document, when every action could be read on the way (and the last ones now). */
  finish(): BodyRead {
    const body = this.bytes.subarray(0, this.length);
    const scan = this.scan;
    // One actions array only: with two, JSON.parse keeps the last, and the actions read on the way were the first's.
    const whole = this.fast && scan.at === this.length && scan.depth === 0 && scan.arrays === 1;
    if (whole) this.read(scan.starts.length);
    const spans = whole && this.fast ? scan.spans() : undefined;
    const json = spans && this.envelope(body, spans);
    this.actions = [];
    return json ? { body, json, spans } : { body };
  }

  /** Parses and reads the scanned actions from the next one to `to`; gives the fast way up at the first refusal. */
  private read(to: number): void {
    const { starts, ends } = this.scan;
    const from = this.actions.length;
    if (to <= from) return;
    try {
      const raw: unknown[] = JSON.parse(`[${this.decoder.decode(this.bytes.subarray(starts[from]!, ends[to - 1]!))}]`);
      // The scan's elements are JSON.parse's: an element it misread ("1 2") shows here.
      if (raw.length !== to - from) return this.giveUp();
      for (const item of raw) {
        const action = adoptAction(item);
        // A fiche to explain: zod will read the whole document again, from the body.
        if (action === FAIL) return this.giveUp();
        this.actions.push(action);
      }
      this.onRead?.(to, ends[to - 1]!);
    } catch {
      this.giveUp();
    }
  }

  /**
   * The document without its actions' text (`"actions":[]`), parsed, with the actions read put back: undefined
   * where that is not what JSON.parse of the whole would give (not an object, another `actions` key after it).
   */
  private envelope(body: Uint8Array, spans: Spans): unknown {
    if (this.actions.length !== spans.starts.length) return undefined;
    const { arrayOpen, arrayClose } = this.scan;
    try {
      // The decoder drops a UTF-8 byte order mark at the start, as decodeBody does.
      const text = this.decoder.decode(body.subarray(0, arrayOpen + 1)) + this.decoder.decode(body.subarray(arrayClose));
      const json: unknown = JSON.parse(text);
      if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
      const envelope = json as { actions?: unknown };
      if (!Array.isArray(envelope.actions) || envelope.actions.length > 0) return undefined;
      envelope.actions = this.actions;
      return envelope;
    } catch {
      return undefined;
    }
  }

  private giveUp(): void {
    this.fast = false;
    this.actions = [];
  }
}
