/**
 * When an action started ("commencement de l'action en mars 2016", "L'action a débuté en
 * janvier 2014") or when a one-off event took place ("a eu lieu le 19 décembre 2014").
 */
const MONTH = '(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)';
const DATE = `((?:\\d{1,2}(?:er)?\\s+)?(?:${MONTH}\\s+)?(\\d{4}))`;
const START = new RegExp(`(?:commencement|d[ée]but|d[ée]marrage|lancement|lanc[ée]e?|d[ée]but[ée]e?|d[ée]marr[ée]e?|commenc[ée]e?|cr[ée][ée]e?)[^.\\n]{0,30}?\\b(?:en|le|depuis)\\s+${DATE}`, 'i');
/** START ending on the window's last year. */
const START_AT_END = new RegExp(`${START.source}$`, 'i');
const EVENT = new RegExp(`a eu lieu\\s+(?:le|en)\\s+${DATE}`, 'i');

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** "19 décembre 2014" → 2014-12-19, "mars 2016" → 2016-03, "2014" → 2014 (ISO 8601, as precise as the text). */
export function isoDate(date: string): string {
  const t = date.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const year = /(\d{4})$/.exec(t)![1]!;
  const month = MONTHS.findIndex((m) => t.includes(m));
  if (month === -1) return year;
  const mm = String(month + 1).padStart(2, '0');
  const day = /^(\d{1,2})/.exec(t);
  return day ? `${year}-${mm}-${day[1]!.padStart(2, '0')}` : `${year}-${mm}`;
}

/** The start of an action (ISO date) and, for a one-off event, its year. */
export function extractPeriod(text: string): { start?: string; year?: number } {
  // Both patterns end on a year: without one the long alternations need not scan the text.
  if (!/\d{4}/.test(text)) return {};
  const event = /a eu lieu/i.test(text) ? EVENT.exec(text) : null;
  if (event) return { start: isoDate(event[1]!), year: Number(event[2]) };
  // The start's key word stands at most ~100 characters before its year: only those windows are searched.
  for (const y of text.matchAll(/(?<!\d)\d{4}(?!\d)/g)) {
    const from = Math.max(0, y.index - 110);
    const start = START_AT_END.exec(text.slice(from, y.index + 4));
    if (start) return { start: isoDate(start[1]!) };
  }
  return {};
}
