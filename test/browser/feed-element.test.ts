// The one base of the feed elements (src/shared/feed-element.ts): every element, the dashboard included, has the
// same source properties, the same reactive `lang` and the same skeleton / error / ready switch, so a failure
// reads the same, in the same words, with the same "Réessayer", whichever element meets it.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/define.js';
import { ensureDefined } from '../../src/registry.js';
import { settled, shadowText, uniqueUrl } from './helpers.js';

const TAGS = ['action-card', 'funding-breakdown', 'staffing-chart', 'territory-map', 'action-list', 'impact-dashboard'] as const;
const MINI = '/test/fixtures/mini-feed.json';

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function make(tag: string, attrs: Record<string, string> = {}): Promise<LitElement> {
  const el = document.createElement(tag) as LitElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.append(el);
  await settled(el, 30_000);
  return el;
}

before(async function () {
  this.timeout(60_000);
  await ensureDefined('territory-map');
});

describe('feed elements: one shallow base', () => {
  it('all six extend the same class directly, which alone owns the source properties and the render switch', () => {
    const classes = TAGS.map((tag) => customElements.get(tag) as unknown as typeof LitElement & { elementProperties: Map<string, unknown> });
    const bases = new Set(classes.map((c) => Object.getPrototypeOf(c)));
    expect(bases.size).to.equal(1);
    const base = [...bases][0] as typeof LitElement & { elementProperties: Map<string, unknown> };
    expect(Object.prototype.hasOwnProperty.call(base.prototype, 'render')).to.equal(true);
    for (const name of ['src', 'feed', 'timeout', 'lang']) expect(base.elementProperties.has(name), name).to.equal(true);
    for (const c of classes) expect(Object.prototype.hasOwnProperty.call(c.prototype, 'render'), c.name).to.equal(false);
  });
});

describe('feed elements: a reactive lang', () => {
  for (const tag of TAGS) {
    it(`${tag} switches language when its lang changes, and back when it goes`, async () => {
      // No source at all: the message every element gives, in the language it resolves.
      const el = await make(tag);
      expect(shadowText(el)).to.contain('Aucune source de données');
      el.lang = 'en';
      await until(() => shadowText(el).includes('No data source'), 'the English message');
      expect(el.getAttribute('lang')).to.equal('en');
      el.removeAttribute('lang');
      await until(() => shadowText(el).includes('Aucune source de données'), 'the French message again');
    });
  }
});

describe('feed elements: an unexpected failure, mapped once', () => {
  const realFetch = window.fetch;
  afterEach(() => (window.fetch = realFetch));

  for (const tag of TAGS) {
    it(`${tag} calls a fault of ours "inattendue" (not the network's), and "Réessayer" loads again`, async () => {
      window.fetch = () => Promise.reject(new DOMException('refused', 'SecurityError'));
      // A URL of its own: the cdn group's bundle keeps its own cache, which clearFeedCache (of src/) does not reach.
      const el = await make(tag, { src: uniqueUrl(MINI) });
      expect(shadowText(el)).to.contain('Erreur inattendue en lisant le flux (SecurityError)');
      expect(shadowText(el)).not.to.contain('réseau');
      window.fetch = realFetch;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="message"] button')!.click();
      await until(() => !el.shadowRoot!.querySelector('[data-tone="error"], [aria-busy="true"]'), 'the retried load');
      expect(shadowText(el)).not.to.contain('Erreur');
    });
  }
});

describe('feed elements: the page’s language', () => {
  afterEach(() => (document.documentElement.lang = 'fr'));

  it('a site that switches <html lang> re-renders every element, those inside the dashboard included', async () => {
    const dashboard = await make('impact-dashboard', { src: uniqueUrl(MINI), 'no-url': '' });
    const funding = () => dashboard.shadowRoot!.querySelector<LitElement>('funding-breakdown')!;
    await settled(funding(), 30_000);
    expect(shadowText(dashboard)).to.contain('Chiffres clés');
    expect(shadowText(funding())).to.contain('Financement de 4 actions');
    document.documentElement.lang = 'en';
    await until(() => shadowText(dashboard).includes('Key figures') && shadowText(funding()).includes('Funding of 4 actions'), 'English everywhere');
  });
});
