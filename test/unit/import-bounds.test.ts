/**
 * Inputs far beyond what a fiche holds — a long report pasted as one line, a listing read as thousands of funders,
 * a page of thousands of nested blocks — are imported, cut to the feed's bounds (src/feed/limits.ts), with each cut
 * noted in the fiche's report, instead of failing the import of every file (src/import/fit-bounds.ts, html.ts).
 * Texts written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importFiles, toInput } from '../../src/import/import.js';
import { readSource } from '../../src/import/read.js';
import { MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from '../../src/feed/limits.js';

const sentence = 'Les habitants du quartier se retrouvent le mardi pour réparer des vélos et apprendre à les entretenir. ';

test('a fiche pasted as one line longer than a feed text holds: its description cut at a word, said, the other facts kept', () => {
  const text = `Atelier vélo du mardi. Une subvention de 2 500 € accordée par la mairie. ${sentence.repeat(300)}`;
  assert.ok(text.length > MAX_TEXT_LENGTH);
  const { feed, report, valid } = importFiles([{ name: 'une-ligne.txt', text }]);
  assert.ok(valid, report.invalid.join('\n'));
  const [action] = feed.actions!;
  const description = action!.description!;
  assert.ok(description.length <= MAX_TEXT_LENGTH && description.length > MAX_TEXT_LENGTH - 100, `${description.length} characters`);
  assert.match(description, /^Une subvention de 2 500 € accordée par la mairie\./);
  assert.match(description, /[a-zé]…$/, 'cut after a whole word');
  assert.deepEqual(action!.budget?.revenues?.map((r) => [r.funderType, r.amount]), [['commune', 2500]]);
  const cut = report.fiches[0]!.assumptions.find((n) => n.field === 'description');
  assert.match(cut?.text ?? '', /^texte de \d+ caractères coupé aux 20000 premiers/);
});

test('more funders than a feed list holds: the first ones kept, the cut said', () => {
  // Names without figures: "Association Bc", "Association Bd"…
  const name = (i: number) => `Association ${String.fromCharCode(65 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + (i % 26))}${i >= 676 ? 'x' : ''}`;
  const lines = Array.from({ length: MAX_LIST_LENGTH + 200 }, (_, i) => `${name(i)} : ${100 + i} €`);
  const { feed, report, valid } = importFiles([{ name: 'liste.txt', text: `Fête de quartier\nFinancements :\n${lines.join('\n')}` }]);
  assert.ok(valid, report.invalid.join('\n'));
  const revenues = feed.actions![0]!.budget!.revenues!;
  assert.equal(revenues.length, MAX_LIST_LENGTH);
  assert.equal(revenues[0]!.amount, 100);
  assert.ok(report.fiches[0]!.assumptions.some((n) => n.field === 'budget.revenues' && /liste réduite aux 1000 premiers/.test(n.text)));
});

test('a page of thousands of nested blocks is read (its deep content as text), not a crash', async () => {
  const html = `<html><head><title>Ludothèque</title></head><body><h1>Ludothèque du samedi</h1>${'<div>'.repeat(5000)}<p>Une animatrice et trois bénévoles</p><script>x()</script>${'</div>'.repeat(5000)}</body></html>`;
  const read = await readSource('profond.html', new TextEncoder().encode(html));
  assert.ok(!('error' in read), JSON.stringify(read));
  assert.match(read.text, /Ludothèque du samedi/);
  assert.match(read.text, /Une animatrice et trois bénévoles/);
  assert.doesNotMatch(read.text, /x\(\)/, 'a script deep down is still dropped');
  const { feed, valid } = importFiles([toInput(read)]);
  assert.ok(valid);
  assert.equal(feed.actions![0]!.title, 'Ludothèque du samedi');
});

test('"Bénévoles : 0" says nobody of that kind: no one listed, where a head count of 0 made the whole import fail', () => {
  const { feed, report, valid } = importFiles([{ name: 'zero.txt', text: 'Café des parents\nSalariés : 2\nBénévoles : 0\n0 service civique' }]);
  assert.ok(valid, report.invalid.join('\n'));
  const people = feed.actions![0]!.staffing!.people!.map((p) => [p.kind, p.count]);
  assert.deepEqual(people, [['salarie', 2]]);
});
