/** English strings of list messages, in the lazily loaded English chunk (see shared/english.ts). */
import { plural } from '../shared/i18n.js';
import type { MessagesShape } from './messages.js';

export const en: MessagesShape = {
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
  any: { q: '', departement: 'All', keyword: 'All', public: 'All', dimension: 'All', status: 'All', funder: 'All', year: 'All' },
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
  printLeftOut: (shown, total, left) =>
    `This print shows the first ${shown} of ${total} actions: ${left > 1 ? 'the others are' : 'the last one is'} left out to stay readable. Filter the list to print the others.`,
  empty: 'No action matches these criteria.',
  emptyFeed: 'This feed holds no action.',
  reset: 'Clear filters',
};
