// Loading that cleans up after itself: requests aborted when the last element waiting leaves, timeouts per
// element, a bounded cache, Retry-After, the response's charset, a dashboard in a srcdoc iframe, and failures
// that are not the network's not blamed on it. The server side is test/browser/feed-lab.mjs.
import { expect, fixture, html } from '@open-wc/testing';
import { ActionCard } from '../../src/action-card/action-card.js';
import { IDLE_FEEDS_KEPT, clearFeedCache, loadFeed } from '../../src/feed/load.js';
import { settled, shadowText } from './helpers.js';

if (!customElements.get('action-card')) customElements.define('action-card', ActionCard);

interface Logged {
  at: number;
  state: 'pending' | 'answered' | 'aborted';
}

let ids = 0;
const newId = () => `${Date.now().toString(36)}-${++ids}`;
const lab = (id: string, query = '') => `/__feed-lab?id=${id}${query ? `&${query}` : ''}`;
const log = async (id: string): Promise<Logged[]> => (await fetch(`/__feed-lab/log?id=${id}`)).json();

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
const states = async (id: string) => (await log(id)).map((r) => r.state).join(',');
/** Longer than any wait below: a request ends because its elements left, never because it timed out. */
const LONG = 120_000;
const title = (el: Element) => el.shadowRoot!.querySelector('[part="title"]')?.textContent;

before(async function () {
  this.timeout(60_000);
  // The validator's modules, once, so that no test below pays for their first download.
  await import('../../src/feed/parse.js');
});
afterEach(() => clearFeedCache());

describe('loading: requests end with the last element waiting', () => {
  it('aborts the request when the only element waiting for it leaves the page', async () => {
    const id = newId();
    const box = await fixture<HTMLDivElement>(html`<div><action-card .timeout=${LONG} src=${lab(id, 'delay=40000')} action-id="sejour-neige"></action-card></div>`);
    await until(async () => (await states(id)) === 'pending', 'the request to arrive');
    box.querySelector('action-card')!.remove();
    await until(async () => (await states(id)) === 'aborted', 'the request to be aborted');
  });

  it('keeps the request while another element shares it, and aborts it when that one leaves too', async () => {
    const id = newId();
    const url = lab(id, 'delay=4000');
    const box = await fixture<HTMLDivElement>(html`<div>
      <action-card src=${url} action-id="sejour-neige"></action-card><action-card src=${url} action-id="fiche-vide"></action-card>
    </div>`);
    const [first, second] = [...box.querySelectorAll('action-card')];
    await until(async () => (await states(id)) === 'pending', 'the request to arrive');
    first!.remove();
    await settled(second!, 30_000);
    expect(title(second!)).to.equal('Fiche presque vide');
    expect(await states(id)).to.equal('answered');

    const other = newId();
    const again = await fixture<HTMLDivElement>(html`<div>
      <action-card .timeout=${LONG} src=${lab(other, 'delay=40000')} action-id="sejour-neige"></action-card><action-card .timeout=${LONG} src=${lab(other, 'delay=40000')}></action-card>
    </div>`);
    await until(async () => (await states(other)) === 'pending', 'the second request to arrive');
    for (const card of [...again.querySelectorAll('action-card')]) card.remove();
    await until(async () => (await states(other)) === 'aborted', 'the shared request to be aborted');
  });

  it('keeps the load of an element moved elsewhere in the page (out and back in at once)', async () => {
    const id = newId();
    const box = await fixture<HTMLDivElement>(html`<div><section></section><action-card src=${lab(id, 'delay=1500')} action-id="sejour-neige"></action-card></div>`);
    const card = box.querySelector('action-card')!;
    await until(async () => (await states(id)) === 'pending', 'the request to arrive');
    box.querySelector('section')!.append(card);
    await settled(card, 30_000);
    expect(title(card)).to.equal('Séjour à la neige');
    expect(await states(id)).to.equal('answered');
  });

  it('loads again when an element that left mid-load comes back', async () => {
    const id = newId();
    const box = await fixture<HTMLDivElement>(html`<div><action-card .timeout=${LONG} src=${lab(id, 'delay=40000')} action-id="sejour-neige"></action-card></div>`);
    const card = box.querySelector('action-card')!;
    await until(async () => (await states(id)) === 'pending', 'the request to arrive');
    card.remove();
    await until(async () => (await states(id)) === 'aborted', 'the request to be aborted');
    card.src = lab(id, 'delay=0');
    box.append(card);
    await settled(card, 30_000);
    expect(title(card)).to.equal('Séjour à la neige');
  });
});

describe('loading: timeouts are each element’s own', () => {
  it('a short timeout fails its own element only; the others sharing the URL show the feed', async () => {
    const id = newId();
    const url = lab(id, 'delay=2500');
    const box = await fixture<HTMLDivElement>(html`<div>
      <action-card .timeout=${200} src=${url} action-id="sejour-neige"></action-card><action-card src=${url} action-id="sejour-neige"></action-card>
    </div>`);
    const [impatient, patient] = [...box.querySelectorAll('action-card')];
    await settled(impatient!, 30_000);
    expect(shadowText(impatient!)).to.contain('met trop de temps à répondre');
    await settled(patient!, 30_000);
    expect(title(patient!)).to.equal('Séjour à la neige');
    expect((await log(id)).map((r) => r.state)).to.deep.equal(['answered']);
  });
});

describe('loading: a bounded cache', () => {
  it('forgets feeds nobody holds beyond the last few used, and keeps those an element shows', async () => {
    const held = newId();
    const shown = await fixture<ActionCard>(html`<action-card src=${lab(held)} action-id="sejour-neige"></action-card>`);
    await settled(shown, 30_000);
    const dropped = newId();
    const controller = new AbortController();
    await loadFeed(lab(dropped), controller.signal);
    controller.abort();
    for (let i = 0; i < IDLE_FEEDS_KEPT + 2; i++) {
      const c = new AbortController();
      await loadFeed(lab(newId()), c.signal);
      c.abort();
    }
    // The feed nobody held any more was evicted: asked again, it is downloaded again.
    await loadFeed(lab(dropped));
    expect((await log(dropped)).length).to.equal(2);
    // The one an element still shows was not: a second element gets it without a request.
    const twin = await fixture<ActionCard>(html`<action-card src=${lab(held)} action-id="fiche-vide"></action-card>`);
    await settled(twin, 30_000);
    expect(title(twin)).to.equal('Fiche presque vide');
    expect((await log(held)).length).to.equal(1);
  });
});

describe('loading: Retry-After', () => {
  it('the retry waits until the time the server asked for', async () => {
    const id = newId();
    const el = await fixture<ActionCard>(html`<action-card src=${lab(id, 'status=503&fail=1&retry-after=2')} action-id="sejour-neige"></action-card>`);
    await settled(el, 30_000);
    expect(shadowText(el)).to.contain('503');
    el.shadowRoot!.querySelector('button')!.click();
    await until(() => title(el) === 'Séjour à la neige', 'the retried feed');
    const [first, second] = await log(id);
    // A lower bound only: a slow machine makes the gap longer, never shorter.
    expect(second!.at - first!.at).to.be.at.least(2000);
  });
});

describe('loading: the response’s charset', () => {
  for (const charset of ['windows-1252', 'iso-8859-1', 'utf-16le']) {
    it(`decodes a feed served as ${charset}`, async () => {
      const el = await fixture<ActionCard>(html`<action-card src=${lab(newId(), `charset=${charset}`)} action-id="sans-structure"></action-card>`);
      await settled(el, 30_000);
      expect(title(el)).to.equal('Action d’une structure absente');
    });
  }
});

describe('loading: failures named for what they are', () => {
  const realFetch = window.fetch;
  afterEach(() => (window.fetch = realFetch));

  it('a fault that is not the network’s is "unexpected", not "réseau"', async () => {
    window.fetch = () => Promise.reject(new DOMException('refused', 'SecurityError'));
    const el = await fixture<ActionCard>(html`<action-card src=${lab(newId())} action-id="sejour-neige"></action-card>`);
    await settled(el, 30_000);
    expect(shadowText(el)).to.contain('Erreur inattendue en lisant le flux (SecurityError)');
    expect(shadowText(el)).not.to.contain('réseau');
  });

  it('a request the browser could not make is the network’s', async () => {
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const el = await fixture<ActionCard>(html`<action-card src=${lab(newId())} action-id="sejour-neige"></action-card>`);
    await settled(el, 30_000);
    expect(shadowText(el)).to.contain('réseau indisponible');
  });
});

describe('a dashboard in a srcdoc iframe', () => {
  it('applies a filter click without a SecurityError from history.replaceState', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="fr"><body>
      <script>window.failures = []; addEventListener('error', (e) => failures.push(String(e.message))); addEventListener('unhandledrejection', (e) => failures.push(String(e.reason)));</script>
      <script type="module" src="/src/define.ts"></script>
      <impact-dashboard src="/test/fixtures/mini-feed.json"></impact-dashboard></body></html>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as (Window & { failures?: string[] }) | null;
      const dashboard = () => win()?.document.querySelector('impact-dashboard')?.shadowRoot;
      await until(() => !!dashboard()?.querySelector('button[aria-pressed="false"]'), 'the dashboard’s bars');
      const bar = dashboard()!.querySelector<HTMLButtonElement>('button[aria-pressed="false"]')!;
      bar.click();
      await until(() => bar.getAttribute('aria-pressed') === 'true', 'the filter to apply');
      expect(win()!.failures).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
