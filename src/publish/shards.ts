/**
 * The actions themselves, cut by the département of their structure (the filter a reader
 * uses most, and the map's unit) into parts of at most `partSize` actions. Each part is a
 * complete feed (`{ version, actions, structures }`) that any Vitrine element can read,
 * named by its content hash so that a host may cache it for ever.
 *
 * Parts are written as the actions stream past: at most one open part per département.
 * Beside its actions a part lists their positions in the whole collection (`order`, a
 * field feeds do not have and validation ignores): a reader merging parts puts the actions
 * back in feed order, so every figure, label and tie-break comes out as over the raw feeds.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { FEED_VERSION, type Action, type Structure } from '../feed/schema.js';
import { NO_DEPARTEMENT, type ShardPart } from '../feed/observatory-format.js';

/** First characters of a SHA-256 put in file names: enough to tell versions apart. */
export const HASH_LENGTH = 12;

class OpenPart {
  readonly hash: Hash = createHash('sha256');
  readonly structureIds = new Set<string>();
  /** Position of each action in the whole collection, so a reader can restore feed order. */
  readonly order: number[] = [];
  private readonly fd: number;
  /**
   * Bytes, not strings: a line read from a staged file is a slice of the megabyte the reader
   * read it in, and a slice keeps all of it alive. Lines waiting in a hundred open parts
   * would keep most of the file in memory.
   */
  private buffer: Buffer[] = [];
  private size = 0;
  bytes = 0;
  actions = 0;

  constructor(
    readonly key: string,
    readonly part: number,
    readonly tmpPath: string,
  ) {
    this.fd = openSync(tmpPath, 'w');
    this.write(`{"version":${JSON.stringify(FEED_VERSION)},"actions":[\n`);
  }

  write(text: string): void {
    const bytes = Buffer.from(text);
    this.buffer.push(bytes);
    this.size += bytes.length;
    if (this.size > 1 << 18) this.flush();
  }

  private flush(): void {
    const chunk = Buffer.concat(this.buffer, this.size);
    this.hash.update(chunk);
    writeSync(this.fd, chunk);
    this.bytes += chunk.length;
    this.buffer = [];
    this.size = 0;
  }

  add(action: Action, json: string, ordinal: number): void {
    this.write(this.actions ? `,\n${json}` : json);
    this.order.push(ordinal);
    this.actions++;
    this.structureIds.add(action.structureId);
  }

  /** Ends the document with the structures its actions name; returns the content hash. */
  close(structureById: ReadonlyMap<string, Structure>): string {
    const structures: string[] = [];
    for (const id of this.structureIds) {
      const s = structureById.get(id);
      if (s) structures.push(JSON.stringify(s));
    }
    this.write(`\n],"order":${JSON.stringify(this.order)},"structures":[\n${structures.join(',\n')}\n]}\n`);
    this.flush();
    closeSync(this.fd);
    return this.hash.digest('hex');
  }
}

export class ShardWriter {
  readonly parts: ShardPart[] = [];
  private readonly open = new Map<string, OpenPart>();
  private readonly counts = new Map<string, number>();
  private readonly dir: string;

  constructor(
    root: string,
    private readonly structureById: ReadonlyMap<string, Structure>,
    private readonly partSize: number,
  ) {
    this.dir = join(root, 'shards');
    mkdirSync(this.dir, { recursive: true });
  }

  /** The shard key of an action: its structure's declared département (the dashboard filters on it). */
  keyOf(action: Action): string {
    return this.structureById.get(action.structureId)?.departement ?? NO_DEPARTEMENT;
  }

  private count = 0;

  /** Appends an action (with its JSON text) to its département's open part, which it returns. */
  add(action: Action, json: string): OpenPart {
    const key = this.keyOf(action);
    let part = this.open.get(key);
    if (!part) {
      const n = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, n);
      part = new OpenPart(key, n, join(this.dir, `.${key}-${n}.tmp`));
      this.open.set(key, part);
    }
    part.add(action, json, this.count++);
    if (part.actions >= this.partSize) this.finish(part);
    return part;
  }

  private finish(part: OpenPart): void {
    this.open.delete(part.key);
    const sha256 = part.close(this.structureById);
    const name = `${part.key}-${part.part}.${sha256.slice(0, HASH_LENGTH)}.json`;
    renameSync(part.tmpPath, join(this.dir, name));
    this.parts.push({ key: part.key, part: part.part, path: `shards/${name}`, actions: part.actions, bytes: part.bytes, sha256 });
  }

  /** Closes the parts still open; parts are then listed by département code, then part number. */
  close(): ShardPart[] {
    for (const part of [...this.open.values()]) this.finish(part);
    this.parts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.part - b.part));
    return this.parts;
  }
}

export type { OpenPart };
