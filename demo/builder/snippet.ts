/**
 * What the embed-code builder hands a webmaster, as pure functions: the element's tag with its
 * attributes and fallback content, the HTML to paste (script tag + tag), the WordPress
 * shortcode of the plugin in wordpress/vitrine, and the CSS of the chosen colours.
 *
 * Every value here can come from outside: the feed URL is typed by the user, the action's title
 * and page URL come from the feed. So a value only ever reaches the snippet escaped for where it
 * lands (attribute, text, shortcode), a URL is kept only when relative or http(s), and a colour
 * only as #rrggbb. The page renders the same description with DOM calls (never innerHTML).
 */

import { THEME_TOKENS } from '../../src/shared/theme-tokens.js';

export const ELEMENTS = ['action-card', 'funding-breakdown', 'staffing-chart', 'territory-map', 'action-list', 'impact-dashboard'] as const;
export type ElementTag = (typeof ELEMENTS)[number];
export type Lang = 'fr' | 'en';

/** Which options each element takes: `action` is required for the card, optional (a scope) for the charts. */
export const OPTIONS: Record<ElementTag, readonly ('action' | 'variant' | 'type' | 'group-by' | 'metric')[]> = {
  'action-card': ['action', 'variant'],
  'funding-breakdown': ['action', 'type', 'group-by'],
  'staffing-chart': ['action'],
  'territory-map': ['metric'],
  'action-list': [],
  'impact-dashboard': [],
};

/** The element's own defaults: an option left at its default is not written into the snippet. */
const DEFAULTS = { variant: 'compact', type: 'donut', 'group-by': 'type', metric: 'actions', lang: 'fr' } as const;

/** Colours through the documented custom properties (custom-elements.json); a value equal to the default is left out. */
export const COLOURS = { accent: '--vitrine-color-accent', text: '--vitrine-color-text', surface: '--vitrine-color-surface' } as const;
export type ColourName = keyof typeof COLOURS;

export interface EmbedChoice {
  element: ElementTag;
  /** As typed: a path on the site or an http(s) URL. */
  feedUrl: string;
  /** The site's folder holding vitrine.js (the self-hosted copy), e.g. `/vitrine/`. */
  folder: string;
  action?: { id: string; title: string; url?: string };
  /** The feed's own title, for the fallback of the elements that show the whole feed. */
  feedTitle?: string;
  variant?: 'compact' | 'full';
  type?: 'donut' | 'bar';
  groupBy?: 'type' | 'funder';
  metric?: 'actions' | 'budget' | 'etp';
  lang?: Lang;
  colours?: Partial<Record<ColourName, string>>;
}

export interface Embed {
  tag: ElementTag;
  attributes: [name: string, value: string][];
  /** A link that stands in for the element until it renders, and stays under its message if the feed fails. */
  fallback: { href: string; text: string };
  /** Custom properties and their values, for the site's stylesheet. */
  style: [property: string, value: string][];
  scriptSrc: string;
}

/** A relative path or an http(s) URL, trimmed; anything else (javascript:, data:, //host…) is refused. */
export function safeUrl(input: string | undefined): string | undefined {
  const url = (input ?? '').trim();
  if (!url || /[\u0000-\u001f\u007f]/.test(url)) return undefined;
  if (/^https?:\/\/[^/\s]/i.test(url)) return url;
  // No scheme (nothing before a ':' that precedes any '/', '?' or '#'), and not protocol-relative.
  if (/^[^/?#]*:/.test(url) || url.startsWith('//') || url.startsWith('\\')) return undefined;
  return url;
}

/** #rgb or #rrggbb, lower case, as <input type="color"> gives; anything else is dropped. */
export function safeColour(input: string | undefined): string | undefined {
  const c = (input ?? '').trim().toLowerCase();
  return /^#([0-9a-f]{3}|[0-9a-f]{6})$/.test(c) ? c : undefined;
}

/** An action id as the feed's schema allows it (the element shows no other). */
export const isActionId = (id: string) => /^[a-z0-9][a-z0-9-]*$/.test(id) && id.length <= 200;

const FALLBACK_TEXT: Record<Lang, string> = { fr: 'Nos actions (données)', en: 'Our actions (data)' };

export function embedFor(choice: EmbedChoice): Embed | undefined {
  const src = safeUrl(choice.feedUrl);
  if (!src) return undefined;
  const options = OPTIONS[choice.element];
  const lang = choice.lang ?? 'fr';
  const attributes: [string, string][] = [['src', src]];
  const action = options.includes('action') && choice.action && isActionId(choice.action.id) ? choice.action : undefined;
  if (choice.element === 'action-card' && !action) return undefined;
  if (action) attributes.push(['action-id', action.id]);
  const optional: [option: (typeof options)[number], name: keyof typeof DEFAULTS, value: string | undefined][] = [
    ['variant', 'variant', choice.variant],
    ['type', 'type', choice.type],
    ['group-by', 'group-by', choice.groupBy],
    ['metric', 'metric', choice.metric],
  ];
  for (const [option, name, value] of optional) {
    if (options.includes(option) && value && value !== DEFAULTS[name]) attributes.push([name, value]);
  }
  if (lang !== DEFAULTS.lang) attributes.push(['lang', lang]);
  const style: [string, string][] = [];
  for (const name of Object.keys(COLOURS) as ColourName[]) {
    const colour = safeColour(choice.colours?.[name]);
    // The theme's own default needs no rule.
    if (colour && colour !== THEME_TOKENS[COLOURS[name]]) style.push([COLOURS[name], colour]);
  }
  const title = (action?.title ?? choice.feedTitle ?? '').trim() || FALLBACK_TEXT[lang];
  const href = (action?.url && /^https?:\/\//i.test(action.url) && safeUrl(action.url)) || src;
  const folder = safeUrl(choice.folder) ?? '/vitrine/';
  return { tag: choice.element, attributes, fallback: { href, text: title }, style, scriptSrc: `${folder.replace(/\/*$/, '/')}vitrine.js` };
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '[': '&#91;', ']': '&#93;' };

/** For a double-quoted attribute value. */
export const escapeAttribute = (value: string) => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
/** For text between tags. */
export const escapeText = (value: string) => value.replace(/[&<>]/g, (c) => ENTITIES[c]!);

function fallbackHtml(embed: Embed): string {
  return `<a href="${escapeAttribute(embed.fallback.href)}">${escapeText(embed.fallback.text)}</a>`;
}

/** The HTML to paste: the module script from the site's own folder, then the tag with its fallback. */
export function embedHtml(embed: Embed): string {
  const attributes = embed.attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  return [
    `<script type="module" src="${escapeAttribute(embed.scriptSrc)}"></script>`,
    `<${embed.tag}${attributes}>`,
    `  ${fallbackHtml(embed)}`,
    `</${embed.tag}>`,
  ].join('\n');
}

/** The site stylesheet's rule for the chosen colours ('' when none is chosen). */
export function embedCss(embed: Embed): string {
  if (!embed.style.length) return '';
  return `${embed.tag} {\n${embed.style.map(([property, value]) => `  ${property}: ${value};`).join('\n')}\n}`;
}

/**
 * A shortcode attribute value can hold neither a double quote nor square brackets (WordPress's
 * parser ends the attribute or the shortcode there) and is not entity-decoded: URL characters
 * that would break it are percent-encoded, which names the same URL.
 */
const shortcodeUrl = (url: string) => url.replace(/["'<>[\]\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** `[vitrine element="…" action="…" feed="…" …]fallback[/vitrine]`, as wordpress/vitrine/vitrine.php reads it. */
export function embedShortcode(embed: Embed): string {
  const parts = [`element="${embed.tag}"`];
  // The README's order: which element, which action, then where from.
  const ordered = [...embed.attributes].sort(([a], [b]) => Number(b === 'action-id') - Number(a === 'action-id'));
  for (const [name, value] of ordered) {
    if (name === 'src') parts.push(`feed="${shortcodeUrl(value)}"`);
    else if (name === 'action-id') parts.push(`action="${value}"`);
    else parts.push(`${name}="${value}"`);
  }
  // Square brackets in the content would open or close a shortcode: as entities, the fallback reads the same.
  const content = fallbackHtml(embed).replace(/[[\]]/g, (c) => ENTITIES[c]!);
  return `[vitrine ${parts.join(' ')}]${content}[/vitrine]`;
}
