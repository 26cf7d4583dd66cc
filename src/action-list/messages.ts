/** Strings of <action-list> and of the filter form it shares with <impact-dashboard>. */
import { defineMessages, plural } from '../shared/i18n.js';
import type { FilterKey } from '../feed/dashboard.js';
import type { SortKey } from './sort.js';

const fr = {
  filters: 'Filtrer les actions',
  search: 'Rechercher',
  searchHint: 'titre, thème, commune, financeur…',
  filter: {
    q: 'Recherche',
    departement: 'Département',
    keyword: 'Mot-clé',
    public: 'Public',
    dimension: 'Dimension',
    status: 'Statut',
    funder: 'Financeur',
    year: 'Année',
  } satisfies Record<FilterKey, string>,
  any: {
    q: '',
    departement: 'Tous les départements',
    keyword: 'Tous les mots-clés',
    public: 'Tous les publics',
    dimension: 'Toutes les dimensions',
    status: 'Tous les statuts',
    funder: 'Tous les financeurs',
    year: 'Toutes les années',
  } satisfies Record<FilterKey, string>,
  status: { 'en-cours': 'En cours', 'en-projet': 'En projet', terminee: 'Terminée' },
  sortBy: 'Trier par',
  sort: {
    title: 'Titre (A → Z)',
    date: 'Date (récentes d’abord)',
    budget: 'Budget (le plus élevé d’abord)',
    etp: 'ETP (le plus élevé d’abord)',
  } satisfies Record<SortKey, string>,
  count: (n: string, raw: number) => `${n} ${plural(raw, 'action', 'actions')}`,
  more: (shown: string, total: string) => `Afficher plus (${shown} sur ${total})`,
  empty: 'Aucune action ne correspond à ces critères.',
  emptyFeed: 'Ce flux ne contient aucune action.',
  reset: 'Effacer les filtres',
};

const en: typeof fr = {
  filters: 'Filter actions',
  search: 'Search',
  searchHint: 'title, theme, town, funder…',
  filter: {
    q: 'Search',
    departement: 'Département',
    keyword: 'Keyword',
    public: 'Audience',
    dimension: 'Dimension',
    status: 'Status',
    funder: 'Funder',
    year: 'Year',
  },
  any: {
    q: '',
    departement: 'All départements',
    keyword: 'All keywords',
    public: 'All audiences',
    dimension: 'All dimensions',
    status: 'All statuses',
    funder: 'All funders',
    year: 'All years',
  },
  status: { 'en-cours': 'Ongoing', 'en-projet': 'Planned', terminee: 'Completed' },
  sortBy: 'Sort by',
  sort: {
    title: 'Title (A → Z)',
    date: 'Date (most recent first)',
    budget: 'Budget (highest first)',
    etp: 'FTE (highest first)',
  },
  count: (n, raw) => `${n} ${plural(raw, 'action', 'actions', 'en')}`,
  more: (shown, total) => `Show more (${shown} of ${total})`,
  empty: 'No action matches these criteria.',
  emptyFeed: 'This feed holds no action.',
  reset: 'Clear filters',
};

export const listMessages = defineMessages({ fr, en });
export type ListMessages = ReturnType<typeof listMessages>;
