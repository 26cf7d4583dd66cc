/**
 * Number formatting through cached Intl formatters (creating one costs ~50 µs; a
 * dashboard formats thousands of figures). French output uses the narrow no-break
 * space Intl gives (`21 280 €`).
 */
import type { Lang } from './i18n.js';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', options);
    cache.set(key, f);
  }
  return f;
}

/** `21 280 €`; cents only when the amount has them. */
export function formatMoney(amount: number, lang: Lang): string {
  const cents = Math.round(amount * 100) % 100 !== 0;
  return formatter(lang, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(amount);
}

export function formatNumber(n: number, lang: Lang, maximumFractionDigits = 2): string {
  return formatter(lang, { maximumFractionDigits }).format(n);
}

/** `0,4 ETP` */
export function formatEtp(etp: number, lang: Lang): string {
  return `${formatNumber(etp, lang, 2)}\u00a0ETP`;
}

/** `42 %` / `42%`, with one decimal below 10 %. */
export function formatPercent(share: number, lang: Lang): string {
  const digits = share > 0 && share < 0.1 ? 1 : 0;
  return formatter(lang, { style: 'percent', maximumFractionDigits: digits }).format(share);
}
