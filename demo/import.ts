/**
 * "Créer mon flux": the importer running in the browser. Pasted text, and files chosen or
 * dropped (text in any encoding, saved web pages, Word .docx, PDF), go through the same
 * `readSource` and `importFiles` as the `vitrine import` command; the page shows the
 * resulting <action-card> elements, the report of each file and fiche, and offers feed.json
 * and the report as downloads. Nothing is sent anywhere.
 */
import { html, nothing, render } from 'lit';
import '../src/define.js';
import { importFiles, toInput, type ImportInput, type ImportResult } from '../src/import/import.js';
import { readSource } from '../src/import/read.js';
import { loadCommunes } from '../src/import/communes.js';
import type { FicheReport, FileReport } from '../src/import/report.js';
import type { Action, Structure } from '../src/feed/schema.js';
import { plural } from '../src/shared/i18n.js';

/** A fiche written for this demo, in the SENACS form, with a named volunteer to show that names are dropped. */
const EXAMPLE = `Actions "Jardin partagé des Tilleuls"
DESCRIPTION DE L'ACTION
- Statut
- En cours
- Dimension de l'action
- Citoyenneté
- Mots-clés
-
- Solidarité
- Santé
- En bref
Un potager cultivé ensemble au pied des immeubles, ouvert à tous les habitants du quartier.
- Structure porteuse
- CENTRE SOCIAL LES TILLEULS - Nord
METHODOLOGIE
- Publics concernés
- Tous publics
- Avec qui l'action a-t-elle été menée ?
-
Partenaires :
- Bailleur social
- Caf
- Commune
- Territoire visé
- Un quartier
- Ressources financières du projet
Coût total : 4 800 €
CAF : 2 000 €
Ville : 1 500 €
Bailleur : 1 000 €
Participation des habitants : 300 €
- Personnes mobilisées
Les professionnels.
Karima : 0,3 ETP
Les bénévoles.
Michel : 4H/semaine
8 bénévoles
AUTO-EVALUATION
- Résultats pour les habitants
Des voisins qui se connaissent et s'entraident.
`;

const form = document.querySelector<HTMLFormElement>('#import-form')!;
const textarea = form.querySelector<HTMLTextAreaElement>('#fiche-text')!;
const files = form.querySelector<HTMLInputElement>('#fiche-files')!;
const keepNames = form.querySelector<HTMLInputElement>('#keep-names')!;
const dropZone = form.querySelector<HTMLElement>('#drop-zone')!;
const dropped = form.querySelector<HTMLElement>('#dropped')!;
const result = document.querySelector<HTMLElement>('#result')!;
/** Files dropped on the page, read with those chosen in the file input. */
let droppedFiles: File[] = [];

let downloadUrls: string[] = [];

function download(name: string, value: unknown) {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));
  downloadUrls.push(url);
  return html`<a href=${url} download=${name}>${name}</a>`;
}

const FORMAT: Record<FicheReport['format'], string> = {
  senacs: 'formulaire SENACS',
  'senacs-questions': 'questionnaire SENACS',
  apriles: 'fiche Apriles',
  page: 'page d’association',
  unknown: 'format non reconnu',
};

const KIND: Record<NonNullable<FileReport['kind']>, string> = { text: 'texte', html: 'page web', docx: 'Word', pdf: 'PDF' };

function fileLine(f: FileReport) {
  if (f.error) return html`<li><strong>${f.file}</strong> : non importé — ${f.error}</li>`;
  const what = [f.kind ? KIND[f.kind] : undefined, f.encoding].filter(Boolean).join(', ');
  return html`<li><strong>${f.file}</strong>${what ? ` (${what})` : ''} : ${f.fiches} ${plural(f.fiches, 'fiche', 'fiches')}</li>`;
}

/** The key facts of the report's `missing` list, as a webmaster names them. */
const FACT: Readonly<Record<string, string>> = {
  status: 'statut',
  'structure.departement': 'département',
  keywords: 'mots-clés',
  public: 'public',
  partners: 'partenaires',
  'budget.total': 'budget total',
  'budget.revenues': 'financeurs et montants',
  'budget.expenses': 'dépenses',
  'staffing.etpSalaried': 'ETP salariés',
  'staffing.people': 'équipe',
  beneficiaries: 'bénéficiaires',
};

function ficheReport(f: FicheReport) {
  return html`<details>
    <summary>
      ${f.title} — ${FORMAT[f.format]}, ligne ${f.line}${f.flagged ? ' — à vérifier' : ''}
      (${f.missing.length} ${plural(f.missing.length, 'fait absent', 'faits absents')},
      ${f.notUnderstood.length} ${plural(f.notUnderstood.length, 'passage non compris', 'passages non compris')},
      ${f.assumptions.length} ${plural(f.assumptions.length, 'hypothèse', 'hypothèses')})
    </summary>
    <p><strong>Champs trouvés :</strong> ${f.found.join(', ')}</p>
    ${f.missing.length
      ? html`<p class="missing"><strong>Non trouvés dans le texte</strong> (à compléter dans feed.json si vous les connaissez) :
          ${f.missing.map((m) => FACT[m] ?? m).join(', ')}</p>`
      : nothing}
    ${f.notUnderstood.length
      ? html`<p><strong>Présent dans le texte mais non compris :</strong></p>
          <ul>${f.notUnderstood.map((n) => html`<li>${n.line ? `ligne ${n.line} ` : ''}(${n.field}) : ${n.text}</li>`)}</ul>`
      : nothing}
    ${f.assumptions.length
      ? html`<p><strong>Hypothèses :</strong></p>
          <ul>${f.assumptions.map((n) => html`<li>${n.line ? `ligne ${n.line} ` : ''}(${n.field}) : ${n.text}</li>`)}</ul>`
      : nothing}
  </details>`;
}

function show({ feed, report, valid }: ImportResult) {
  for (const url of downloadUrls) URL.revokeObjectURL(url);
  downloadUrls = [];
  const actions = (feed.actions ?? []) as Action[];
  const structures = new Map(((feed.structures ?? []) as Structure[]).map((s) => [s.id, s]));
  const n = report.fiches.length;
  render(
    html`<h2>Résultat</h2>
      <p>
        ${n} ${plural(n, 'fiche lue', 'fiches lues')}, ${actions.length} ${plural(actions.length, 'action', 'actions')},
        ${structures.size} ${plural(structures.size, 'structure', 'structures')}.
        ${valid ? 'Le flux est valide.' : html`<strong>Le flux n’est pas valide :</strong> ${report.invalid.join(' ; ')}`}
      </p>
      <ul class="files">${report.files.map(fileLine)}</ul>
      ${n ? html`<p>Télécharger : ${download('feed.json', feed)} · ${download('rapport-import.json', report)}</p>` : nothing}
      <div class="grid">
        ${actions.map((a) => html`<action-card variant="full" .action=${a} .structure=${structures.get(a.structureId)}></action-card>`)}
      </div>
      ${n ? html`<h2>Rapport de lecture</h2>${report.fiches.map(ficheReport)}` : nothing}`,
    result,
  );
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const inputs: ImportInput[] = [];
  if (textarea.value.trim()) inputs.push({ name: 'texte-colle.txt', text: textarea.value });
  for (const file of [...(files.files ?? []), ...droppedFiles]) {
    // Bytes, not file.text(): the encoding is detected, and .docx and .pdf are not text.
    inputs.push(toInput(await readSource(file.name, new Uint8Array(await file.arrayBuffer()))));
  }
  // The commune list (420 kB) is fetched on the first import, not with the page.
  await loadCommunes();
  show(importFiles(inputs, { keepNames: keepNames.checked }));
});

function showDropped() {
  render(droppedFiles.length ? html`${droppedFiles.length} ${plural(droppedFiles.length, 'fichier déposé', 'fichiers déposés')} : ${droppedFiles.map((f) => f.name).join(', ')}` : nothing, dropped);
}

for (const type of ['dragenter', 'dragover'] as const) {
  dropZone.addEventListener(type, (event) => {
    event.preventDefault();
    dropZone.classList.add('over');
  });
}
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('over');
  droppedFiles = [...droppedFiles, ...(event.dataTransfer?.files ?? [])];
  showDropped();
  form.requestSubmit();
});
form.addEventListener('reset', () => {
  droppedFiles = [];
  showDropped();
});

document.querySelector('#example')!.addEventListener('click', () => {
  textarea.value = EXAMPLE;
  form.requestSubmit();
});
