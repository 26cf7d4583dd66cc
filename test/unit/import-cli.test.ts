/** The `vitrine` command line: import, validate, stats, exit statuses, the bin script. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/import/cli.js';
import { loadCommunes } from '../../src/import/communes.js';

// The commune list loads on demand (communes.ts); these tests read fiches that name towns.
await loadCommunes();

const dir = mkdtempSync(join(tmpdir(), 'vitrine-cli-'));
const bin = fileURLToPath(new URL('../../bin/vitrine.mjs', import.meta.url));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

const FICHE = `Actions "Café des parents"
- Statut de l'action
- En cours
- Mots clés associés à l'action
- Parentalité
- Structure organisatrice
- Centre social du Pont - Nord
- Ressources financières mobilisées pour cette action
Coût total : 2 400 €
CAF : 1 800 €
- Nombre de personnes mobilisés pour cette action
Sandrine : 0,3 ETP
`;

test('import writes a valid feed and a report; validate and stats read it', async () => {
  const input = join(dir, 'cafe.txt');
  writeFileSync(input, FICHE);
  const feedPath = join(dir, 'feed.json');
  const reportPath = join(dir, 'report.json');
  const imported = await run('import', input, '-o', feedPath, '--report', reportPath, '--generated', '2024-01-31');
  assert.equal(imported.status, 0, imported.err);
  assert.match(imported.err, /1 fiche lue dans 1 fichier : 1 action, 1 structure\./);
  const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
  assert.equal(feed.generated, '2024-01-31');
  assert.equal(feed.actions[0].id, 'cafe-des-parents');
  assert.doesNotMatch(readFileSync(feedPath, 'utf8'), /Sandrine/);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  assert.equal(report.fiches[0].actionId, 'cafe-des-parents');

  const valid = await run('validate', feedPath);
  assert.equal(valid.status, 0);
  assert.equal(valid.out, 'Flux valide : 1 action, 1 structure.');

  const stats = await run('stats', feedPath);
  assert.equal(stats.status, 0);
  assert.match(stats.out, /Budget total : 2\u202f400\u00a0€/);
  assert.match(stats.out, /CAF : 1\u202f800\u00a0€/);
  assert.match(stats.out, /budget total : 1\/1 \(100 %\)/);
  const json = JSON.parse((await run('stats', feedPath, '--json')).out);
  assert.equal(json.etpSalaried, 0.3);
  assert.match((await run('stats', feedPath, '--lang', 'en')).out, /Total budget: €2,400/);
});

test('validate lists errors with JSON paths, in French or English, and fails on any error', async () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ version: '1.0', structures: [{ id: 's', name: 'S' }], actions: [{ id: 'x', structureId: 's', title: 'T', budget: { total: -5 } }] }));
  const fr = await run('validate', bad);
  assert.equal(fr.status, 1);
  assert.match(fr.out, /actions\[0\]\.budget\.total : valeur vide ou trop petite \(champ ignoré\)/);
  const en = await run('validate', bad, '--lang', 'en');
  assert.match(en.out, /actions\[0\]\.budget\.total: empty or too small \(field left out\)/);
  const noTitle = join(dir, 'no-title.json');
  writeFileSync(noTitle, JSON.stringify({ version: '1.0', actions: [{ id: 'x', structureId: 's' }] }));
  assert.match((await run('validate', noTitle)).out, /actions\[0\]\.title : champ obligatoire manquant \(élément écarté\)/);
  const notFeed = join(dir, 'not-feed.json');
  writeFileSync(notFeed, '[1, 2]');
  assert.equal((await run('validate', notFeed)).status, 1);
  writeFileSync(notFeed, '{ oops');
  assert.match((await run('validate', notFeed)).err, /n’est pas un JSON lisible/);
});

test('exit status: nothing read is an error, an unreadable file among others is not', async () => {
  const missing = await run('import', join(dir, 'absent.txt'));
  assert.equal(missing.status, 1);
  assert.match(missing.err, /Impossible de lire .*absent\.txt/);
  const input = join(dir, 'cafe2.txt');
  writeFileSync(input, FICHE);
  const mixed = await run('import', join(dir, 'absent.txt'), input);
  assert.equal(mixed.status, 0);
  assert.equal(JSON.parse(mixed.out).actions.length, 1);
  assert.equal((await run('frobnicate')).status, 2);
  assert.equal((await run('import')).status, 2);
  assert.equal((await run('import', input, '-o')).status, 2);
});

test('--merge updates the existing feed in place', async () => {
  const feedPath = join(dir, 'merged.json');
  const a = join(dir, 'a.txt');
  const b = join(dir, 'b.txt');
  writeFileSync(a, FICHE);
  writeFileSync(b, 'Atelier couture du lundi\nDes voisines se retrouvent.');
  assert.equal((await run('import', a, '-o', feedPath)).status, 0);
  assert.equal((await run('import', b, '-o', feedPath, '--merge')).status, 0);
  writeFileSync(a, FICHE.replace('2 400', '2 600'));
  assert.equal((await run('import', a, '-o', feedPath, '--merge')).status, 0);
  const feed = JSON.parse(readFileSync(feedPath, 'utf8'));
  assert.deepEqual(feed.actions.map((x: { id: string }) => x.id), ['cafe-des-parents', 'atelier-couture-du-lundi']);
  assert.equal(feed.actions[0].budget.total, 2600);
});

test('the bin script runs the command; two runs on the same input give the same bytes', async () => {
  const input = join(dir, 'bin.txt');
  writeFileSync(input, FICHE);
  const once = execFileSync(process.execPath, [bin, 'import', input], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const twice = execFileSync(process.execPath, [bin, 'import', input], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  assert.equal(once, twice);
  assert.equal(JSON.parse(once).actions[0].title, 'Café des parents');
});

test('a binary file is named with its reason and fails alone; a UTF-16 file beside it reads in clear', async () => {
  const fixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
  const alone = await run('import', `${fixtures}photo.png`);
  assert.equal(alone.status, 1);
  assert.match(alone.err, /photo\.png n’est pas importé : fichier binaire/);
  const both = await run('import', `${fixtures}photo.png`, `${fixtures}apriles-utf16.txt`);
  assert.equal(both.status, 0);
  assert.match(both.err, /photo\.png n’est pas importé/);
  assert.deepEqual(JSON.parse(both.out).actions.map((a: { title: string }) => a.title), ['Épicerie solidaire mobile à Montbéliard']);
});
