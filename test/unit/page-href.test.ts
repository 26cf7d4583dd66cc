import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageHref, webHref } from '../../src/shared/links.js';

const BASE = 'https://mon-centre.fr/nos-actions/';

test('pageHref fills {id} (URL-encoded) in a path or an http(s) URL', () => {
  assert.equal(pageHref('/nos-actions/{id}/', 'halte-repit', BASE), '/nos-actions/halte-repit/');
  assert.equal(pageHref('https://mon-centre.fr/?action={id}', 'a b&c', BASE), 'https://mon-centre.fr/?action=a%20b%26c');
  assert.equal(pageHref('fiches/{id}.html', 'x', BASE), 'fiches/x.html');
});

test('pageHref refuses other schemes and empty templates', () => {
  assert.equal(pageHref('javascript:alert("{id}")', 'x', BASE), undefined);
  assert.equal(pageHref(' JavaScript:alert(1)', 'x', BASE), undefined);
  assert.equal(pageHref('data:text/html,{id}', 'x', BASE), undefined);
  assert.equal(pageHref('   ', 'x', BASE), undefined);
  assert.equal(pageHref(undefined, 'x', BASE), undefined);
});

test('webHref keeps an http(s) page and nothing else', () => {
  assert.equal(webHref(' https://mon-centre.fr/actions/repit '), 'https://mon-centre.fr/actions/repit');
  assert.equal(webHref('HTTP://mon-centre.fr/'), 'HTTP://mon-centre.fr/');
  assert.equal(webHref('javascript:alert(1)'), undefined);
  assert.equal(webHref('mailto:a@b.fr'), undefined);
  assert.equal(webHref('/nos-actions/x/'), undefined);
  assert.equal(webHref('https:// x'), undefined);
  assert.equal(webHref(undefined), undefined);
});
