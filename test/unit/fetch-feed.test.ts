import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_RETRY_AFTER_MS, decodeBody, retryAfter } from '../../src/feed/fetch-feed.js';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

test('Retry-After in seconds or as an HTTP date, capped, and nothing for a past, empty or unreadable value', () => {
  assert.equal(retryAfter('5', NOW), NOW + 5000);
  assert.equal(retryAfter(' 120 ', NOW), NOW + 120_000);
  assert.equal(retryAfter('Thu, 01 Jan 2026 12:00:30 GMT', NOW), NOW + 30_000);
  assert.equal(retryAfter('86400', NOW), NOW + MAX_RETRY_AFTER_MS);
  assert.equal(retryAfter('0', NOW), undefined);
  assert.equal(retryAfter('Thu, 01 Jan 2026 11:00:00 GMT', NOW), undefined);
  assert.equal(retryAfter('bientôt', NOW), undefined);
  assert.equal(retryAfter('-3', NOW), undefined);
  assert.equal(retryAfter(null, NOW), undefined);
});

test('a body decodes as UTF-16 by its byte order mark, as UTF-8 otherwise or when its charset is unknown', () => {
  // windows-1252 and ISO-8859-1 are checked in the browser tests: Node's decoder reads both as Latin-1.
  const utf8 = new TextEncoder().encode('"’é€"');
  assert.equal(decodeBody(utf8, 'application/json'), '"’é€"');
  assert.equal(decodeBody(utf8, null), '"’é€"');
  assert.equal(decodeBody(utf8, 'application/json; charset=klingon'), '"’é€"');
  assert.equal(decodeBody(Uint8Array.from([0xef, 0xbb, 0xbf, 0x31]), 'application/json; charset=utf-8'), '1');
  assert.equal(decodeBody(Uint8Array.from([0xff, 0xfe, 0x31, 0x00]), 'application/json'), '1');
  assert.equal(decodeBody(Uint8Array.from([0xfe, 0xff, 0x00, 0x31]), null), '1');
});
