/**
 * The tidy tables of `vitrine export`: one row per observation, one column per variable,
 * keys that stay the same from one export to the next (the action's id, then the line's
 * position in its fiche). This dictionary is the one description of every column: the
 * CSV headers, the Parquet types and the published data dictionary (French and English)
 * all come from it.
 */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'boolean';

export interface Column {
  name: string;
  type: ColumnType;
  fr: string;
  en: string;
  /** Part of the table's key. */
  key?: boolean;
}

export interface Table {
  name: TableName;
  fr: string;
  en: string;
  columns: readonly Column[];
}

export const TABLE_NAMES = ['actions', 'structures', 'revenues', 'expenses', 'staffing', 'partners', 'keywords', 'publics'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const col = (name: string, type: ColumnType, fr: string, en: string, key = false): Column => (key ? { name, type, fr, en, key } : { name, type, fr, en });

const actionKey = col('action_id', 'text', 'Identifiant de l’action (préfixé par la source quand il y en a plusieurs)', 'Action id (prefixed by its source when there are several)', true);
const line = col('line', 'integer', 'Position de la ligne dans la fiche, à partir de 1', 'Position of the line in the fiche, from 1', true);
const approximate = col('approximate', 'boolean', 'Montant estimé (« environ »)', 'Estimated amount ("about")');
/** A revenue's or an expense's amount, and whether it is an estimate. */
const amountColumns = [col('amount', 'decimal', 'Montant (euros), vide s’il n’est pas donné', 'Amount (euros), empty when not given'), approximate];
/** A table with one row per line of a fiche (a revenue, a role…): its action and position, then its own columns. */
const perLine = (...own: Column[]): Column[] => [actionKey, line, ...own];

export const TABLES: readonly Table[] = [
  {
    name: 'actions',
    fr: 'Une ligne par action (fiche action)',
    en: 'One row per action (fiche action)',
    columns: [
      actionKey,
      col('source', 'text', 'Nom de la source (flux) d’où vient l’action', 'Name of the source (feed) the action comes from'),
      col('structure_id', 'text', 'Structure qui porte l’action (table structures)', 'Structure carrying the action (structures table)'),
      col('title', 'text', 'Intitulé', 'Title'),
      col('status', 'text', 'État : en-cours, terminee, en-projet', 'Status: en-cours (ongoing), terminee (ended), en-projet (planned)'),
      col('status_reason', 'text', 'Raison de l’arrêt', 'Why it ended'),
      col('year', 'integer', 'Année', 'Year'),
      col('period_start', 'text', 'Début de la période', 'Start of the period'),
      col('period_end', 'text', 'Fin de la période', 'End of the period'),
      col('dimension', 'text', 'Dimension (axe du projet social)', 'Dimension (axis of the social project)'),
      col('territory_scale', 'text', 'Échelle du territoire (quartier, commune…)', 'Scale of the territory (neighbourhood, commune…)'),
      col('summary', 'text', 'Résumé', 'Summary'),
      col('cost', 'decimal', 'Budget retenu par Vitrine (src/feed/figures.ts) : le total déclaré ; sans total (ou avec un total de 0), le plus grand de la somme des recettes et de celle des dépenses (euros)', 'Budget used by Vitrine (src/feed/figures.ts): the declared total; without one (or with a total of 0), the larger of the revenue sum and the expense sum (euros)'),
      col('budget_total', 'decimal', 'Total du budget déclaré par la fiche (euros)', 'Budget total declared by the fiche (euros)'),
      col('budget_approximate', 'boolean', 'Le budget est une estimation', 'The budget is an estimate'),
      col('budget_basis', 'text', 'Prévisionnel (forecast) ou réalisé (actual)', 'Forecast or actual'),
      col('etp_salaried_declared', 'decimal', 'ETP salariés déclarés par la fiche', 'Salaried FTE declared by the fiche'),
      col('etp_volunteer_declared', 'decimal', 'ETP bénévoles déclarés par la fiche', 'Volunteer FTE declared by the fiche'),
      col('beneficiaries', 'integer', 'Personnes touchées (au moins) : le plus grand des effectifs de la fiche', 'People reached (at least): the largest of the fiche’s counts'),
      col('source_url', 'text', 'Adresse de la fiche d’origine', 'Address of the original fiche'),
    ],
  },
  {
    name: 'structures',
    fr: 'Une ligne par structure (centre social, espace de vie sociale…)',
    en: 'One row per structure (social centre, espace de vie sociale…)',
    columns: [
      col('structure_id', 'text', 'Identifiant de la structure (préfixé par la source quand il y en a plusieurs)', 'Structure id (prefixed by its source when there are several)', true),
      col('source', 'text', 'Nom de la source', 'Name of the source'),
      col('name', 'text', 'Nom', 'Name'),
      col('kind', 'text', 'Type : centre-social, espace-de-vie-sociale, association…', 'Kind: centre-social, espace-de-vie-sociale, association…'),
      col('departement', 'text', 'Code INSEE du département', 'INSEE code of the département'),
      col('region', 'text', 'Code INSEE de la région', 'INSEE code of the région'),
      col('commune', 'text', 'Commune', 'Commune (municipality)'),
      col('commune_insee', 'text', 'Code INSEE de la commune', 'INSEE code of the commune'),
      col('postcode', 'text', 'Code postal', 'Postcode'),
      col('website', 'text', 'Site web', 'Website'),
    ],
  },
  {
    name: 'revenues',
    fr: 'Une ligne par recette (financeur) d’une action',
    en: 'One row per revenue (funder) of an action',
    columns: perLine(
      col('label', 'text', 'Financeur tel qu’écrit', 'Funder as written'),
      col('funder_type', 'text', 'Type de financeur (caf, commune, etat, europe…)', 'Funder type (caf, commune, etat, europe…)'),
      ...amountColumns,
    ),
  },
  {
    name: 'expenses',
    fr: 'Une ligne par poste de dépense d’une action',
    en: 'One row per expense line of an action',
    columns: perLine(
      col('label', 'text', 'Poste de dépense', 'Expense line'),
      ...amountColumns,
    ),
  },
  {
    name: 'staffing',
    fr: 'Une ligne par rôle dans l’équipe d’une action (jamais de nom de personne)',
    en: 'One row per role in an action’s team (never a person’s name)',
    columns: perLine(
      col('role', 'text', 'Rôle', 'Role'),
      col('kind', 'text', 'salarie, benevole, service-civique, prestataire, partenaire', 'salarie (staff), benevole (volunteer), service-civique, prestataire (contractor), partenaire (partner)'),
      col('count', 'integer', 'Nombre de personnes', 'Number of people'),
      col('etp', 'decimal', 'ETP déclarés', 'Declared FTE'),
      col('hours_per_week', 'decimal', 'Heures par semaine', 'Hours per week'),
      col('etp_computed', 'decimal', 'ETP retenus par Vitrine : les ETP déclarés, sinon les heures hebdomadaires / 35', 'FTE used by Vitrine: the declared FTE, else weekly hours / 35'),
    ),
  },
  {
    name: 'partners',
    fr: 'Une ligne par partenaire d’une action',
    en: 'One row per partner of an action',
    columns: perLine(col('name', 'text', 'Partenaire', 'Partner'), col('type', 'text', 'Type de partenaire', 'Partner type')),
  },
  {
    name: 'keywords',
    fr: 'Une ligne par mot-clé d’une action',
    en: 'One row per keyword of an action',
    columns: perLine(
      col('keyword', 'text', 'Mot-clé tel qu’écrit', 'Keyword as written'),
      col('keyword_key', 'text', 'Mot-clé sans casse ni accents (pour regrouper)', 'Keyword without case or accents (to group by)'),
    ),
  },
  {
    name: 'publics',
    fr: 'Une ligne par public visé d’une action',
    en: 'One row per public an action is for',
    columns: perLine(
      col('public', 'text', 'Public tel qu’écrit', 'Public as written'),
      col('public_key', 'text', 'Public sans casse ni accents (pour regrouper)', 'Public without case or accents (to group by)'),
    ),
  },
];
