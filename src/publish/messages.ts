/** Strings of `vitrine publish` and `vitrine export` (French first, English with `--lang en`). */
import { defineBilingualMessages, plural } from '../shared/i18n.js';
import type { SourceErrorKind, SourceReport } from '../feed/observatory-format.js';

const fr = {
  usage: `Usage :
  vitrine publish FLUX… -o DOSSIER [--title TITRE] [--part-size N] [--published DATE] [--lang en]
  vitrine export FLUX… --format csv|parquet -o DOSSIER [--lang en]

FLUX      fichiers ou adresses http(s) ; nom=FLUX nomme une source (préfixe de ses identifiants
          quand il y a plusieurs flux).
publish   écrit un observatoire statique : manifest.json, un résumé pré-agrégé, les actions par
          département et un index de recherche, à servir tel quel par n'importe quel hébergeur ;
          --part-size : actions par fichier (5000) ; --published : date inscrite (maintenant).
export    écrit des tables (actions, structures, recettes, dépenses, équipes, partenaires, mots-clés,
          publics) en CSV pour Excel ou en Parquet, avec leur dictionnaire de données.`,
  missingValue: (opt: string) => `Valeur manquante après ${opt}`,
  noInput: 'Aucun flux à lire.',
  noOutput: 'Indiquez le dossier de sortie avec -o DOSSIER.',
  badFormat: (f: string) => `Format inconnu : ${f} (csv ou parquet).`,
  badPartSize: (v: string) => `--part-size attend un nombre entier positif, pas ${v}.`,
  sourceError: (kind: SourceErrorKind, detail: string) =>
    ({
      unreadable: `illisible (${detail})`,
      http: `réponse HTTP ${detail}`,
      json: `JSON invalide (${detail})`,
      'not-a-feed': 'pas un flux Vitrine (objet avec « version » attendu)',
    })[kind],
  sourceFailed: (id: string, why: string) => `${id} : ${why} ; source écartée en entier.`,
  sourceLine: (r: SourceReport) => {
    const a = r.actions;
    const parts = [`${a.kept} ${plural(a.kept, 'action gardée', 'actions gardées')} sur ${a.read}`];
    if (a.rejected) parts.push(`${a.rejected} ${plural(a.rejected, 'invalide écartée', 'invalides écartées')}`);
    if (a.duplicates) parts.push(`${a.duplicates} ${plural(a.duplicates, 'doublon écarté', 'doublons écartés')}`);
    if (a.crossSource) parts.push(`${a.crossSource} déjà ${plural(a.crossSource, 'donnée', 'données')} par une source précédente, ${plural(a.crossSource, 'écartée', 'écartées')}`);
    if (a.repaired) parts.push(`${a.repaired} ${plural(a.repaired, 'réparée', 'réparées')} (champs invalides ignorés)`);
    if (a.unknownStructure) parts.push(`${a.unknownStructure} sans structure connue`);
    if (r.structures.rejected) parts.push(`${r.structures.rejected} ${plural(r.structures.rejected, 'structure écartée', 'structures écartées')}`);
    return `${r.id} : ${parts.join(', ')}.`;
  },
  published: (dir: string, actions: number, parts: number) =>
    `Observatoire écrit dans ${dir} : ${actions} ${plural(actions, 'action', 'actions')} en ${parts} ${plural(parts, 'fichier', 'fichiers')} de données.`,
  exported: (dir: string, tables: number) => `${tables} tables écrites dans ${dir}, avec dictionary.csv et report.json.`,
  reportHint: 'Détail des problèmes par source et par fiche : report.json.',
  duckdbMissing: 'Le format Parquet passe par DuckDB : installez-le avec « npm install @duckdb/node-api » (le CSV s’en passe).',
};

type Messages = typeof fr;

const en: Messages = {
  usage: `Usage:
  vitrine publish FEED… -o DIR [--title TITLE] [--part-size N] [--published DATE] [--lang en]
  vitrine export FEED… --format csv|parquet -o DIR [--lang en]

FEED      files or http(s) URLs; name=FEED names a source (the prefix of its ids when there are
          several feeds).
publish   writes a static observatory: manifest.json, a pre-aggregated summary, the actions by
          département and a search index, served as is by any web host; --part-size: actions
          per file (5000); --published: the date written down (now).
export    writes tables (actions, structures, revenues, expenses, staffing, partners, keywords,
          publics) as CSV for Excel or as Parquet, with their data dictionary.`,
  missingValue: (opt) => `Missing value after ${opt}`,
  noInput: 'No feed to read.',
  noOutput: 'Give the output folder with -o DIR.',
  badFormat: (f) => `Unknown format: ${f} (csv or parquet).`,
  badPartSize: (v) => `--part-size takes a positive whole number, not ${v}.`,
  sourceError: (kind, detail) =>
    ({
      unreadable: `unreadable (${detail})`,
      http: `HTTP response ${detail}`,
      json: `invalid JSON (${detail})`,
      'not-a-feed': 'not a Vitrine feed (an object with "version" expected)',
    })[kind],
  sourceFailed: (id, why) => `${id}: ${why}; source left out whole.`,
  sourceLine: (r) => {
    const a = r.actions;
    const parts = [`${a.kept} of ${a.read} ${plural(a.read, 'action', 'actions', 'en')} kept`];
    if (a.rejected) parts.push(`${a.rejected} invalid left out`);
    if (a.duplicates) parts.push(`${a.duplicates} ${plural(a.duplicates, 'duplicate', 'duplicates', 'en')} left out`);
    if (a.crossSource) parts.push(`${a.crossSource} already given by an earlier source, left out`);
    if (a.repaired) parts.push(`${a.repaired} repaired (invalid fields ignored)`);
    if (a.unknownStructure) parts.push(`${a.unknownStructure} without a known structure`);
    if (r.structures.rejected) parts.push(`${r.structures.rejected} ${plural(r.structures.rejected, 'structure', 'structures', 'en')} left out`);
    return `${r.id}: ${parts.join(', ')}.`;
  },
  published: (dir, actions, parts) =>
    `Observatory written to ${dir}: ${actions} ${plural(actions, 'action', 'actions', 'en')} in ${parts} data ${plural(parts, 'file', 'files', 'en')}.`,
  exported: (dir, tables) => `${tables} tables written to ${dir}, with dictionary.csv and report.json.`,
  reportHint: 'Problems by source and by fiche: report.json.',
  duckdbMissing: 'Parquet is written by DuckDB: install it with "npm install @duckdb/node-api" (CSV needs nothing more).',
};

export const publishMessages = defineBilingualMessages({ fr, en });
