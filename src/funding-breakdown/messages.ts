/** Strings of <funding-breakdown>. */
import { defineMessages, plural } from '../shared/i18n.js';

const fr = {
  actionTitle: (title: string) => `Financement : ${title}`,
  aggregateTitle: (n: number) => `Financement de ${n} ${plural(n, 'action', 'actions')}`,
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
    `Sur ${n} ${plural(n, 'action', 'actions')}, ${without} sans budget renseigné` +
    (totalOnly ? ` et ${totalOnly} avec un total seulement` : '') +
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
  file: 'financement',
};

const en: typeof fr = {
  actionTitle: (title) => `Funding: ${title}`,
  aggregateTitle: (n) => `Funding of ${n} ${plural(n, 'action', 'actions', 'en')}`,
  budget: 'Budget',
  revenues: 'Revenues',
  expenses: 'Expenses',
  forecast: 'forecast',
  annual: 'per year',
  about: (amount) => `about ${amount}`,
  summary: (total, parts) => `Budget of ${total}${parts ? `: ${parts}` : ''}`,
  expensesSummary: (total, parts) => `Expenses of ${total}${parts ? `: ${parts}` : ''}`,
  part: (label, percent) => `${label} ${percent}`,
  segment: (label, amount, percent, approximate) => `${label}: ${approximate ? 'about ' : ''}${amount}, ${percent}`,
  unfunded: 'Unfunded',
  revenuesNotDetailed: 'Funding not itemised',
  expensesNotDetailed: 'Expenses not itemised',
  noBudget: 'No budget given',
  noActions: 'No action matches this selection.',
  breakdownMissing: 'The breakdown by funder is not given.',
  expensesMissing: 'The breakdown of expenses is not given.',
  approximateNote: '≈: approximate amount (estimate in the record).',
  surplus: (amount) => `The revenues listed exceed the cost by ${amount}.`,
  unquantified: (labels) => `Named without an amount: ${labels}.`,
  completeness: (n, without, totalOnly) =>
    `Of ${n} ${plural(n, 'action', 'actions', 'en')}, ${without} without a budget` +
    (totalOnly ? ` and ${totalOnly} with a total only` : '') +
    '.',
  keyboardHint: 'Arrow keys move between segments, Enter chooses a funder.',
  keyboardHintPlain: 'Arrow keys move between segments.',
  chartRole: 'chart',
  columnType: 'Funder type',
  columnFunder: 'Funder',
  columnExpense: 'Expense line',
  columnAmount: 'Amount (€)',
  columnShare: 'Share (%)',
  columnNote: 'Note',
  approximate: 'approximate',
  notGiven: 'amount not given',
  total: 'Total',
  file: 'funding',
};

export const fundingMessages = defineMessages({ fr, en });
export type FundingMessages = ReturnType<typeof fundingMessages>;
