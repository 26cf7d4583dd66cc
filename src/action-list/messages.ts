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
    departement: 'Tous',
    keyword: 'Tous',
    public: 'Tous',
    dimension: 'Toutes',
    status: 'Tous',
    funder: 'Tous',
    year: 'Toutes',
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
  printLeftOut: (shown: string, total: string, left: number) =>
    `Cette impression montre les ${shown} premières actions sur ${total} : ${plural(left, 'la dernière n’est pas imprimée', 'les autres ne sont pas imprimées')}, pour rester lisible. Filtrez la liste pour ${plural(left, 'l’imprimer', 'les imprimer')}.`,
  empty: 'Aucune action ne correspond à ces critères.',
  emptyFeed: 'Ce flux ne contient aucune action.',
  reset: 'Effacer les filtres',
};

export const listMessages = defineMessages('list', fr);

/** The shape the English table must match. */
export type MessagesShape = typeof fr;
