/**
 * The peer bench's server on 127.0.0.1: the built pages from dist/bench-peers, Vitrine's CDN build under /cdn/.
 * Responses are compressed as a CDN would (brotli when asked, else gzip; Chromium asks for brotli over HTTPS
 * only, so gzip here) and never cached (`no-cache`), so that every load in a fresh context is cold. No CSP:
 * the peers are not written for one, and Vitrine's pages need none.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

interface Encoded {
  raw: Buffer;
  gzip: Buffer;
  br: Buffer;
}

const cache = new Map<string, Encoded>();

export function encoded(file: string): Encoded {
  let entry = cache.get(file);
  if (!entry) {
    const raw = readFileSync(file);
    entry = { raw, gzip: gzipSync(raw, { level: 9 }), br: brotliCompressSync(raw) };
    cache.set(file, entry);
  }
  return entry;
}

export function fileFor(pathname: string, pagesDir: string, cdnDir: string): string {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  // A second build for an A/B in one run (BENCH_CDN_B, see bench/README.md): its pages name /cdn-b/.
  if (clean.startsWith('/cdn-b/') && process.env.BENCH_CDN_B) return join(process.env.BENCH_CDN_B, clean.slice('/cdn-b/'.length));
  return clean.startsWith('/cdn/') ? join(cdnDir, clean.slice('/cdn/'.length)) : join(pagesDir, clean);
}

export function startBenchServer(port: number, pagesDir: string, cdnDir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = fileFor(url.pathname, pagesDir, cdnDir);
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const body = encoded(file);
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(encoding ? body[encoding] : body.raw);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}
