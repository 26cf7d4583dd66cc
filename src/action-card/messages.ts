/** Strings of <action-card>. */
import { defineMessages, plural } from '../shared/i18n.js';
import { formatNumber } from '../shared/format.js';

const fr = {
  status: { 'en-cours': 'En cours', terminee: 'Terminée', 'en-projet': 'En projet' },
  dimension: 'Dimension',
  keywords: 'Mots-clés',
  structure: 'Porteur',
  territory: 'Territoire',
  territoryScale: {
    quartier: 'Un quartier',
    commune: 'Une commune',
    'plusieurs-communes': 'Plusieurs communes',
    intercommunalite: 'Une intercommunalité',
    departement: 'Le département',
    autre: 'Autre territoire',
  },
  public: 'Public',
  initiative: 'À l’initiative',
  partners: 'Partenaires',
  budget: 'Budget',
  budgetAnnual: 'par an',
  forecast: 'prévisionnel',
  approximate: 'montant approximatif',
  fundedBy: 'Financement',
  notBrokenDown: 'Non détaillé',
  breakdownMissing: 'Répartition par financeur non renseignée.',
  expenses: 'Dépenses',
  staffing: 'Moyens humains',
  etpSalaried: 'salarié',
  etpVolunteer: 'bénévole',
  etpTotal: 'au total',
  people: (n: number) => `${formatNumber(n, 'fr')} ${plural(n, 'personne', 'personnes')}`,
  role: (role: string, amount: string) => `${role} : ${amount}`,
  results: 'Bénéficiaires et résultats',
  evaluation: 'Auto-évaluation',
  evaluationTerritory: 'Pour le territoire',
  evaluationCentre: 'Pour la structure',
  evaluationInhabitants: 'Pour les habitants',
  successFactors: 'Facteurs de réussite',
  description: 'Description',
  rationale: 'Pourquoi cette action',
  limits: 'Limites',
  perspectives: 'Perspectives',
  files: 'Documents',
  contact: 'Contact',
  website: 'Site web',
  open: 'Voir la fiche',
  close: 'Réduire la fiche',
  page: 'Page de l’action',
  year: 'Année',
  cardLabel: (title: string) => `Fiche action : ${title}`,
};

export const cardMessages = defineMessages('card', fr);

/** The shape the English table must match. */
export type MessagesShape = typeof fr;
