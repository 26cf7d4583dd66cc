/** English strings of funding messages, in the lazily loaded English chunk (see shared/english.ts). */
import { plural } from '../shared/i18n.js';
import type { MessagesShape } from './messages.js';
import { formatNumber } from '../shared/format.js';

export const en: MessagesShape = {
  actionTitle: (title) => `Funding: ${title}`,
  aggregateTitle: (n) => (n ? `Funding of ${formatNumber(n, 'en')} ${plural(n, 'action', 'actions', 'en')}` : 'Funding'),
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
    `Of ${formatNumber(n, 'en')} ${plural(n, 'action', 'actions', 'en')}, ${formatNumber(without, 'en')} without a budget` +
    (totalOnly ? ` and ${formatNumber(totalOnly, 'en')} with a total only` : '') +
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
  totalDetailed: 'Itemised total',
  notDetailed: 'Not itemised',
  detailed: 'itemised',
  detailedOf: (detailed: string, whole: string, rest: string) => `${detailed} itemised of ${whole}; ${rest} not itemised`,
  file: 'funding',
};
