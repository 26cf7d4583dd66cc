/** Strings of <impact-dashboard>. */
import { defineMessages, plural } from '../shared/i18n.js';

const fr = {
  title: 'Tableau de bord',
  sourceFailed: (source: string, reason: string) => `Le flux « ${source} » n’a pas pu être chargé : ${reason} Les autres sources sont affichées.`,
  figures: 'Chiffres clés',
  skipFilters: 'Aller aux chiffres (passer les filtres)',
  actions: 'Actions',
  structures: 'Structures',
  budget: 'Budget total',
  staffing: 'Moyens humains',
  etpTotal: 'au total',
  etpSalaried: 'dont salariés',
  etpVolunteer: 'bénévoles',
  beneficiaries: 'Bénéficiaires',
  atLeast: 'au moins',
  notGivenValue: 'non renseigné',
  /** "sur 30 actions, 12 sans budget renseigné" */
  /** Counts come formatted (`1 234`) with their raw value for the plural. */
  without: (missing: string, total: string, n: number, what: string) =>
    missing === '0'
      ? `renseigné pour ${n > 1 ? `les ${total} actions` : 'l’action'}`
      : `sur ${total} ${plural(n, 'action', 'actions')}, ${missing} sans ${what}`,
  withoutBudget: 'budget renseigné',
  withoutEtp: 'ETP renseigné',
  withoutBeneficiaries: 'bénéficiaires chiffrés',
  beneficiariesRule: 'plus grand chiffre de chaque fiche',
  ofTotal: (n: string) => `sur ${n} au total`,
  distributions: 'Répartition des actions',
  emptySelection: (total: string, n: number) =>
    `Aucune action ne correspond à ces filtres, sur ${n > 1 ? `les ${total} actions` : 'l’action'} du tableau de bord : il n’y a donc ni budget, ni ETP, ni bénéficiaires à additionner.`,
  clearToSee: 'Effacer les filtres',
  emptyDistributions: 'Aucune répartition : aucune action ne correspond à ces filtres.',
  exportEmpty: 'Rien à exporter ni à imprimer : aucune action ne correspond à ces filtres.',
  notGiven: (n: string, raw: number) => `${n} ${plural(raw, 'action', 'actions')} sans cette information`,
  showAll: (n: string) => `Voir les ${n}`,
  showLess: 'Réduire',
  list: 'Liste des actions',
  activeFilters: 'Filtres actifs',
  remove: (what: string) => `Retirer le filtre ${what}`,
  clear: 'Effacer tous les filtres',
  noFilter: 'Aucun filtre : toutes les actions sont comptées.',
  export: 'Exporter les actions (CSV)',
  print: 'Imprimer',
  /** An observatory's actions are fetched on demand (see observatory-view.ts). */
  actionsLoading: 'Chargement des actions de la sélection…',
  actionsHeavy: (megabytes: string) =>
    `Les actions de cette sélection pèsent ${megabytes} Mo : filtrez par département ou cherchez un mot pour afficher la liste et les graphiques, ou chargez-les toutes.`,
  loadActions: 'Charger toutes les actions',
  /** A département's first page of the list, shown while the whole list loads. */
  firstPage: (shown: string, total: string, count: number) =>
    count > 1 ? `Les ${shown} premières actions par titre, sur ${total} ; la liste complète se charge…` : `${total} action ; la liste se charge…`,
  /** The progress bar while the feed loads (loading-view.ts). */
  loadingLabel: 'Chargement du tableau de bord',
  loadingStarts: 'Chargement…',
  downloaded: (done: string, total?: string) => (total ? `${done} / ${total} Mo téléchargés` : `${done} Mo téléchargés`),
  fichesRead: (read: string, total: string) => `${read} / ${total} fiches lues`,
  /** A worker reading the body as it arrives: the total is known only at its end. */
  fichesReadSoFar: (read: string) => `${read} fiches lues`,
  csv: {
    id: 'Identifiant',
    title: 'Action',
    structure: 'Structure',
    commune: 'Commune',
    keywords: 'Mots-clés',
    public: 'Publics',
    budget: 'Budget (€)',
    funder: (type: string) => `Financement ${type} (€)`,
    etpSalaried: 'ETP salariés',
    etpVolunteer: 'ETP bénévoles',
    etpTotal: 'ETP total',
    beneficiaries: 'Bénéficiaires',
  },
};

export const dashboardMessages = defineMessages('dashboard', fr);
export type DashboardMessages = ReturnType<typeof dashboardMessages>;

/** The shape the English table must match. */
export type MessagesShape = typeof fr;
