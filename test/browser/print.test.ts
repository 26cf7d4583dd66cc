// Printing a list prints every action found (it once printed the first page of 20 cards of 38 and
// nothing said so), cards complete rather than skeletons, and past PRINT_MAX it says how many are
// left out. The browser fires beforeprint for Ctrl+P, window.print() and Chromium's page.pdf.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ActionList } from '../../src/action-list/action-list.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { makeFeed } from '../../scripts/make-feed.mjs';
import { settled } from './helpers.js';

const SAMPLE = '/demo/sample-feed.json';
const raw = (await (await fetch(SAMPLE)).json()) as FeedInput & { actions: unknown[] };
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

const cards = (el: ActionList) => [...el.shadowRoot!.querySelectorAll<Lit>('action-card')];
async function printing(el: ActionList, event: 'beforeprint' | 'afterprint'): Promise<void> {
  window.dispatchEvent(new Event(event));
  await el.updateComplete;
  // What print lays out right after beforeprint: every card rendered in the same round of updates.
  await Promise.all(cards(el).map((c) => c.updateComplete));
}

describe('printing a list', () => {
  it('prints every action found, as complete cards, then shows one page again', async () => {
    const el = await fixture<ActionList>(html`<action-list page-size="5" .feed=${raw}></action-list>`);
    await settled(el);
    expect(cards(el)).to.have.length(5);
    await printing(el, 'beforeprint');
    expect(cards(el)).to.have.length(raw.actions.length);
    expect(cards(el).filter((c) => c.shadowRoot!.querySelector('[part="skeleton"]')).length).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part="more"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain('Cette impression montre');
    await printing(el, 'afterprint');
    expect(cards(el)).to.have.length(5);
    expect(el.shadowRoot!.querySelector('[part="more"]')).not.to.equal(null);
  });

  it('says how many actions it leaves out past 500', async () => {
    const el = await fixture<ActionList>(html`<action-list page-size="20" .feed=${makeFeed(503, 7, raw)}></action-list>`);
    await settled(el);
    await printing(el, 'beforeprint');
    try {
      expect(cards(el)).to.have.length(500);
      const note = [...el.shadowRoot!.querySelectorAll('[part="message"]')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
      expect(note).to.deep.equal([
        'Cette impression montre les 500 premières actions sur 503 : les autres ne sont pas imprimées, pour rester lisible. Filtrez la liste pour les imprimer.',
      ]);
    } finally {
      await printing(el, 'afterprint');
    }
  });
});
