/**
 * Language resolution and typed message tables. French is the default; English is
 * the second language. Each element keeps its own table (`messages.ts` beside it) so
 * that an element bundle carries only the strings it uses.
 */
export type Lang = 'fr' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'en'];

/** Nearest `[lang]` (crossing shadow roots), then `<html lang>`, then French. */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute('lang');
      if (value) return toLang(value);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(document.documentElement.lang);
}

export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/**
 * A message table: the French table defines the shape, the English one must match it
 * (the compiler checks every key and every function's parameters).
 */
export function defineMessages<T extends Record<string, unknown>>(tables: { fr: T; en: T }): (lang: Lang) => T {
  return (lang) => tables[lang];
}

/** French plural rule: 0 and 1 are singular. */
export function plural(n: number, one: string, many: string, lang: Lang = 'fr'): string {
  const singular = lang === 'fr' ? Math.abs(n) < 2 : Math.abs(n) === 1;
  return singular ? one : many;
}
