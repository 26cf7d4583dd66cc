/**
 * Language resolution and typed message tables. French is the default; English is
 * the second language. Each element keeps its own table (`messages.ts` beside it, and
 * `messages.en.ts` for English, gathered in one lazily loaded chunk).
 */
export type Lang = 'fr' | 'en';

/**
 * Nearest `[lang]` (crossing shadow roots), then `<html lang>`, then French. When the
 * language's strings are not loaded yet, they are fetched and the element re-rendered.
 */
export function resolveLang(el: Element): Lang {
  const lang = findLang(el);
  if (lang === 'en' && !english) {
    loadLang(lang).then(
      () => (el as Element & { requestUpdate?: () => void }).requestUpdate?.(),
      () => undefined,
    );
  }
  return lang;
}

function findLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      // `lang` is a reactive property of Vitrine's elements: Lit renders before it reflects it to the attribute.
      const value = node instanceof HTMLElement ? node.lang : node.getAttribute('lang');
      if (value) return toLang(value);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLang(document.documentElement.lang);
}

export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}

/** Elements whose English strings live in the lazily loaded English chunk (shared/english.ts). */
export type EnglishKey = 'shared' | 'card' | 'funding' | 'staffing' | 'list' | 'dashboard';

let english: Readonly<Record<EnglishKey, unknown>> | undefined;
let englishLoad: Promise<void> | undefined;

/**
 * Makes the strings of `lang` available. French is in every bundle; English is a chunk
 * of its own, downloaded the first time an element speaks English (most pages never do).
 */
export function loadLang(lang: Lang): Promise<void> {
  if (lang === 'fr' || english) return Promise.resolve();
  englishLoad ??= import('./english.js').then(
    (m) => {
      english = m.ENGLISH;
    },
    (error: unknown) => {
      // Offline for a moment: French stays on screen and the next element asks again.
      englishLoad = undefined;
      throw error;
    },
  );
  return englishLoad;
}

/**
 * A message table whose French strings are bundled and whose English ones arrive with
 * `loadLang('en')`; until then (a few milliseconds) French is shown.
 */
export function defineMessages<T>(key: EnglishKey, fr: T): (lang: Lang) => T {
  return (lang) => (lang === 'en' && (english?.[key] as T | undefined)) || fr;
}

/** A message table with both languages in the same module (for code that is itself loaded on demand, or Node). */
export function defineBilingualMessages<T extends Record<string, unknown>>(tables: { fr: T; en: T }): (lang: Lang) => T {
  return (lang) => tables[lang];
}

/** French plural rule: 0 and 1 are singular. */
export function plural(n: number, one: string, many: string, lang: Lang = 'fr'): string {
  const singular = lang === 'fr' ? Math.abs(n) < 2 : Math.abs(n) === 1;
  return singular ? one : many;
}
