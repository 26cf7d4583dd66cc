import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { Feed } from '../../src/feed/schema.js';
import { buildSearchIndex } from '../../src/feed/search.js';
import { SearchController } from '../../src/shared/search-controller.js';

/** A feed of `n` actions, large enough that one slice of folding (500 actions) does not finish it. */
function bigFeed(n: number): Pick<Feed, 'actions' | 'structures'> {
  const actions = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, title: `Atelier ${i}`, structureId: 's', keywords: [], public: [], partners: [] }));
  return { structures: [{ id: 's', name: 'Centre' }], actions } as unknown as Pick<Feed, 'actions' | 'structures'>;
}

/** After every timer of `ms` already set: timers of one delay fire in the order they were set. */
const after = (ms: number) => new Promise((done) => setTimeout(done, ms));

class SearchHost extends LitElement {
  shown?: Pick<Feed, 'actions' | 'structures'>;
  readonly search = new SearchController(this, () => this.shown, 30);
}
customElements.define('search-controller-host', SearchHost);

describe('SearchController (src/shared/search-controller.ts)', () => {
  it('applies typed changes once, the last one, after a quiet moment; other changes at once', async () => {
    const host = await fixture<SearchHost>(html`<search-controller-host></search-controller-host>`);
    const applied: string[] = [];
    host.search.change(() => applied.push('s'), true);
    host.search.change(() => applied.push('sk'), true);
    host.search.change(() => applied.push('ski'), true);
    expect(applied, 'nothing while typing').to.deep.equal([]);
    await waitUntil(() => applied.length > 0);
    await after(30);
    expect(applied).to.deep.equal(['ski']);
    host.search.change(() => applied.push('typed'), true);
    host.search.change(() => applied.push('menu'));
    expect(applied, 'a menu change applies at once and drops the pending keystroke').to.deep.equal(['ski', 'menu']);
    await after(30);
    expect(applied).to.deep.equal(['ski', 'menu']);
  });

  it('drops a pending change when the element leaves the page', async () => {
    const host = await fixture<SearchHost>(html`<search-controller-host></search-controller-host>`);
    const applied: string[] = [];
    host.search.change(() => applied.push('late'), true);
    host.remove();
    await after(30);
    expect(applied).to.deep.equal([]);
  });

  it('folds the shown feed’s search index in idle time, once per feed, and not without a feed', async () => {
    const host = await fixture<SearchHost>(html`<search-controller-host></search-controller-host>`);
    const untouched = bigFeed(1200);
    host.requestUpdate();
    await host.updateComplete;
    await host.search.warmed;
    expect(buildSearchIndex(untouched, 0), 'no feed shown: nothing folded (one budget-less slice cannot finish 1,200)').to.equal(false);

    const feed = bigFeed(1200);
    host.shown = feed;
    host.requestUpdate();
    await host.updateComplete;
    const warmed = host.search.warmed;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.search.warmed, 'the same feed is not folded twice').to.equal(warmed);
    await warmed;
    expect(buildSearchIndex(feed, 0), 'complete before the first key press').to.equal(true);
  });
});
