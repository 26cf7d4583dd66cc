/**
 * Every English table of the elements in the CDN bundle, as one chunk loaded by
 * `loadLang('en')`: a French page never downloads it.
 */
import type { EnglishKey } from './i18n.js';
import { en as shared } from './messages.en.js';
import { en as card } from '../action-card/messages.en.js';
import { en as funding } from '../funding-breakdown/messages.en.js';
import { en as staffing } from '../staffing-chart/messages.en.js';
import { en as list } from '../action-list/messages.en.js';
import { en as dashboard } from '../impact-dashboard/messages.en.js';

export const ENGLISH = { shared, card, funding, staffing, list, dashboard } satisfies Record<EnglishKey, unknown>;
