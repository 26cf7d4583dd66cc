/** Strings of <territory-map>. */
import { defineBilingualMessages, plural } from '../shared/i18n.js';
import type { Level } from './focus.js';
import type { Metric } from './shading.js';

const fr = {
  metric: {
    actions: 'Nombre d’actions',
    budget: 'Budget des actions',
    etp: 'ETP salariés et bénévoles',
  } satisfies Record<Metric, string>,
  byLevel: { departement: 'par département', region: 'par région' } satisfies Record<Level, string>,
  areaColumn: { departement: 'Département', region: 'Région' } satisfies Record<Level, string>,
  mapLabel: (caption: string) => `Carte : ${caption}. Flèches pour passer d’une zone à l’autre, Entrée pour la choisir.`,
  contextLabel: 'Territoires voisins',
  actions: (n: number) => `${n} ${plural(n, 'action', 'actions')}`,
  structures: (n: number) => `${n} ${plural(n, 'structure', 'structures')}`,
  budget: 'Budget',
  etp: 'ETP',
  notGiven: 'non renseigné',
  noAction: 'Aucune action',
  legendNoAction: 'aucune action',
  noActions: 'Aucune action ne correspond à cette sélection : aucune action sur la carte.',
  legendUnknown: 'actions sans chiffre',
  legendPoint: 'structure',
  legendPointApprox: 'structure placée au centre de son département',
  unplaced: (n: number) =>
    `${n} ${plural(n, 'action n’est', 'actions ne sont')} pas sur la carte : ${plural(n, 'sa', 'leur')} structure n’a pas de département.`,
  /** Start of a downloaded file's name (`carte-nombre-d-actions-par-departement.csv`). */
  file: 'carte',
  tableCaption: (metricLevel: string) => `Actions, budget et ETP ${metricLevel}`,
  structuresCaption: 'Structures et nombre d’actions',
  structureColumn: 'Structure',
  communeColumn: 'Commune',
  actionsColumn: 'Actions',
  structuresColumn: 'Structures',
  budgetColumn: 'Budget',
  etpColumn: 'ETP',
  total: 'Total',
  othersNone: (level: Level): string =>
    level === 'region' ? 'Les autres régions n’ont aucune action.' : 'Les autres départements n’ont aucune action.',
  creditsMap: 'Fond de carte : Natural Earth.',
  /** GeoNames' licence asks for this credit wherever its points are shown. */
  creditsCommunes: 'Communes : GeoNames (CC BY 4.0).',
  more: (n: number) => `et ${n} ${plural(n, 'autre', 'autres')}…`,
};

const en: typeof fr = {
  metric: {
    actions: 'Number of actions',
    budget: 'Budget of the actions',
    etp: 'Paid and volunteer FTE',
  },
  byLevel: { departement: 'by département', region: 'by region' },
  areaColumn: { departement: 'Département', region: 'Region' },
  mapLabel: (caption) => `Map: ${caption}. Arrow keys move between areas, Enter chooses one.`,
  contextLabel: 'Neighbouring areas',
  actions: (n) => `${n} ${plural(n, 'action', 'actions', 'en')}`,
  structures: (n) => `${n} ${plural(n, 'organisation', 'organisations', 'en')}`,
  budget: 'Budget',
  etp: 'FTE',
  notGiven: 'not given',
  noAction: 'No action',
  legendNoAction: 'no action',
  noActions: 'No action matches this selection: no action on the map.',
  legendUnknown: 'actions without figures',
  legendPoint: 'organisation',
  legendPointApprox: 'organisation placed at the centre of its département',
  unplaced: (n) => `${n} ${plural(n, 'action is', 'actions are', 'en')} not on the map: no département is known for ${plural(n, 'its', 'their', 'en')} organisation.`,
  file: 'map',
  tableCaption: (metricLevel) => `Actions, budget and FTE ${metricLevel}`,
  structuresCaption: 'Organisations and number of actions',
  structureColumn: 'Organisation',
  communeColumn: 'Municipality',
  actionsColumn: 'Actions',
  structuresColumn: 'Organisations',
  budgetColumn: 'Budget',
  etpColumn: 'FTE',
  total: 'Total',
  othersNone: (level) => (level === 'region' ? 'The other regions have no action.' : 'The other départements have no action.'),
  creditsMap: 'Base map: Natural Earth.',
  creditsCommunes: 'Municipalities: GeoNames (CC BY 4.0).',
  more: (n) => `and ${n} more…`,
};

export const mapMessages = defineBilingualMessages({ fr, en });
export type MapMessages = ReturnType<typeof mapMessages>;
