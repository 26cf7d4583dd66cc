/**
 * "Code d'intégration": a webmaster picks a feed, an element, an action of that feed and a few
 * options, sees the real element render, and copies the HTML (or the WordPress shortcode) that
 * shows the same thing on their site. Snippets come from ./snippet.ts; this file only wires the
 * form. Feed text (titles, URLs) reaches the page through textContent and setAttribute only.
 */
import { embedCss, embedFor, embedHtml, embedShortcode, OPTIONS, isActionId, safeUrl, type Embed, type EmbedChoice, type ElementTag, type Lang } from './snippet.js';
import { UI, type UiKey } from './messages.js';
import type * as FeedLoader from '../../src/feed/load.js';

// The page already runs the CDN bundle for the preview; its loader is the one the elements use
// (same validation, same cache), so the feed is downloaded once for the form and the preview.
const CDN = '/cdn/vitrine.js';
const { loadFeed } = (await import(/* @vite-ignore */ CDN)) as typeof FeedLoader;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('builder');
const field = <T extends HTMLInputElement | HTMLSelectElement>(name: string) => form.elements.namedItem(name) as T;

let uiLang: Lang = 'fr';
const t = (key: UiKey) => UI[uiLang][key];

interface FeedAction { id: string; title: string; url?: string }
let actions: FeedAction[] = [];
let feedTitle: string | undefined;
let current: Embed | undefined;

function setStatus(id: string, text: string) {
  $(id).textContent = text;
}

async function readFeed() {
  const url = field<HTMLInputElement>('feed').value.trim();
  const keep = field<HTMLSelectElement>('action').value;
  setStatus('feed-status', t('loading'));
  try {
    // Never requested: javascript:, data:, another site's protocol-relative address…
    if (!safeUrl(url)) throw new Error(t('refused'));
    const loaded = await loadFeed(url);
    actions = loaded.feed.actions
      .filter((a) => isActionId(a.id))
      .map((a) => ({ id: a.id, title: a.title, url: a.url }))
      .sort((a, b) => a.title.localeCompare(b.title, 'fr'));
    feedTitle = loaded.feed.title;
    setStatus('feed-status', t('loaded').replace('{n}', String(actions.length)));
  } catch (error) {
    actions = [];
    feedTitle = undefined;
    setStatus('feed-status', `${t('feedFailed')} (${error instanceof Error ? error.message : String(error)})`);
  }
  fillActions(keep);
  update();
}

function fillActions(keep: string) {
  const select = field<HTMLSelectElement>('action');
  const whole = new Option(t('wholeFeed'), '');
  select.replaceChildren(whole, ...actions.map((a) => new Option(a.title, a.id)));
  select.value = actions.some((a) => a.id === keep) ? keep : (actions[0]?.id ?? '');
}

function choice(): EmbedChoice {
  const element = field<HTMLSelectElement>('element').value as ElementTag;
  const value = (name: string) => field<HTMLSelectElement>(name).value;
  const action = actions.find((a) => a.id === value('action'));
  const colours = field<HTMLInputElement>('custom-colours').checked
    ? { accent: value('accent'), text: value('text'), surface: value('surface') }
    : undefined;
  return {
    element,
    feedUrl: value('feed'),
    folder: value('folder'),
    action,
    feedTitle,
    variant: value('variant') as EmbedChoice['variant'],
    type: value('type') as EmbedChoice['type'],
    groupBy: value('group-by') as EmbedChoice['groupBy'],
    metric: value('metric') as EmbedChoice['metric'],
    lang: value('lang') as Lang,
    colours,
  };
}

/** Shows only the options of the chosen element; the card needs an action, the charts may take the whole feed. */
function showOptions(element: ElementTag) {
  for (const row of form.querySelectorAll<HTMLElement>('[data-option]')) {
    row.hidden = !(OPTIONS[element] as readonly string[]).includes(row.dataset['option']!);
  }
  const whole = field<HTMLSelectElement>('action').options[0];
  if (whole) whole.disabled = element === 'action-card';
  if (element === 'action-card' && !field<HTMLSelectElement>('action').value && actions[0]) field<HTMLSelectElement>('action').value = actions[0].id;
  for (const input of ['accent', 'text', 'surface']) field<HTMLInputElement>(input).disabled = !field<HTMLInputElement>('custom-colours').checked;
}

/** The same description as the snippet, built with DOM calls: the preview is what the snippet gives. */
function renderPreview(embed: Embed | undefined) {
  const preview = $('preview');
  if (!embed) {
    const note = document.createElement('p');
    note.textContent = t('nothing');
    preview.replaceChildren(note);
    return;
  }
  const element = document.createElement(embed.tag);
  for (const [name, value] of embed.attributes) element.setAttribute(name, value);
  // CSSOM, not a style attribute: the demo's strict CSP (style-src 'self') allows it.
  for (const [property, value] of embed.style) element.style.setProperty(property, value);
  const link = document.createElement('a');
  link.href = embed.fallback.href;
  link.textContent = embed.fallback.text;
  element.append(link);
  preview.replaceChildren(element);
}

function update() {
  const chosen = choice();
  showOptions(chosen.element);
  current = embedFor(choice());
  renderPreview(current);
  $('snippet-html').textContent = current ? embedHtml(current) : '';
  $('snippet-shortcode').textContent = current ? embedShortcode(current) : '';
  const css = current ? embedCss(current) : '';
  $('snippet-css').textContent = css;
  $('css-block').hidden = !css;
  for (const id of ['copy-html', 'copy-shortcode']) ($(id) as HTMLButtonElement).disabled = !current;
}

async function copy(source: string) {
  const text = $(source).textContent ?? '';
  try {
    await navigator.clipboard.writeText(text);
    setStatus('copy-status', t('copied'));
  } catch {
    // No clipboard (an old browser, a refused permission): select the code for Ctrl+C.
    getSelection()?.selectAllChildren($(source));
    setStatus('copy-status', t('copyByHand'));
  }
}

function translate(lang: Lang) {
  uiLang = lang;
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(node.dataset['i18n'] as UiKey);
  const toggle = $('ui-lang');
  toggle.textContent = lang === 'fr' ? 'English' : 'Français';
  toggle.lang = lang === 'fr' ? 'en' : 'fr';
  document.title = t('pageTitle');
  fillActions(field<HTMLSelectElement>('action').value);
  update();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void readFeed();
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).id === 'feed-url') void readFeed();
  else update();
});
$('copy-html').addEventListener('click', () => void copy('snippet-html'));
$('copy-css').addEventListener('click', () => void copy('snippet-css'));
$('copy-shortcode').addEventListener('click', () => void copy('snippet-shortcode'));
$('ui-lang').addEventListener('click', () => translate(uiLang === 'fr' ? 'en' : 'fr'));

translate('fr');
await readFeed();
document.body.dataset['ready'] = '';
