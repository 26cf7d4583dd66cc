/**
 * A file as a centre has it (bytes and a name) → the text the fiche parsers read, or a
 * clear reason why it cannot be read. Text files of any usual encoding, saved web pages
 * (.html), Word (.docx, through mammoth) and PDF (.pdf, through unpdf's build of pdf.js).
 * The same code runs in the CLI and in the "Créer mon flux" page: mammoth and pdf.js are
 * loaded only when a .docx or a .pdf comes.
 */
import { columnText, tableText } from './pdf-columns.js';
import { decodeText } from './decode.js';
import { htmlToText } from './html.js';

export type SourceKind = 'text' | 'html' | 'docx' | 'pdf';
export type ReadErrorCode = 'empty' | 'binary' | 'unsupported' | 'doc' | 'damaged' | 'no-text';

export interface ReadSource {
  name: string;
  kind: SourceKind;
  text: string;
  /** The document's own title (HTML h1 or <title>, Word heading), when it has one. */
  heading?: string;
  /** Encoding of a text or HTML file, as read (`utf-8`, `windows-1252`, `utf-16le`). */
  encoding?: string;
  /** How the encoding was found, in French, for the report. */
  encodingNote?: string;
}

export interface ReadFailure {
  name: string;
  error: ReadErrorCode;
  /** The library's own message, when one failed. */
  detail?: string;
}

function startsWith(bytes: Uint8Array, ...sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function ext(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** A zip holds a Word document when its directory names word/document.xml. */
function isDocx(bytes: Uint8Array): boolean {
  const marker = 'word/document.xml';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 65536)));
  return head.includes(marker) || tail.includes(marker);
}

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--[\s\S]*?-->\s*<(?:!doctype|html))/i;

function looksLikeHtml(name: string, text: string): boolean {
  return ['html', 'htm', 'xhtml', 'mht'].includes(ext(name)) || HTML_START.test(text.slice(0, 2000));
}

async function docx(name: string, bytes: Uint8Array): Promise<ReadSource | ReadFailure> {
  try {
    const mammoth = await import('mammoth');
    // Node's mammoth reads `buffer`, its browser build `arrayBuffer`: both are given.
    const copy = bytes.slice();
    const { value } = await mammoth.convertToHtml({ buffer: copy, arrayBuffer: copy.buffer } as unknown as { arrayBuffer: ArrayBuffer });
    const { text, heading } = htmlToText(value);
    if (!text.trim()) return { name, error: 'no-text' };
    return { name, kind: 'docx', text, ...(heading ? { heading } : {}) };
  } catch (e) {
    return { name, error: 'damaged', detail: (e as Error).message };
  }
}

async function pdf(name: string, bytes: Uint8Array): Promise<ReadSource | ReadFailure> {
  try {
    const { extractText, extractTextItems, getDocumentProxy } = await import('unpdf');
    // pdf.js takes ownership of the bytes it is given: a copy keeps the caller's intact.
    // No eval (a strict CSP forbids it) and no font loading: only the text is wanted.
    const document = await getDocumentProxy(bytes.slice(), { isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
    const { text: pages } = await extractText(document, { mergePages: false });
    // A page in two columns drawn row by row is read column by column (pdf-columns.ts).
    const { items } = await extractTextItems(document);
    // Spaces and blank lines tidied as unpdf's merged text is (mergePages).
    // A page holding a table keeps its cells apart with tabs (pdf-columns.ts), as a Word table copied does.
    const text = pages.map((page, i) => columnText(items[i] ?? []) ?? tableText(items[i] ?? []) ?? page).join('\n').replace(/[^\S\n\t]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n');
    if (!text.trim()) return { name, error: 'no-text' };
    return { name, kind: 'pdf', text };
  } catch (e) {
    return { name, error: 'damaged', detail: (e as Error).message };
  }
}

/** Reads one file. Never throws: a file that cannot be read comes back as a failure. */
export async function readSource(name: string, bytes: Uint8Array): Promise<ReadSource | ReadFailure> {
  if (bytes.length === 0) return { name, error: 'empty' };
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d)) return pdf(name, bytes);
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return isDocx(bytes) ? docx(name, bytes) : { name, error: 'unsupported' };
  // Word 97–2003 (.doc) and other OLE files.
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return { name, error: 'doc' };
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { name, error: decoded.error };
  const encodingNote =
    decoded.how === 'bom' ? `${decoded.encoding} (marque d’ordre des octets)`
    : decoded.how === 'chardet' ? `${decoded.encoding} (deviné par chardet${decoded.confidence !== undefined ? `, confiance ${decoded.confidence} %` : ''})`
    : decoded.how === 'utf-16' ? `${decoded.encoding} (sans marque, reconnu aux octets nuls)`
    : 'utf-8';
  const base = { name, encoding: decoded.encoding, encodingNote };
  if (looksLikeHtml(name, decoded.text)) {
    try {
      const { text, heading } = htmlToText(decoded.text);
      if (!text.trim()) return { name, error: 'no-text' };
      return { ...base, kind: 'html', text, ...(heading ? { heading } : {}) };
    } catch (e) {
      return { name, error: 'damaged', detail: (e as Error).message };
    }
  }
  return { ...base, kind: 'text', text: decoded.text };
}

/** French text of a read failure, for the report and the CLI. */
export function readErrorText(f: ReadFailure): string {
  const why = {
    empty: 'fichier vide',
    binary: 'fichier binaire (ni texte, ni page web, ni Word .docx, ni PDF)',
    unsupported: 'archive qui n’est pas un document Word .docx',
    doc: 'document Word 97-2003 (.doc) : enregistrez-le au format .docx ou .pdf',
    damaged: 'document illisible (endommagé ou protégé)',
    'no-text': 'document sans texte (une image scannée ? il faudrait la passer à l’OCR)',
  }[f.error];
  return f.detail ? `${why} — ${f.detail}` : why;
}
