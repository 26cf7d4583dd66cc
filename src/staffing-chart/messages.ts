/** Strings of <staffing-chart>. */
import type { PersonKind } from '../feed/funders.js';
import { defineMessages, plural } from '../shared/i18n.js';
import { formatNumber } from '../shared/format.js';

const fr = {
  /** The kinds of people, as the chart's segments name them. */
  personKind: {
    salarie: 'Salariés',
    benevole: 'Bénévoles',
    'service-civique': 'Services civiques',
    prestataire: 'Prestataires',
    partenaire: 'Partenaires',
  } satisfies Record<PersonKind, string>,
  actionTitle: (title: string) => `Moyens humains : ${title}`,
  // An empty selection is titled without a count: "de 0 action" reads as a figure.
  aggregateTitle: (n: number) => (n ? `Moyens humains de ${formatNumber(n, 'fr')} ${plural(n, 'action', 'actions')}` : 'Moyens humains'),
  total: 'Total',
  etpTotal: (etp: string) => `${etp} au total`,
  people: (n: number) => `${formatNumber(n, 'fr')} ${plural(n, 'personne', 'personnes')}`,
  /** "4 professionnels", "12 bénévoles". */
  headcount: (kind: PersonKind, n: number): string =>
    `${formatNumber(n, 'fr')} ${
      {
        salarie: plural(n, 'professionnel', 'professionnels'),
        benevole: plural(n, 'bénévole', 'bénévoles'),
        'service-civique': plural(n, 'volontaire en service civique', 'volontaires en service civique'),
        prestataire: plural(n, 'prestataire', 'prestataires'),
        partenaire: plural(n, 'partenaire', 'partenaires'),
      }[kind]
    }`,
  summaryEtp: (total: string, parts: string) => `Moyens humains : ${total}${parts ? ` — ${parts}` : ''}`,
  summaryCount: (total: string, parts: string) => `Effectifs : ${total}${parts ? ` — ${parts}` : ''}`,
  part: (label: string, value: string, percent: string) => `${label} ${value} (${percent})`,
  segment: (label: string, value: string, percent: string) => `${label} : ${value}, ${percent}`,
  otherRolesRow: (n: number) => `${formatNumber(n, 'fr')} ${plural(n, 'autre rôle', 'autres rôles')}`,
  otherRolesNote: 'détail à l’écran et dans l’export CSV',
  otherRoles: (n: number) => `Et ${formatNumber(n, 'fr')} ${plural(n, 'autre rôle', 'autres rôles')} : voir les données.`,
  etpUnknown: 'ETP non précisé',
  countUnknown: 'effectif non précisé',
  countPartial: 'effectif partiel',
  notDetailed: (kind: string) => `${kind} (rôle non précisé)`,
  hoursConverted: 'heures converties',
  hoursNote: 'Heures hebdomadaires converties en ETP à raison de 35 h par semaine = 1 ETP.',
  countsOnlyNote: 'Aucun ETP renseigné : le graphique compte les personnes.',
  valuationTitle: 'Valorisation du bénévolat',
  valuation: (etp: string, rate: string, value: string) => `${etp} × 1 607 h × ${rate} de l’heure = ${value} par an`,
  valuationNote: '1 ETP = 1 607 heures par an. Montant indicatif, non compris dans le budget de l’action.',
  valuationRows: {
    etp: 'ETP bénévoles',
    hours: 'Heures par an (1 ETP = 1 607 h)',
    rate: 'Valeur d’une heure (€)',
    value: 'Valorisation annuelle (€)',
  },
  noStaffing: 'Moyens humains non renseignés',
  noActions: 'Aucune action ne correspond à cette sélection.',
  completeness: (n: number, without: number, countsOnly: number) =>
    `Sur ${formatNumber(n, 'fr')} ${plural(n, 'action', 'actions')}, ${formatNumber(without, 'fr')} sans moyens humains renseignés` +
    (countsOnly ? ` et ${formatNumber(countsOnly, 'fr')} avec des effectifs sans ETP` : '') +
    '.',
  keyboardHint: 'Flèches pour parcourir les segments.',
  chartRole: 'graphique',
  columnRole: 'Rôle',
  columnKind: 'Statut',
  columnEtp: 'ETP',
  columnCount: 'Effectif',
  columnNote: 'Précision',
  columnItem: 'Élément',
  columnValue: 'Valeur',
  file: 'moyens-humains',
};

export const staffingMessages = defineMessages('staffing', fr);
export type StaffingMessages = ReturnType<typeof staffingMessages>;

/** The shape the English table must match. */
export type MessagesShape = typeof fr;
