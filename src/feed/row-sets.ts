/**
 * Sets of action rows (positions in a feed's `actions`), as the columnar index keeps
 * them. A selection is a bitset (one bit per action: 12.5 kB for 100,000 actions). A
 * facet value is a bitset when many actions carry it and a sorted list of rows when
 * few do, so that thousands of rare free-text keywords cost what they hold, not
 * 12.5 kB each.
 */

/** One bit per row, in 32-bit words. */
export type Bitset = Uint32Array;

export function emptyBitset(size: number): Bitset {
  return new Uint32Array((size + 31) >>> 5);
}

export function fullBitset(size: number): Bitset {
  const bits = emptyBitset(size);
  bits.fill(0xffffffff);
  if (size & 31) bits[bits.length - 1] = (1 << (size & 31)) - 1;
  return bits;
}

export function hasRow(bits: Bitset, row: number): boolean {
  return (bits[row >>> 5]! & (1 << (row & 31))) !== 0;
}

export function setRow(bits: Bitset, row: number): void {
  bits[row >>> 5]! |= 1 << (row & 31);
}

export function clearRow(bits: Bitset, row: number): void {
  bits[row >>> 5]! &= ~(1 << (row & 31));
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBits(bits: Bitset): number {
  let n = 0;
  for (let i = 0; i < bits.length; i++) if (bits[i]) n += popcount(bits[i]!);
  return n;
}

/** Calls `visit` with each row of the bitset, in increasing order. */
export function forEachRow(bits: Bitset, visit: (row: number) => void): void {
  for (let w = 0; w < bits.length; w++) {
    let word = bits[w]!;
    while (word) {
      const low = word & -word;
      visit((w << 5) + 31 - Math.clz32(low));
      word ^= low;
    }
  }
}

/** The rows of a facet value: a bitset, or a sorted list when the value is rare. */
export interface RowSet {
  readonly count: number;
  readonly bits?: Bitset;
  readonly rows?: Uint32Array;
}

/** A row set from increasing rows; a bitset pays off above one row in 32. */
export function rowSet(rows: readonly number[], size: number): RowSet {
  if (rows.length * 32 < size) return { count: rows.length, rows: Uint32Array.from(rows) };
  const bits = emptyBitset(size);
  for (const r of rows) setRow(bits, r);
  return { count: rows.length, bits };
}

/** `selection` narrowed to the rows of `set`, in place. */
export function intersect(selection: Bitset, set: RowSet): void {
  if (set.bits) {
    for (let i = 0; i < selection.length; i++) selection[i]! &= set.bits[i]!;
    return;
  }
  const keep = emptyBitset(selection.length * 32);
  for (const r of set.rows!) if (hasRow(selection, r)) setRow(keep, r);
  selection.set(keep);
}

/** How many rows of `set` the selection holds, and the first of them (-1 when none). */
export function countIn(selection: Bitset, set: RowSet): { count: number; first: number } {
  let count = 0;
  let first = -1;
  if (set.rows) {
    for (const r of set.rows) {
      if (!hasRow(selection, r)) continue;
      if (first < 0) first = r;
      count++;
    }
    return { count, first };
  }
  const bits = set.bits!;
  for (let i = 0; i < selection.length; i++) {
    const word = selection[i]! & bits[i]!;
    if (!word) continue;
    if (first < 0) first = (i << 5) + 31 - Math.clz32(word & -word);
    count += popcount(word);
  }
  return { count, first };
}

/** The first row of `rows` (increasing) that the selection holds, -1 when none. */
export function firstIn(selection: Bitset, rows: Uint32Array): number {
  for (const r of rows) if (hasRow(selection, r)) return r;
  return -1;
}
