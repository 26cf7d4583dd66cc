/** Staffing sections → Staffing, on texts written for these tests. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Recorder } from '../../src/import/report.js';
import { parseStaffing } from '../../src/import/staffing.js';
import { findEtp, leadingCount } from '../../src/import/french-numbers.js';
import { importFiles } from '../../src/import/import.js';
import { toLines } from '../../src/import/text.js';
import { loadCommunes } from '../../src/import/communes.js';

// The commune list loads on demand (communes.ts); these tests read fiches that name towns.
await loadCommunes();

function staff(text: string, keepNames = false) {
  const rec = new Recorder();
  return { ...parseStaffing(toLines(text), rec, keepNames), rec };
}

const LIST = 'Les salariés.\nNadia : 0,5 ETP\nLes bénévoles.\nPaul Henri B : 7H/semaine (0,2 ETP)\nLéa : 3H/semaine';

test('names are dropped: the role of the sub-heading replaces them, figures stay', () => {
  const { staffing, rec } = staff(LIST);
  assert.deepEqual(staffing!.people, [
    { role: 'salarié', kind: 'salarie', count: 1, etp: 0.5 },
    { role: 'bénévole', kind: 'benevole', count: 1, etp: 0.2, hoursPerWeek: 7 },
    { role: 'bénévole', kind: 'benevole', count: 1, etp: 0.09, hoursPerWeek: 3 },
  ]);
  assert.equal(staffing!.etpSalaried, 0.5);
  assert.equal(staffing!.etpVolunteer, 0.29);
  assert.equal(staffing!.text, 'Les salariés.\nsalarié : 0,5 ETP\nLes bénévoles.\nbénévole : 7H/semaine (0,2 ETP)\nbénévole : 3H/semaine');
  assert.doesNotMatch(JSON.stringify(staffing), /Nadia|Paul|Léa/);
  assert.ok(rec.assumptions.some((a) => a.text.includes('3 h par semaine converties en 0.09 ETP')));
});

test('--keep-names keeps first names in Person.name and in the text', () => {
  const { staffing } = staff(LIST, true);
  assert.deepEqual(staffing!.people.map((p) => p.name), ['Nadia', 'Paul Henri B', 'Léa']);
  assert.match(staffing!.text!, /Paul Henri B : 7H\/semaine/);
});

test('counts and kinds from plain phrases', () => {
  const { staffing, beneficiaries } = staff('- 1 salarié de la MPT\n- 8 bénévoles\n3 professionnels\ndeux animateurs, un service civique\nune vingtaine de partenaires sont associés\n10 jeunes');
  assert.deepEqual(
    staffing!.people.map((p) => [p.role, p.kind, p.count]),
    [
      ['salarié de la MPT', 'salarie', 1],
      ['bénévoles', 'benevole', 8],
      ['professionnels', 'salarie', 3],
      ['animateurs', 'salarie', 2],
      ['service civique', 'service-civique', 1],
    ],
  );
  assert.deepEqual(beneficiaries, [{ label: 'jeunes', count: 10 }]);
});

test('articles give one person; organisations and plurals get no count', () => {
  const { staffing } = staff("l'animatrice famille, des intervenants, Mission Locale, l'organisme de formation");
  assert.deepEqual(
    staffing!.people.map((p) => [p.role, p.kind, p.count]),
    [
      ['animatrice famille', 'salarie', 1],
      ['intervenants', 'prestataire', undefined],
      ['Mission Locale', 'partenaire', undefined],
      ['organisme de formation', 'prestataire', undefined],
    ],
  );
});

test('a team in brackets, a subset not counted twice, a bare ETP', () => {
  const team = staff("L'équipe (6 personnes) et surtout la coordinatrice");
  assert.deepEqual(team.staffing!.people.map((p) => [p.role, p.count]), [['équipe', 6]]);
  const etp = staff('1,5 ETP');
  assert.equal(etp.staffing!.etpSalaried, 1.5);
  assert.ok(etp.rec.assumptions.some((a) => a.field === 'staffing.etpSalaried'));
});

test('a number of people without role is read as participants, with its year', () => {
  const { beneficiaries, staffing } = staff('85 depuis le début de l’année 2019.');
  assert.deepEqual(beneficiaries, [{ label: 'personnes', count: 85, year: 2019 }]);
  assert.deepEqual(staffing!.people, []);
});

test('a line nothing can be made of is reported with its line number', () => {
  const { rec } = staff('2 ETP\nselon les besoins du moment');
  assert.deepEqual(rec.notUnderstood, [{ line: 2, field: 'staffing', text: 'selon les besoins du moment' }]);
});

test('a phrase of a staffing line that is not read is reported; time shares in words and percents; compound numbers', () => {
  const rec = new Recorder();
  const r = parseStaffing([{ n: 4, text: 'deux conseillères (1,6 ETP), une psychologue à 20 %, une assistante à 0,5 ETP et une marraine' }], rec, false);
  // A role the vocabulary lacks is staff when it is given working time; without any, it is reported.
  assert.deepEqual(r.staffing!.people.map((p) => [p.role, p.kind, p.count, p.etp]), [['conseillères', 'salarie', 2, 1.6], ['psychologue', 'prestataire', 1, 0.2], ['assistante', 'salarie', 1, 0.5]]);
  assert.deepEqual(rec.notUnderstood, [{ line: 4, field: 'staffing', text: 'une marraine' }]);
  // A share of full time beside an ETP figure given for someone else; one figure written twice counts once.
  assert.deepEqual(findEtp('un animateur à temps plein et un chauffeur à 0,5 ETP').map((e) => e.value), [1, 0.5]);
  assert.deepEqual(findEtp('une animatrice à mi-temps (0,5 ETP)').map((e) => e.value), [0.5]);
  assert.equal(findEtp('un agent d’entretien à 1/4 temps')[0]!.value, 0.25);
  assert.equal(findEtp('1 référente familles (1/2 temps)')[0]!.value, 0.5);
  assert.equal(leadingCount('vingt-cinq bénévoles')!.value, 25);
  const { feed } = importFiles([{ name: 'v.txt', text: 'Fête du quartier\nVingt-cinq bénévoles et quatre salariés ont préparé la journée.' }]);
  assert.deepEqual(feed.actions![0]!.staffing!.people!.map((p) => `${p.kind} ${p.count}`), ['benevole 25', 'salarie 4']);
});

test('one staff member named by role alone, and a role made staff by the word after it', () => {
  const people = (text: string) => (importFiles([{ name: 'x.txt', text: `Sorties\n${text}` }]).feed.actions ?? [])[0]?.staffing?.people?.map((p) => `${p.kind} ${p.count} ${p.role}`);
  assert.deepEqual(people('Trois sorties au musée, préparées avec la référente familles.'), ['salarie 1 référente familles']);
  assert.deepEqual(people('Le mercredi, les enfants jouent au hand avec l’animateur sportif du centre.'), ['salarie 1 animateur sportif du centre']);
  assert.deepEqual(people('Un menuisier encadrant et deux bénévoles restaurent les meubles.'), ['salarie 1 menuisier encadrant', 'benevole 2 bénévoles']);
  assert.deepEqual(people('Chacun fixe ses objectifs lors d’un entretien avec l’encadrante technique du chantier.'), ['salarie 1 encadrante technique']);
  // Plural or general mentions count no one.
  assert.equal(people('Les familles en parlent avec les animateurs.'), undefined);
});
