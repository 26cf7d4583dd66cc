/**
 * Whatever text or page a centre hands over, the importer gives a feed the validator accepts, and never throws:
 * one odd fiche must not fail the import of every file (a head count of 0, a 30,000-character line, a page of
 * thousands of nested blocks each did, found this way). Texts are drawn from the words, figures, labels and
 * punctuation fiches are made of, in any order; pages wrap them in random tags. Seeded: a failure replays.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { importFiles, toInput } from '../../src/import/import.js';
import { readSource } from '../../src/import/read.js';
import { loadCommunes } from '../../src/import/communes.js';

await loadCommunes();

const TOKENS = [
  'Actions', 'Statut de l’action', 'En cours', 'Terminé', 'Budget :', 'Financements :', 'CAF', 'Mairie', 'Département', 'État',
  'FSE', 'Fondation', 'usagers', ':', '€', 'euros', 'k€', 'M€', '-', '–', '0', '0,5', '1,5', '2.5', '-500', '1e15',
  '999999999999999', '12 000', '3.450,00', '21 280,00', '50 %', 'ETP', 'mi-temps', '35h', 'h/semaine', 'bénévoles', 'salariée',
  'Bénévoles : 0', 'Salariés : 0', '0 ETP', 'personnes', 'familles', 'enfants', 'Partenaires :', 'avec le soutien de',
  'en partenariat avec', 'grâce à', 'pour', 'de', 'la', 'et', '62100', 'Calais', '(59)', '2A', '971', 'Mots clés', 'Public',
  'Structure organisatrice', 'Résumé', 'Résultats', 'Bilan', 'M.', 'Mme', 'Publié par', '«', '»', '"', '(', ')', '|', '\t',
  '•', '☒', '☐', '#', '1.', 'a)', 'https://', 'mailto:', '\n', '\n', '\n\n',
];
const TAGS = ['div', 'p', 'h1', 'h2', 'li', 'ul', 'table', 'tr', 'td', 'dl', 'dt', 'dd', 'span', 'strong', 'article', 'main', 'script', 'nav'];

const text = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 1500 }).map((ws) => ws.join(' '));
const page: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 })), { minLength: 1, maxLength: 120 })
  .map((parts) => `<html><body>${parts.map(([tag, ws]) => `<${tag}>${ws.join(' ')}`).join('')}</body></html>`);

const check = ({ feed, report, valid }: ReturnType<typeof importFiles>) => {
  assert.ok(valid, report.invalid.slice(0, 3).join('\n'));
  assert.equal(report.fiches.length, feed.actions?.length ?? 0, 'every fiche read is in the feed');
};

test('any text of fiche words gives a valid feed', () => {
  fc.assert(fc.property(text, (t) => check(importFiles([{ name: 'fiche.txt', text: t }]))), { seed: 20261206, numRuns: 60 });
});

test('any page of those words in random, unclosed tags gives a valid feed', async () => {
  await fc.assert(
    fc.asyncProperty(page, async (html) => {
      const read = await readSource('page.html', new TextEncoder().encode(html));
      if ('error' in read) return;
      check(importFiles([toInput(read)]));
    }),
    { seed: 20261206, numRuns: 40 },
  );
});
