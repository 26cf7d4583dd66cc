/**
 * Every snippet the repository shows a webmaster (README, docs, demo pages, plugin, stories)
 * loads the library from the site itself. A third-party script or stylesheet may only be shown
 * pinned to an exact version and with its Subresource Integrity hash: an unpinned URL would run
 * whatever its server sends tomorrow in every page that pasted it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { FEED_SCHEMA_URL } from '../../src/feed/schema.js';
import { importFiles } from '../../src/import/import.js';

const root = new URL('../../', import.meta.url);
const TEXT = /\.(md|html|ts|mjs|js|php|txt|json)$/;
const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  // This file holds the bad examples the checker is tested on.
  .filter((f) => TEXT.test(f) && f !== 'package-lock.json' && f !== 'test/unit/snippets.test.ts' && !f.startsWith('src/geo/'));

const unescape = (s: string) => s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** Script and stylesheet tags, and ES imports, whose URL is on another origin. */
function thirdPartyLoads(text: string): { snippet: string; url: string }[] {
  const found: { snippet: string; url: string }[] = [];
  for (const m of text.matchAll(/<(script|link)\b[^>]*?\s(?:src|href)=["']?((?:https?:)?\/\/[^"'\s>]+)[^>]*>/gi)) {
    if (m[1]!.toLowerCase() === 'link' && !/rel=["']?(stylesheet|modulepreload|preload)/i.test(m[0])) continue;
    found.push({ snippet: m[0], url: m[2]! });
  }
  for (const m of text.matchAll(/\bimport\s*(?:\(|[^'"()]*from\s*)\s*["']((?:https?:)?\/\/[^"']+)["']/g)) found.push({ snippet: m[0], url: m[1]! });
  return found;
}

const pinned = (url: string) => /@\d+\.\d+\.\d+(?:-[\w.]+)?\//.test(url);
const withIntegrity = (snippet: string) => /\sintegrity=["']?sha(256|384|512)-/.test(snippet) && /\scrossorigin=/.test(snippet);

test('the snippet checker finds what it must refuse', () => {
  const bad = '<script type="module" src="https://cdn.example/npm/vitrine/dist/cdn/vitrine.js"></script>';
  const good = '<script type="module" src="https://cdn.example/npm/vitrine@1.2.3/dist/cdn/vitrine.js" integrity="sha384-abc" crossorigin="anonymous"></script>';
  const [b] = thirdPartyLoads(bad);
  const [g] = thirdPartyLoads(unescape(good.replaceAll('<', '&lt;').replaceAll('>', '&gt;')));
  assert.equal(pinned(b!.url), false);
  assert.equal(pinned(g!.url) && withIntegrity(g!.snippet), true);
  assert.deepEqual(thirdPartyLoads('<script type="module" src="/vitrine/vitrine.js"></script> import x from "./a.js"'), []);
  assert.equal(thirdPartyLoads("import { x } from 'https://esm.example/lit';").length, 1);
});

test('no snippet in the repository loads an unpinned third-party URL', () => {
  const offenders: string[] = [];
  for (const file of files) {
    const text = unescape(readFileSync(new URL(file, root), 'utf8'));
    for (const { snippet, url } of thirdPartyLoads(text)) {
      if (!pinned(url) || !withIntegrity(snippet)) offenders.push(`${file}: ${snippet}`);
    }
    // The package's name on a CDN without an exact version, in any form (prose, JSON, code).
    for (const m of text.matchAll(/(?:unpkg\.com|cdn\.jsdelivr\.net\/npm|esm\.sh)\/vitrine(?!@\d+\.\d+\.\d+)[^\s"'<>)]*/g)) offenders.push(`${file}: ${m[0]}`);
  }
  assert.deepEqual(offenders, []);
});

test('the feed schema URL names the package’s exact version, and the sample feed and the schema use it', () => {
  const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
  assert.equal(FEED_SCHEMA_URL, `https://cdn.jsdelivr.net/npm/vitrine@${version}/feed.schema.json`);
  assert.equal(JSON.parse(readFileSync(new URL('feed.schema.json', root), 'utf8')).$id, FEED_SCHEMA_URL);
  assert.equal(JSON.parse(readFileSync(new URL('demo/sample-feed.json', root), 'utf8')).$schema, FEED_SCHEMA_URL);
});

test('the importer’s feed names the schema too, first, and stays valid', () => {
  const text = readFileSync(new URL('test/fixtures/import/one-line.txt', root), 'utf8');
  const { feed, valid } = importFiles([{ name: 'one-line.txt', text }]);
  assert.equal(valid, true);
  assert.equal(Object.keys(feed)[0], '$schema');
  assert.equal(feed.$schema, FEED_SCHEMA_URL);
});
