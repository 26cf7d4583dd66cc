/** English strings of staffing messages, in the lazily loaded English chunk (see shared/english.ts). */
import { plural } from '../shared/i18n.js';
import type { MessagesShape } from './messages.js';
import { formatNumber } from '../shared/format.js';

export const en: MessagesShape = {
  personKind: {
    salarie: 'Staff',
    benevole: 'Volunteers',
    'service-civique': 'Civic service',
    prestataire: 'Contractors',
    partenaire: 'Partners',
  },
  actionTitle: (title) => `Staffing: ${title}`,
  aggregateTitle: (n) => (n ? `Staffing of ${formatNumber(n, 'en')} ${plural(n, 'action', 'actions', 'en')}` : 'Staffing'),
  total: 'Total',
  etpTotal: (etp) => `${etp} in total`,
  people: (n) => `${formatNumber(n, 'en')} ${plural(n, 'person', 'people', 'en')}`,
  headcount: (kind, n) =>
    `${formatNumber(n, 'en')} ${
      {
        salarie: plural(n, 'staff member', 'staff members', 'en'),
        benevole: plural(n, 'volunteer', 'volunteers', 'en'),
        'service-civique': plural(n, 'civic service volunteer', 'civic service volunteers', 'en'),
        prestataire: plural(n, 'contractor', 'contractors', 'en'),
        partenaire: plural(n, 'partner', 'partners', 'en'),
      }[kind]
    }`,
  summaryEtp: (total, parts) => `Staffing: ${total}${parts ? ` — ${parts}` : ''}`,
  summaryCount: (total, parts) => `Head count: ${total}${parts ? ` — ${parts}` : ''}`,
  part: (label, value, percent) => `${label} ${value} (${percent})`,
  segment: (label, value, percent) => `${label}: ${value}, ${percent}`,
  otherRolesRow: (n) => `${formatNumber(n, 'en')} other ${plural(n, 'role', 'roles', 'en')}`,
  otherRolesNote: 'detailed on screen and in the CSV export',
  otherRoles: (n) => `And ${formatNumber(n, 'en')} other ${plural(n, 'role', 'roles', 'en')}: see the data.`,
  etpUnknown: 'FTE not given',
  countUnknown: 'head count not given',
  countPartial: 'partial head count',
  notDetailed: (kind) => `${kind} (role not given)`,
  hoursConverted: 'hours converted',
  hoursNote: 'Weekly hours converted to FTE (ETP) at 35 h a week = 1 ETP.',
  countsOnlyNote: 'No FTE given: the chart counts people.',
  valuationTitle: 'Value of volunteer time',
  valuation: (etp, rate, value) => `${etp} × 1,607 h × ${rate} an hour = ${value} a year`,
  valuationNote: '1 ETP = 1,607 hours a year. An indication only, not included in the action’s budget.',
  valuationRows: {
    etp: 'Volunteer ETP',
    hours: 'Hours a year (1 ETP = 1,607 h)',
    rate: 'Value of an hour (€)',
    value: 'Yearly value (€)',
  },
  noStaffing: 'No staffing given',
  noActions: 'No action matches this selection.',
  completeness: (n, without, countsOnly) =>
    `Of ${formatNumber(n, 'en')} ${plural(n, 'action', 'actions', 'en')}, ${formatNumber(without, 'en')} without staffing` +
    (countsOnly ? ` and ${formatNumber(countsOnly, 'en')} with head counts but no FTE` : '') +
    '.',
  keyboardHint: 'Arrow keys move between segments.',
  chartRole: 'chart',
  columnRole: 'Role',
  columnKind: 'Status',
  columnEtp: 'ETP (FTE)',
  columnCount: 'Head count',
  columnNote: 'Note',
  columnItem: 'Item',
  columnValue: 'Value',
  file: 'staffing',
};
