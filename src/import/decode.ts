/**
 * Bytes of a text file → text, with the encoding it was written in. Runs in Node and in the
 * browser: byte-order marks first, then UTF-16 without a mark (every other byte zero), then
 * strict UTF-8, then chardet's statistical guess among single-byte encodings (what office
 * tools save: Windows-1252, ISO-8859-1/15). Decoding itself is the platform's TextDecoder
 * (WHATWG Encoding), so no Buffer polyfill is needed in the browser.
 */
import { analyse } from 'chardet';

export type DecodeError = 'empty' | 'binary';

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding read: `utf-8`, `utf-16le`, `windows-1252`… */
  encoding: string;
  /** The file started with a byte-order mark (dropped from the text). */
  bom: boolean;
  /** How the encoding was found, for the report. */
  how: 'bom' | 'utf-8' | 'utf-16' | 'chardet';
  /** chardet's confidence (0–100) when it made the guess. */
  confidence?: number;
}

/** Single-byte encodings chardet may name, as TextDecoder labels. */
const SINGLE_BYTE: Readonly<Record<string, string>> = {
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'ISO-8859-15': 'iso-8859-15',
  'ISO-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'macintosh': 'macintosh',
  'IBM850': 'windows-1252',
};

function zeroShare(bytes: Uint8Array, parity: 0 | 1, sample = 4096): number {
  let zeros = 0;
  let total = 0;
  for (let i = parity; i < Math.min(bytes.length, sample); i += 2, total++) if (bytes[i] === 0) zeros++;
  return total ? zeros / total : 0;
}

/** Control characters other than tab, line feed, form feed and carriage return. */
function controlShare(text: string): number {
  const sample = text.slice(0, 8192);
  if (!sample.length) return 0;
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) n++;
  }
  return n / sample.length;
}

/**
 * Windows-1252's bytes 0x80–0x9F (€, ‚, œ, Œ, ’, “, ”, …), from the WHATWG index. Browsers
 * decode them; Node 20's TextDecoder reads "windows-1252" as ISO-8859-1 and leaves C1
 * controls, so they are mapped after decoding (a no-op where the platform is right).
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWith(encoding: string, bytes: Uint8Array, fatal = false): string {
  const text = new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);
}

/**
 * ISO-8859-15 (Latin-9) differs from Windows-1252 where French needs it: € is 0xA4 and œ 0xBD,
 * which Windows-1252 reads "¤" and "½", and it has no character in 0x80–0x9F. A file with no
 * byte there, and an 0xA4 after a figure or an 0xBD between letters, is Latin-9.
 */
function latin9(bytes: Uint8Array): boolean {
  let clue = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b <= 0x9f) return false;
    const before = bytes[i - 1] ?? 0;
    const beforeThat = bytes[i - 2] ?? 0;
    const letter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (b === 0xa4 && (isDigit(before) || (before === 0x20 && isDigit(beforeThat)))) clue = true;
    if ((b === 0xbd || b === 0xbc) && letter(before) && letter(bytes[i + 1] ?? 0)) clue = true;
  }
  return clue;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Decodes a text file, or says why it is not one. */
export function decodeText(bytes: Uint8Array): Decoded | { error: DecodeError } {
  if (bytes.length === 0) return { error: 'empty' };
  let result: Decoded | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) result = { text: decodeWith('utf-8', bytes), encoding: 'utf-8', bom: true, how: 'bom' };
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) result = { text: decodeWith('utf-16le', bytes), encoding: 'utf-16le', bom: true, how: 'bom' };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) result = { text: decodeWith('utf-16be', bytes), encoding: 'utf-16be', bom: true, how: 'bom' };
  else if (bytes.length >= 4 && zeroShare(bytes, 1) > 0.3 && zeroShare(bytes, 0) < 0.05) result = { text: decodeWith('utf-16le', bytes), encoding: 'utf-16le', bom: false, how: 'utf-16' };
  else if (bytes.length >= 4 && zeroShare(bytes, 0) > 0.3 && zeroShare(bytes, 1) < 0.05) result = { text: decodeWith('utf-16be', bytes), encoding: 'utf-16be', bom: false, how: 'utf-16' };
  else if (bytes.includes(0)) return { error: 'binary' };
  else {
    try {
      result = { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8', bom: false, how: 'utf-8' };
    } catch {
      const guess = analyse(bytes).find((m) => SINGLE_BYTE[m.name] !== undefined);
      // Text that is not UTF-8 and that chardet cannot place is most often Windows-1252.
      const guessed = guess ? SINGLE_BYTE[guess.name]! : 'windows-1252';
      const encoding = guessed === 'windows-1252' && latin9(bytes) ? 'iso-8859-15' : guessed;
      result = { text: decodeWith(encoding, bytes), encoding, bom: false, how: 'chardet', ...(guess ? { confidence: guess.confidence } : {}) };
    }
  }
  if (controlShare(result.text) > 0.02) return { error: 'binary' };
  if (!result.text.trim()) return { error: 'empty' };
  return result;
}
