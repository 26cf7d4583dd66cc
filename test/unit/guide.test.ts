/**
 * The webmasters' guide explains every message an element can show: a message added or
 * reworded in src/shared/messages.ts without its entry in the guide makes this test fail.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedMessages } from '../../src/shared/messages.js';
import type { LoadErrorKind } from '../../src/feed/load.js';
import type { IssueCode } from '../../src/feed/issues.js';

const guide = readFileSync(new URL('../../docs/guide-webmaster.fr.md', import.meta.url), 'utf8').replaceAll('`', '');
const t = sharedMessages('fr');
const KINDS: LoadErrorKind[] = ['network', 'http', 'timeout', 'json', 'schema', 'not-found', 'no-source'];
const CODES: IssueCode[] = ['required', 'type', 'format', 'enum', 'too-small', 'unknown-structure', 'duplicate-id', 'invalid'];

/** The fixed part of a message: the text up to its first variable part (a detail, a count). */
const fixedPart = (message: string, detail: string) => message.split(detail)[0]!.trim();

test('the guide explains every load error message', () => {
  const missing = KINDS.flatMap((kind) => {
    const messages = kind === 'no-source' ? [t.loadError(kind, ''), t.loadError(kind, 'DETAIL')] : [t.loadError(kind, 'DETAIL')];
    return messages.map((m) => fixedPart(m, 'DETAIL')).filter((m) => !guide.includes(m));
  });
  assert.deepEqual(missing, []);
  assert.ok(guide.includes(t.errorTitle));
  assert.ok(guide.includes(t.skipped(2, 9).replace('2', '*N*').replace('9', '*M*')), 'the skipped-fiches warning');
});

test('the guide explains every problem listed in the details', () => {
  const missing = CODES.map((code) => t.issue('PATH', code).replace('PATH : ', '')).filter((m) => !guide.includes(m));
  assert.deepEqual(missing, []);
});

test("the guide's Content-Security-Policy allows the PNG export (img-src 'self' data:) and says why", () => {
  const policy = /Content-Security-Policy:[^\n]*(?:\n  [^\n]*)*/.exec(guide)?.[0] ?? '';
  assert.match(policy, /img-src 'self' data:/, 'the CSP example a webmaster copies');
  assert.match(guide, /img-src 'self' data:[^\n]*\n?[^\n]*PNG/, 'one sentence saying it is for the PNG export');
});
