/** English strings of shared messages, in the lazily loaded English chunk (see shared/english.ts). */
import { plural } from './i18n.js';
import type { MessagesShape } from './messages.js';

export const en: MessagesShape = {
  loading: 'Loading…',
  errorTitle: 'Data unavailable',
  loadError: (kind, detail) =>
    ({
      network: 'The data feed could not be downloaded (network unavailable or address blocked).',
      http: `The server answered with an error (${detail}).`,
      timeout: 'The data feed is taking too long to answer.',
      json: 'The file received is not readable JSON.',
      schema: 'The file received is not a valid Vitrine feed.',
      'not-found': `No action “${detail}” in this feed.`,
      'no-source': detail
        ? `No JSON script “${detail}” in the page (<script type="application/json" id="…">).`
        : 'No data source: set a src attribute, a feed property or a JSON script inside the tag.',
      unexpected: `Unexpected error while reading the feed${detail ? ` (${detail})` : ''}.`,
    })[kind],
  retry: 'Try again',
  skipped: (n, total) => `${n} of ${total} ${plural(n, 'record', 'records', 'en')} could not be read.`,
  fieldsDropped: (fields) => `Feed fields ignored as invalid: ${fields}.`,
  issue: (path, code, expected) =>
    `${path}: ` +
    {
      required: 'required field missing',
      type: `unexpected type${expected ? ` (expected: ${expected})` : ''}`,
      format: 'invalid format',
      enum: `unknown value${expected ? ` (allowed: ${expected})` : ''}`,
      'too-small': 'empty or too small',
      'too-long': `text too long (at most ${expected} characters)`,
      'too-many': `list too long (at most ${expected} entries)`,
      'too-big': `number too large (at most ${expected})`,
      'too-deep': `value nested too deeply (at most ${expected} levels)`,
      'unknown-structure': 'structure not found in this feed',
      'duplicate-id': 'identifier already used',
      'duplicate-across-sources': `same action as another source's${expected ? ` (${expected})` : ''}`,
      invalid: 'invalid value',
    }[code],
  funderType: {
    caf: 'CAF (family allowances)',
    commune: 'Municipality',
    intercommunalite: 'Inter-municipality',
    departement: 'Département',
    region: 'Region',
    etat: 'State',
    europe: 'Europe',
    msa: 'MSA (farm social security)',
    carsat: 'Carsat (pensions)',
    sante: 'Health (ARS, CPAM)',
    bailleur: 'Social landlord',
    fondation: 'Foundations',
    entreprise: 'Companies',
    usagers: 'Users and families',
    autofinancement: 'Own funds',
    autre: 'Other',
  },
};
