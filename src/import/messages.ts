/** Strings of the `vitrine` command line (French first, English with `--lang en`). */
import { defineBilingualMessages, plural } from '../shared/i18n.js';
import type { CompletenessField } from './stats.js';
import type { ReadErrorCode } from './read.js';

const readErrorFr: Record<ReadErrorCode, string> = {
  empty: 'fichier vide',
  binary: 'fichier binaire (ni texte, ni page web, ni Word .docx, ni PDF)',
  unsupported: 'archive qui n’est pas un document Word .docx',
  doc: 'document Word 97-2003 (.doc) : enregistrez-le au format .docx ou .pdf',
  damaged: 'document illisible (endommagé ou protégé)',
  'no-text': 'document sans texte (une image scannée ?)',
};
const readErrorEn: Record<ReadErrorCode, string> = {
  empty: 'empty file',
  binary: 'binary file (not text, a web page, a Word .docx or a PDF)',
  unsupported: 'an archive that is not a Word .docx document',
  doc: 'a Word 97-2003 (.doc) document: save it as .docx or .pdf',
  damaged: 'unreadable document (damaged or protected)',
  'no-text': 'a document without text (a scanned image?)',
};

const fr = {
  usage: `Usage :
  vitrine import FICHIER… [-o flux.json] [--report rapport.json] [--keep-names]
                 [--merge] [--title TITRE] [--generated DATE]
  vitrine validate flux.json [--lang en]
  vitrine stats flux.json [--lang en] [--json]

import    lit des fiches (SENACS, Apriles, pages d'association, texte libre ; fichiers .txt dans tout
          encodage, .html, .docx, .pdf) et écrit un flux Vitrine
          (sortie standard sans -o). --report écrit le rapport par fiche ; --keep-names garde les
          prénoms des personnes ; --merge met à jour le flux -o existant (mêmes identifiants).
validate  vérifie un flux et liste les erreurs avec leur chemin JSON.
stats     compte les actions, les totaux et les champs renseignés.`,
  unknownCommand: (c: string) => `Commande inconnue : ${c}`,
  missingValue: (opt: string) => `Valeur manquante après ${opt}`,
  unreadable: (path: string, why: string) => `Impossible de lire ${path} : ${why}`,
  readFailed: (path: string, code: ReadErrorCode, detail?: string) =>
    `${path} n’est pas importé : ${readErrorFr[code]}${detail ? ` (${detail})` : ''}. Les autres fichiers le sont.`,
  noInput: 'Aucun fichier à importer.',
  nothingRead: 'Aucune fiche n’a pu être lue.',
  importSummary: (fiches: number, files: number, actions: number, structures: number) =>
    `${fiches} ${plural(fiches, 'fiche lue', 'fiches lues')} dans ${files} ${plural(files, 'fichier', 'fichiers')} : ` +
    `${actions} ${plural(actions, 'action', 'actions')}, ${structures} ${plural(structures, 'structure', 'structures')}.`,
  importNotes: (unknown: number, assumptions: number, flagged: number) =>
    `${unknown} ${plural(unknown, 'passage non compris', 'passages non compris')}, ${assumptions} ${plural(assumptions, 'hypothèse', 'hypothèses')}` +
    (flagged ? `, ${flagged} ${plural(flagged, 'fiche de format inconnu', 'fiches de format inconnu')} à vérifier` : '') +
    ' (détail avec --report).',
  invalidOutput: 'Le flux produit n’est pas valide :',
  written: (path: string) => `Flux écrit dans ${path}`,
  reportWritten: (path: string) => `Rapport écrit dans ${path}`,
  notJson: (path: string) => `${path} n’est pas un JSON lisible.`,
  notFeed: (path: string) => `${path} n’est pas un flux Vitrine (version ou listes manquantes).`,
  valid: (actions: number, structures: number) =>
    `Flux valide : ${actions} ${plural(actions, 'action', 'actions')}, ${structures} ${plural(structures, 'structure', 'structures')}.`,
  issues: (n: number) => `${n} ${plural(n, 'problème', 'problèmes')} :`,
  rejected: '(élément écarté)',
  dropped: '(champ ignoré)',
  statsTitle: (actions: number, structures: number) =>
    `${actions} ${plural(actions, 'action', 'actions')}, ${structures} ${plural(structures, 'structure', 'structures')}`,
  byStatus: 'Par statut',
  byDepartement: 'Par département',
  state: (s: string) => ({ 'en-cours': 'en cours', terminee: 'terminée', 'en-projet': 'en projet' })[s] ?? 'sans statut',
  unknownDepartement: 'sans département',
  budgetTotal: 'Budget total',
  revenues: 'Recettes par financeur',
  etp: (total: string, salaried: string, volunteer: string) => `Temps de travail : ${total} au total, dont ${salaried} salariés, ${volunteer} bénévoles`,
  people: (n: number) => `${n} ${plural(n, 'personne comptée', 'personnes comptées')} dans les équipes`,
  completeness: 'Champs renseignés',
  field: {
    status: 'statut',
    keywords: 'mots-clés',
    summary: 'résumé',
    departement: 'département',
    partners: 'partenaires',
    budget: 'budget (texte ou chiffres)',
    budgetTotal: 'budget total',
    revenues: 'recettes chiffrées',
    staffing: 'équipe',
    etp: 'ETP',
    beneficiaries: 'bénéficiaires',
  } satisfies Record<CompletenessField, string>,
};

const en: typeof fr = {
  usage: `Usage:
  vitrine import FILE… [-o feed.json] [--report report.json] [--keep-names]
                 [--merge] [--title TITLE] [--generated DATE]
  vitrine validate feed.json [--lang en]
  vitrine stats feed.json [--lang en] [--json]

import    reads fiches (SENACS, Apriles, association pages, free text; .txt files in any encoding,
          .html, .docx, .pdf) and writes a Vitrine feed
          (standard output without -o). --report writes the per-fiche report; --keep-names keeps
          people's first names; --merge updates the existing -o feed (same ids).
validate  checks a feed and lists errors with their JSON path.
stats     counts actions, totals and filled-in fields.`,
  unknownCommand: (c) => `Unknown command: ${c}`,
  missingValue: (opt) => `Missing value after ${opt}`,
  unreadable: (path, why) => `Cannot read ${path}: ${why}`,
  readFailed: (path, code, detail) => `${path} is not imported: ${readErrorEn[code]}${detail ? ` (${detail})` : ''}. The other files are.`,
  noInput: 'No file to import.',
  nothingRead: 'No fiche could be read.',
  importSummary: (fiches, files, actions, structures) =>
    `${fiches} ${plural(fiches, 'fiche', 'fiches', 'en')} read from ${files} ${plural(files, 'file', 'files', 'en')}: ` +
    `${actions} ${plural(actions, 'action', 'actions', 'en')}, ${structures} ${plural(structures, 'structure', 'structures', 'en')}.`,
  importNotes: (unknown, assumptions, flagged) =>
    `${unknown} ${plural(unknown, 'passage', 'passages', 'en')} not understood, ${assumptions} ${plural(assumptions, 'assumption', 'assumptions', 'en')}` +
    (flagged ? `, ${flagged} ${plural(flagged, 'fiche', 'fiches', 'en')} in an unknown format to check` : '') +
    ' (details with --report).',
  invalidOutput: 'The feed produced is not valid:',
  written: (path) => `Feed written to ${path}`,
  reportWritten: (path) => `Report written to ${path}`,
  notJson: (path) => `${path} is not readable JSON.`,
  notFeed: (path) => `${path} is not a Vitrine feed (version or lists missing).`,
  valid: (actions, structures) =>
    `Valid feed: ${actions} ${plural(actions, 'action', 'actions', 'en')}, ${structures} ${plural(structures, 'structure', 'structures', 'en')}.`,
  issues: (n) => `${n} ${plural(n, 'problem', 'problems', 'en')}:`,
  rejected: '(item left out)',
  dropped: '(field left out)',
  statsTitle: (actions, structures) =>
    `${actions} ${plural(actions, 'action', 'actions', 'en')}, ${structures} ${plural(structures, 'structure', 'structures', 'en')}`,
  byStatus: 'By status',
  byDepartement: 'By département',
  state: (s) => ({ 'en-cours': 'ongoing', terminee: 'ended', 'en-projet': 'planned' })[s] ?? 'no status',
  unknownDepartement: 'no département',
  budgetTotal: 'Total budget',
  revenues: 'Revenues by funder',
  etp: (total, salaried, volunteer) => `Working time: ${total} in total, of which ${salaried} staff, ${volunteer} volunteers`,
  people: (n) => `${n} ${plural(n, 'person', 'people', 'en')} counted in teams`,
  completeness: 'Fields filled in',
  field: {
    status: 'status',
    keywords: 'keywords',
    summary: 'summary',
    departement: 'département',
    partners: 'partners',
    budget: 'budget (text or figures)',
    budgetTotal: 'budget total',
    revenues: 'revenues with amounts',
    staffing: 'team',
    etp: 'FTE',
    beneficiaries: 'beneficiaries',
  },
};

export const cliMessages = defineBilingualMessages({ fr, en });
