/**
 * A centre's page copied as text: the centre's name on the first line, its address or not, then the action's name
 * as a heading, then prose. The heading titles the action, the first line names the structure (it was the other
 * way round: every such fiche titled by the centre's name, its action's name lost in the description).
 * Texts written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importFiles } from '../../src/import/import.js';
import { loadCommunes } from '../../src/import/communes.js';

await loadCommunes();

const read = (text: string) => {
  const { feed, valid } = importFiles([{ name: 'page.txt', text }]);
  assert.ok(valid);
  return { title: feed.actions![0]!.title, structure: feed.structures![0]!.name, description: feed.actions![0]!.description };
};

test("a centre's name, then a heading: the heading is the action's title", () => {
  const got = read('Centre social Les Tilleuls\n\nAtelier couture du jeudi\n\nUne subvention de 1 200 € accordée par la mairie de Lens finance les tissus.');
  assert.equal(got.title, 'Atelier couture du jeudi');
  assert.equal(got.structure, 'Centre social Les Tilleuls');
  assert.doesNotMatch(got.description ?? '', /Atelier couture du jeudi/);
});

test('with the address between them', () => {
  const got = read('Maison de quartier du Vieux Moulin\n12 rue des Lilas, 62100 Calais\nSortie familles à la mer\nUn car pour 50 personnes en juillet.');
  assert.equal(got.title, 'Sortie familles à la mer');
  assert.equal(got.structure, 'Maison de quartier du Vieux Moulin');
});

test('a sentence under the name is no heading: the title stays the first line', () => {
  const got = read('Centre social Les Tilleuls\nNous accueillons les familles du quartier depuis 1985.\nLe lundi, un atelier cuisine réunit dix parents.');
  assert.equal(got.title, 'Centre social Les Tilleuls');
});
