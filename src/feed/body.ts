/** A response body's bytes as text: shared by the main thread's path (fetch-feed.ts) and the feed worker. */

/**
 * The body as text in the charset of its Content-Type (a feed served as windows-1252 by an old CMS reads right),
 * UTF-16 when a byte order mark says so, UTF-8 otherwise; `Response.text()` would always assume UTF-8.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  let label = charset ?? 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    // A charset no browser knows: UTF-8, what JSON is meant to be.
    decoder = new TextDecoder();
  }
  return decoder.decode(bytes);
}

/** Pieces of a body as one buffer (the same one when there is a single piece). */
export function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
