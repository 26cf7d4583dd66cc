// Where a feed comes from without waiting: a JSON script printed by the CMS (no request), a page's
// <link rel="preload"> (reused, not downloaded twice), and the CDN entry's prefetch (shared with the element).
import { expect, fixture, html } from '@open-wc/testing';
import { FundingBreakdown } from '../../src/funding-breakdown/funding-breakdown.js';
import { clearFeedCache, loadFeed } from '../../src/feed/load.js';
import { prefetchFeeds } from '../../src/prefetch.js';
import { SKI_STAY } from '../unit/ski-stay.js';
import { fold, rendered, settled, shadowText, uniqueUrl } from './helpers.js';

if (!customElements.get('funding-breakdown')) customElements.define('funding-breakdown', FundingBreakdown);

const FEED = { version: '1.0', structures: [{ id: 's', name: 'Centre social' }], actions: [SKI_STAY] };
const json = (value: unknown) => JSON.stringify(value).replaceAll('<', '\\u003c');

/** Resource timing entries of `url`: one per download the browser made (preloads included). */
const downloads = (url: string) => performance.getEntriesByName(new URL(url, location.href).href, 'resource').length;
const fetches = () => performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'fetch').length;

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

describe('zod on demand', () => {
  // Listed before any other test of this file, so that nothing has imported zod's side yet.
  const zodDownloaded = () => performance.getEntriesByType('resource').some((e) => /\/feed\/validate\.(ts|js)|\/chunks\/validate-/.test(e.name));

  it('reads a valid feed without downloading zod, and downloads it to explain an invalid fiche', async function () {
    this.timeout(60_000);
    const { parseFeedAsync } = await import('../../src/feed/parse.js');
    const valid = await parseFeedAsync(structuredClone(FEED));
    expect([...valid.actionById.keys()]).to.deep.equal(['ski']);
    expect(zodDownloaded()).to.equal(false);

    const broken = { ...FEED, actions: [SKI_STAY, { id: 'autre', structureId: 's', title: 'Autre', budget: { total: 'beaucoup' } }] };
    const explained = await parseFeedAsync(broken);
    expect(zodDownloaded()).to.equal(true);
    expect([...explained.actionById.keys()]).to.deep.equal(['ski', 'autre']);
    expect(explained.issues.map(({ path, code, rejected }) => ({ path, code, rejected }))).to.deep.equal([
      { path: ['actions', 1, 'budget', 'total'], code: 'type', rejected: false },
    ]);
  });
});

/** Generous: the validator's modules are many files under the dev server of a loaded machine. */
const SETTLE_MS = 30_000;

describe('feeds inlined by the CMS', () => {
  // The first test would otherwise pay for downloading the validator's modules.
  before(async function () {
    this.timeout(60_000);
    await import('../../src/feed/parse.js');
  });
  afterEach(() => clearFeedCache());

  it('reads a <script type="application/json"> inside the tag, without any request', async () => {
    const before = fetches();
    const el = await fixture<FundingBreakdown>(
      `<funding-breakdown action-id="ski"><script type="application/json">${json(FEED)}</script></funding-breakdown>`,
    );
    await settled(el, SETTLE_MS);
    expect(fold(el.shadowRoot!.querySelector('.headline')!.textContent)).to.equal('Budget : 21 280 €');
    expect(fetches()).to.equal(before);
  });

  it('reads the script src="#id" names, beside the tags, for every element naming it', async () => {
    const box = await fixture<HTMLDivElement>(`<div>
      <script type="application/json" id="flux-ski">${json(FEED)}</script>
      <funding-breakdown src="#flux-ski" action-id="ski"></funding-breakdown>
      <funding-breakdown src="#flux-ski" action-id="ski" type="bar"></funding-breakdown>
    </div>`);
    const charts = [...box.querySelectorAll<FundingBreakdown>('funding-breakdown')];
    for (const chart of charts) await settled(chart, SETTLE_MS);
    expect(charts.map((c) => fold(c.shadowRoot!.querySelector('.headline')!.textContent))).to.deep.equal([
      'Budget : 21 280 €',
      'Budget : 21 280 €',
    ]);
  });

  it('says which script is missing when src="#id" names none', async () => {
    const el = await rendered<FundingBreakdown>(html`<funding-breakdown src="#pas-de-flux" action-id="ski"></funding-breakdown>`);
    expect(shadowText(el)).to.contain('Aucun script JSON « #pas-de-flux » dans la page');
  });

  it('reports invalid JSON in the script as a JSON error', async () => {
    const el = await fixture<FundingBreakdown>(
      '<funding-breakdown action-id="ski"><script type="application/json">{"version": "1.0",</script></funding-breakdown>',
    );
    await settled(el, SETTLE_MS);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    expect(shadowText(el)).not.to.contain('21 280');
  });
});

describe('feeds started before the element asks', () => {
  afterEach(() => clearFeedCache());

  it('reuses a page’s <link rel="preload" as="fetch" crossorigin> instead of downloading the feed again', async () => {
    const url = uniqueUrl('/demo/sample-feed.json');
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href: url, crossOrigin: 'anonymous' });
    const loaded = new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
    });
    document.head.append(link);
    try {
      await loaded;
      const feed = await loadFeed(url);
      expect(feed.actionById.has('mise-en-place-sejour-au-ski-interquartier')).to.equal(true);
      expect(downloads(url)).to.equal(1);
    } finally {
      link.remove();
    }
  });

  it('prefetchFeeds starts the download of every tag’s feed, and the element’s load shares it', async () => {
    const url = uniqueUrl('/demo/sample-feed.json');
    const urlB = uniqueUrl('/demo/sample-feed.json');
    const box = await fixture<HTMLDivElement>(`<div>
      <vitrine-lazy-test src="${url}"></vitrine-lazy-test>
      <vitrine-lazy-test src="#inline-only"></vitrine-lazy-test>
      <vitrine-dashboard-test><vitrine-source src="${urlB}"></vitrine-source></vitrine-dashboard-test>
    </div>`);
    prefetchFeeds(['vitrine-lazy-test', 'vitrine-dashboard-test'], box);
    await until(() => downloads(url) === 1 && downloads(urlB) === 1, 'both prefetched feeds');
    const [a, b] = await Promise.all([loadFeed(url), loadFeed(url)]);
    expect(a).to.equal(b);
    expect(downloads(url)).to.equal(1);
    // `#inline-only` names a script of the page: nothing was requested for it (not even the page itself).
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('#inline-only'))).to.equal(false);
  });
});
