/**
 * Number formatting for the two languages of the elements, written out rather than through Intl.NumberFormat:
 * the first NumberFormat a page creates loads ICU's number data, 20–45 ms of main thread on this machine (176 ms
 * of the donut page's 604 ms of script under a 4× CPU slowdown, the largest item of its profile), paid on every
 * page before its first chart, which Chart.js does not pay. The output is Intl's, character for character
 * (test/unit/format.test.ts compares them): French `21 280 €` with a narrow no-break space between thousands and a
 * no-break space before `€` and `%`, English `€21,280`.
 */
import type { Lang } from './i18n.js';

/** What a figure is: a plain number, a sum in euros, a share. */
const enum Kind {
  Number,
  Money,
  Share,
}

/**
 * `value` in `lang`'s digits with at most `max` decimals, as a sum (cents shown as two digits), a
 * share (percent: the decimal point moved two places) or a plain number. Rounded half away from zero on the
 * number's shortest decimal form, as ICU rounds (`1.005` → `1,01`: the string is shifted, not the binary value);
 * the rounded value prints as its own shortest form, without trailing zeros, as Intl writes it. Exact up to 1e13
 * (a feed's amounts stop at 1e12); beyond, the digits past the 16th may differ from Intl's.
 */
function format(value: number, lang: Lang, kind: Kind, max: number): string {
  const fr = lang === 'fr';
  // Below 1e-6 String() writes an exponent, and such a number rounds to 0 anyway.
  const abs = Math.abs(value) < 1e-6 ? 0 : Math.abs(value);
  const rounded = Math.round(+`${abs}e${kind === Kind.Share ? max + 2 : max}`) / 10 ** max;
  // Groups of three in the integer part only: the decimals have two digits at most.
  const n = (kind === Kind.Money ? rounded.toFixed(max) : `${rounded}`).replace('.', fr ? ',' : '.').replace(/\B(?=(\d{3})+\b)/g, fr ? '\u202f' : ',');
  // Intl's sign: negative numbers and -0 (1 / -0 is -Infinity), even when they round to zero.
  const sign = 1 / value < 0 ? '-' : '';
  // Kind.Number is 0: `kind ?` below means Money.
  return sign + (kind === Kind.Share ? n + (fr ? '\u00a0' : '') + '%' : kind ? (fr ? n + '\u00a0€' : '€' + n) : n);
}

/** `21 280 €`; cents only when the amount has them. */
export function formatMoney(amount: number, lang: Lang): string {
  return format(amount, lang, Kind.Money, Math.round(amount * 100) % 100 ? 2 : 0);
}

/**
 * `maximumFractionDigits` is 0, 1 or 2 (all the elements use): the rounding above shifts the number's shortest
 * decimal form, which matches Intl for two decimals (test/unit/format.test.ts, 6,000 values) but not always for
 * three or more (`-3.0364999999999998` to three decimals gives `-3,037` where Intl gives `-3,036`).
 */
export function formatNumber(n: number, lang: Lang, maximumFractionDigits: 0 | 1 | 2 = 2): string {
  return format(n, lang, Kind.Number, maximumFractionDigits);
}

/** `0,4 ETP` */
export function formatEtp(etp: number, lang: Lang): string {
  return formatNumber(etp, lang) + '\u00a0ETP';
}

/** `42 %` / `42%`, with one decimal below 10 %. */
export function formatPercent(share: number, lang: Lang): string {
  return format(share, lang, Kind.Share, share > 0 && share < 0.1 ? 1 : 0);
}

/** A share as a percentage; a tiny non-zero share reads `< 0,1 %` rather than a misleading `0 %`. */
export function formatShare(share: number, lang: Lang): string {
  return share > 0 && share < 0.0005 ? `< ${formatPercent(0.001, lang)}` : formatPercent(share, lang);
}

/** A value of the staffing chart's measure as the page writes it: ETP with their decimals, or a head count. */
export function formatMeasure(measure: 'etp' | 'count', v: number, lang: Lang): string {
  return measure === 'etp' ? formatEtp(v, lang) : formatNumber(v, lang);
}
