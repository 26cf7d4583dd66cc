/**
 * <impact-dashboard> over a published observatory (test/fixtures/observatory, written by
 * `npm run build:observatory` from the sample feed): the same figures, distributions and
 * list as over the raw feed; first figures from the manifest and summary only; shards
 * fetched when a selection needs them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ImpactDashboard } from '../../src/impact-dashboard/impact-dashboard.js';
import type { ActionList } from '../../src/action-list/action-list.js';
import type { DashboardFilters } from '../../src/feed/dashboard.js';
import { axeViolations, settled, shadowText } from './helpers.js';

const OBSERVATORY = '/test/fixtures/observatory/';
const SAMPLE = '/demo/sample-feed.json';

async function dashboard(src: string, filters: DashboardFilters = {}): Promise<ImpactDashboard> {
  const el = await fixture<ImpactDashboard>(html`<impact-dashboard src=${src} no-url .filters=${filters}></impact-dashboard>`);
  await settled(el, 15000);
  return el;
}

const part = (el: ImpactDashboard, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`)!;
const figures = (el: ImpactDashboard) => (part(el, 'figures').textContent ?? '').replace(/\s+/g, ' ').trim();
const bars = (el: ImpactDashboard) => [...el.shadowRoot!.querySelectorAll('[part="bars"]')].map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim());

/** Waits until the list rendered by the dashboard shows its actions. */
async function listOf(el: ImpactDashboard): Promise<ActionList> {
  for (let i = 0; i < 500; i++) {
    await el.updateComplete;
    const list = el.shadowRoot!.querySelector<ActionList>('action-list');
    if (list) {
      await settled(list, 15000);
      return list;
    }
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error('no list');
}

const requested = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.includes('/fixtures/observatory/'));

describe('impact-dashboard over a published observatory', function () {
  // Two dashboards per test on a loaded machine: a generous bound, never a measure.
  this.timeout(60000);

  it('shows the raw feed’s figures and distributions after fetching the manifest and summary only', async () => {
    performance.clearResourceTimings();
    const published = await dashboard(OBSERVATORY);
    expect(requested().map((p) => p.replace(/\.[0-9a-f]{12}\.json$/, '.json'))).to.deep.equal([
      '/test/fixtures/observatory/manifest.json',
      '/test/fixtures/observatory/summary.json',
    ]);
    const rawFeed = await dashboard(SAMPLE);
    expect(figures(published)).to.equal(figures(rawFeed));
    expect(figures(published)).to.contain('38');
    expect(bars(published)).to.deep.equal(bars(rawFeed));
  });

  for (const filters of [{ keyword: 'Parentalité' }, { status: 'terminee' }, { departement: '62', year: 2018 }, { q: 'ski' }] as DashboardFilters[]) {
    it(`answers ${JSON.stringify(filters)} with the raw feed’s figures and list`, async () => {
      const published = await dashboard(OBSERVATORY, filters);
      const rawFeed = await dashboard(SAMPLE, filters);
      expect(figures(published)).to.equal(figures(rawFeed));
      expect(bars(published)).to.deep.equal(bars(rawFeed));
      const titles = async (el: ImpactDashboard) => shadowText(await listOf(el));
      expect(await titles(published)).to.equal(await titles(rawFeed));
    });
  }

  it('fetches only the département’s shards for a département filter', async () => {
    performance.clearResourceTimings();
    const published = await dashboard(OBSERVATORY, { departement: '59' });
    await listOf(published);
    const shards = requested().filter((p) => p.includes('/shards/'));
    expect(shards.length).to.be.greaterThan(0);
    expect(shards.every((p) => /\/shards\/59-(\d+|first)\./.test(p))).to.equal(true);
  });

  it('shows a département’s first page of the list, the raw list’s first cards, while its parts load', async () => {
    // The département's parts are held back until the first page has been looked at.
    const realFetch = window.fetch;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    window.fetch = async (input, init) => {
      if (/\/shards\/62-\d+\./.test(String(input))) await held;
      return realFetch(input, init);
    };
    try {
      const el = await fixture<ImpactDashboard>(html`<impact-dashboard src=${OBSERVATORY} no-url .filters=${{ departement: '62' }}></impact-dashboard>`);
      let cards: Element[] = [];
      for (let i = 0; i < 500 && !cards.length; i++) {
        await new Promise((r) => setTimeout(r, 30));
        cards = [...(el.shadowRoot?.querySelectorAll('[part="first-page"] action-card') ?? [])];
      }
      const rawFeed = await dashboard(SAMPLE, { departement: '62' });
      const rawList = await listOf(rawFeed);
      const rawCards = [...rawList.shadowRoot!.querySelectorAll('action-card')];
      const rawTotal = /\d+/.exec(rawList.shadowRoot!.querySelector('[part="count"]')!.textContent!)![0];
      expect(cards.length).to.be.greaterThan(1);
      await Promise.all(cards.map((c) => (c as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      const text = (c: Element) => shadowText(c as HTMLElement).replace(/\s+/g, ' ').trim();
      expect(cards.map(text)).to.deep.equal(rawCards.slice(0, cards.length).map(text));
      expect(shadowText(el)).to.contain(`${cards.length} premières actions par titre, sur ${rawTotal}`);
      expect(Number(rawTotal)).to.be.greaterThan(cards.length);
      expect(el.shadowRoot!.querySelector('action-list')).to.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
      release();
      expect(shadowText(await listOf(el))).to.equal(shadowText(await listOf(rawFeed)));
      expect(el.shadowRoot!.querySelector('[part="first-page"]')).to.equal(null);
    } finally {
      release();
      window.fetch = realFetch;
    }
  });

  it('reports a missing observatory inside the element', async () => {
    const el = await dashboard('/test/fixtures/no-such-observatory/');
    expect(shadowText(el)).to.match(/HTTP 404|404/);
  });
});
