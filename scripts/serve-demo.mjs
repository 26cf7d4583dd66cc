#!/usr/bin/env node
// Serves the demo pages the way a CMS would: static files, the CDN build, and a
// strict Content-Security-Policy (no inline scripts or styles, same-origin only),
// which proves the elements need nothing more.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8080);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/** URL path → file: the CDN build under /cdn/, benchmark feeds under /bench/, everything else from demo/. */
function fileFor(pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  if (clean.startsWith('/cdn/')) return join(root, 'dist', clean);
  if (clean.startsWith('/bench/') || clean.startsWith('/demo-build/')) return join(root, 'dist', clean);
  return join(root, 'demo', clean.endsWith('/') ? `${clean}index.html` : clean);
}

/** Types a host compresses (`compress`): text, not images. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);

/**
 * `compress`: gzip what a browser accepts gzipped, as a CMS's web server does; the peer bench's Lighthouse runs
 * want it (a 100 kB feed and a 116 kB bundle sent raw over simulated slow 4G measure the server, not the page).
 */
export function startDemoServer(listenPort = port, { compress = false } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = fileFor(url.pathname);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const raw = await readFile(file);
      const gzip = compress && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gzip ? gzipSync(raw) : raw;
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
        ...(compress && { vary: 'accept-encoding' }),
        ...(gzip && { 'content-encoding': 'gzip' }),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CSP });
      res.end('Not found');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', (e) =>
      fail(e.code === 'EADDRINUSE' ? new Error(`Port ${listenPort} is already in use: stop the other server or run PORT=8081 npm start.`) : e),
    );
    server.listen(listenPort, '127.0.0.1', () => ok(server));
  });
}

if (process.argv[1] === import.meta.filename) {
  try {
    await startDemoServer();
  } catch (e) {
    console.error(String(e instanceof Error ? e.message : e));
    process.exit(1);
  }
  console.log(`Vitrine demo: http://localhost:${port}/  (Ctrl+C to stop)`);
  console.log(`  funders' dashboard: http://localhost:${port}/dashboard.html`);
  console.log(`  embed-code builder: http://localhost:${port}/builder.html`);
}
