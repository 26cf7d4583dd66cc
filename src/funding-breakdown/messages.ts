/** Strings of <funding-breakdown>. */
import { defineMessages, plural } from '../shared/i18n.js';
import { formatNumber } from '../shared/format.js';

const fr = {
  actionTitle: (title: string) => `Financement : ${title}`,
  // An empty selection is titled without a count: "de 0 action" reads as a figure.
  aggregateTitle: (n: number) => (n ? `Financement de ${formatNumber(n, 'fr')} ${plural(n, 'action', 'actions')}` : 'Financement'),
  budget: 'Budget',
  revenues: 'Ressources',
  expenses: 'Dépenses',
  forecast: 'prévisionnel',
  annual: 'par an',
  about: (amount: string) => `environ ${amount}`,
  summary: (total: string, parts: string) => `Budget de ${total}${parts ? ` : ${parts}` : ''}`,
  expensesSummary: (total: string, parts: string) => `Dépenses de ${total}${parts ? ` : ${parts}` : ''}`,
  part: (label: string, percent: string) => `${label} ${percent}`,
  segment: (label: string, amount: string, percent: string, approximate: boolean) =>
    `${label} : ${approximate ? 'environ ' : ''}${amount}, ${percent}`,
  unfunded: 'Non financé',
  revenuesNotDetailed: 'Financement non détaillé',
  expensesNotDetailed: 'Dépenses non détaillées',
  noBudget: 'Budget non renseigné',
  noActions: 'Aucune action ne correspond à cette sélection.',
  breakdownMissing: 'La répartition par financeur n’est pas renseignée.',
  expensesMissing: 'Le détail des dépenses n’est pas renseigné.',
  approximateNote: '≈ : montant approximatif (estimation de la fiche).',
  surplus: (amount: string) => `Les ressources indiquées dépassent le coût de ${amount}.`,
  unquantified: (labels: string) => `Cités sans montant : ${labels}.`,
  completeness: (n: number, without: number, totalOnly: number) =>
    `Sur ${formatNumber(n, 'fr')} ${plural(n, 'action', 'actions')}, ${formatNumber(without, 'fr')} sans budget renseigné` +
    (totalOnly ? ` et ${formatNumber(totalOnly, 'fr')} avec un total seulement` : '') +
    '.',
  keyboardHint: 'Flèches pour parcourir les segments, Entrée pour choisir un financeur.',
  keyboardHintPlain: 'Flèches pour parcourir les segments.',
  chartRole: 'graphique',
  columnType: 'Type de financeur',
  columnFunder: 'Financeur',
  columnExpense: 'Poste de dépense',
  columnAmount: 'Montant (€)',
  columnShare: 'Part (%)',
  columnNote: 'Précision',
  approximate: 'approximatif',
  notGiven: 'montant non précisé',
  total: 'Total',
  totalDetailed: 'Total détaillé',
  notDetailed: 'Non détaillé',
  detailed: 'détaillés',
  detailedOf: (detailed: string, whole: string, rest: string) => `${detailed} détaillés sur ${whole} ; ${rest} non détaillés`,
  file: 'financement',
};

export const fundingMessages = defineMessages('funding', fr);
export type FundingMessages = ReturnType<typeof fundingMessages>;

/** The shape the English table must match. */
export type MessagesShape = typeof fr;
