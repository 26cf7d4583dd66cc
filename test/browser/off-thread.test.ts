// A large feed (a megabyte or more) is read in a module Worker: the same figures, issues and messages as the
// main-thread path, a fallback where no worker can start, and progress announced on the way. The feeds are served
// over HTTP by the test server (echoFeed), as a page's would be.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ImpactDashboard } from '../../src/impact-dashboard/impact-dashboard.js';
import { loadFeed, type LoadedFeed } from '../../src/feed/load.js';
import { FeedIndex } from '../../src/feed/feed-index.js';
import { parsedCount } from '../../src/feed/lazy-actions.js';
import { isLazy } from '../../src/feed/lazy-rows.js';
import { distributions, headline } from '../../src/feed/dashboard.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { makeFeed } from '../../scripts/make-feed.mjs';
import { axeViolations, settled, shadowText } from './helpers.js';
import { renderLoading } from '../../src/impact-dashboard/loading-view.js';
import { render } from 'lit';
import { loadLang } from '../../src/shared/i18n.js';

const sample = (await (await fetch('/demo/sample-feed.json')).json()) as FeedInput;
/** 2,000 generated actions: about 1.5 MB of JSON, over the worker's threshold (1 MB). */
const LARGE = makeFeed(2_000, 11, sample);

/** Serves a body over HTTP from the test server and returns its URL (each call its own, so nothing is cached). */
async function served(body: string): Promise<string> {
  const id = Math.random().toString(36).slice(2);
  const r = await fetch(`/__echo-feed?id=${id}`, { method: 'POST', body });
  expect(r.ok, 'feed stored').to.equal(true);
  return `/__echo-feed?id=${id}`;
}

/** Counts the workers the page starts (the bundle and the source both name the global `Worker` when they start one). */
const RealWorker = window.Worker;
let started = 0;
function countWorkers(): void {
  started = 0;
  window.Worker = class extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      started++;
    }
  };
}
afterEach(() => {
  window.Worker = RealWorker;
});

/** What the dashboard loaded (its data's value), once it shows it. */
async function dashboardOver(src: string, timeoutMs = 60_000): Promise<{ el: ImpactDashboard; loaded?: LoadedFeed; text: string }> {
  const el = await fixture<ImpactDashboard>(html`<impact-dashboard no-url src=${src}></impact-dashboard>`);
  await settled(el, timeoutMs);
  const loaded = (el as unknown as { data: { value?: { loaded: LoadedFeed } } }).data.value?.loaded;
  return { el, loaded, text: shadowText(el) };
}

/** The same body shown by two dashboards: read in a worker (exactly one started), then on the main thread. */
async function bothWays(body: string): Promise<{ viaWorker: Awaited<ReturnType<typeof dashboardOver>>; onMain: Awaited<ReturnType<typeof dashboardOver>> }> {
  countWorkers();
  const viaWorker = await dashboardOver(await served(body));
  expect(started, 'workers started').to.equal(1);
  window.Worker = undefined as unknown as typeof Worker;
  return { viaWorker, onMain: await dashboardOver(await served(body)) };
}

const same = (a: LoadedFeed, b: LoadedFeed) => {
  expect(JSON.stringify(a.feed)).to.equal(JSON.stringify(b.feed));
  expect(a.issues).to.deep.equal(b.issues);
  expect(a.actionCount).to.equal(b.actionCount);
  expect([...a.actionById.keys()]).to.deep.equal([...b.actionById.keys()]);
  expect([...a.structureById.keys()]).to.deep.equal([...b.structureById.keys()]);
};

describe('off the main thread: a large feed', () => {
  it('is read in a worker and gives exactly what the main thread gives', async () => {
    const body = JSON.stringify(LARGE);
    expect(body.length).to.be.greaterThan(1_000_000);
    countWorkers();
    const viaWorker = await dashboardOver(await served(body));
    expect(started, 'workers started').to.equal(1);
    window.Worker = undefined as unknown as typeof Worker;
    const onMain = await dashboardOver(await served(body));
    expect(viaWorker.loaded!.feed.actions.length).to.equal(2_000);
    same(viaWorker.loaded!, onMain.loaded!);
    // Every figure the dashboard shows, word for word.
    expect(viaWorker.text).to.equal(onMain.text);
    expect(await axeViolations(viaWorker.el)).to.deep.equal([]);
    // A search finds the same actions, whether the worker's folded texts have come yet or not.
    for (const { el } of [viaWorker, onMain]) ((el.filters = { q: 'atelier famille' }), await settled(el, 60_000));
    expect(shadowText(viaWorker.el)).to.equal(shadowText(onMain.el));
    expect(shadowText(viaWorker.el)).not.to.equal(viaWorker.text);
  });

  it('keeps the actions as bytes: after filters the same cards and figures as the main thread, only what is shown read', async () => {
    const { viaWorker, onMain } = await bothWays(JSON.stringify(LARGE));
    const actions = viaWorker.loaded!.feed.actions;
    // The cdn group's page reads the bundle's own copy of lazy-actions.ts, which this file's import does not see.
    const cdnGroup = !!document.querySelector('script[type="importmap"]');
    expect(isLazy(actions), 'the worker’s actions are a lazy array').to.equal(!cdnGroup);
    expect(isLazy(onMain.loaded!.feed.actions), 'the main thread’s are plain').to.equal(false);
    const { structures } = onMain.loaded!.feed;
    const code = structures.find((s) => s.departement)!.departement!;
    const funder = onMain.loaded!.feed.actions.flatMap((a) => a.budget?.revenues ?? []).find((r) => r.funderType)!.funderType!;
    for (const filters of [{ departement: code }, { departement: code, funder }, {}, { funder }]) {
      for (const { el } of [viaWorker, onMain]) ((el.filters = filters), await settled(el, 60_000));
      expect(shadowText(viaWorker.el), JSON.stringify(filters)).to.equal(shadowText(onMain.el));
      const cards = (el: ImpactDashboard) => [...el.shadowRoot!.querySelector('action-list')!.shadowRoot!.querySelectorAll('action-card')].map((c) => (c as unknown as { action: { id: string } }).action.id);
      expect(cards(viaWorker.el), JSON.stringify(filters)).to.deep.equal(cards(onMain.el));
      expect(cards(viaWorker.el).length, 'cards shown').to.be.within(1, 20);
    }
    // Four views of 2,000 actions: their first page of cards each, and the few the bars' ties look at.
    if (!cdnGroup) expect(parsedCount(actions), 'actions parsed').to.be.below(200);
  });

  it('hands over the columnar index of the actions it sends, built in the worker, for the dashboard’s first view', async () => {
    const src = await served(JSON.stringify(LARGE));
    const loaded = await loadFeed(src);
    const parts = loaded.workerIndex!;
    expect(parts.size).to.equal(2_000);
    const index = new FeedIndex(loaded.feed, parts);
    const all = index.select({});
    expect(index.headline(all)).to.deep.equal(headline(loaded.feed.actions, loaded.structureById));
    expect(index.distributions(all)).to.deep.equal(distributions(loaded.feed.actions, loaded.structureById));
    const code = loaded.feed.structures.find((s) => s.departement)!.departement!;
    const some = loaded.feed.actions.filter((a) => loaded.structureById.get(a.structureId)?.departement === code);
    expect(index.headline(index.select({ departement: code }))).to.deep.equal(headline(some, loaded.structureById));
    // The dashboard's first view takes it: its feed no longer holds a second copy of the columns.
    const { loaded: shown } = await dashboardOver(await served(JSON.stringify(LARGE)));
    expect(shown!.feed.actions.length).to.equal(2_000);
    expect('workerIndex' in shown!, 'the index was taken').to.equal(false);
    window.Worker = undefined as unknown as typeof Worker;
    expect((await loadFeed(await served(JSON.stringify(LARGE)))).workerIndex, 'none on the main-thread path').to.equal(undefined);
  });

  it('falls back to the main thread when the worker cannot start (its script not found)', async () => {
    window.Worker = class extends RealWorker {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super('/no-such-worker.js', options);
        started++;
      }
    };
    started = 0;
    const { loaded } = await dashboardOver(await served(JSON.stringify(LARGE)));
    expect(started, 'a worker was tried').to.equal(1);
    expect(loaded!.feed.actions.length).to.equal(2_000);
  });

  it('explains invalid fiches as the main thread does: the same issues, the same warning', async () => {
    const broken = structuredClone(LARGE) as { actions: Record<string, unknown>[] };
    broken.actions[3]!.title = 42;
    broken.actions[1_500]!.budget = { total: 'beaucoup' };
    delete broken.actions[1_999]!.id;
    const { viaWorker, onMain } = await bothWays(JSON.stringify(broken));
    same(viaWorker.loaded!, onMain.loaded!);
    expect(viaWorker.loaded!.issues.filter((i) => i.rejected).length).to.equal(2);
    const warning = (el: ImpactDashboard) => el.shadowRoot!.querySelector('[data-tone="warning"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(warning(viaWorker.el)).to.equal(warning(onMain.el));
    expect(warning(viaWorker.el)).to.contain('2 fiches sur 2');
  });

  for (const [what, body] of [
    ['a body that is not JSON', `${JSON.stringify(LARGE).slice(0, -10)} oups`],
    ['JSON that is not a feed', JSON.stringify({ actions: LARGE.actions })],
  ] as const) {
    it(`${what}: the same localized error as on the main thread`, async () => {
      countWorkers();
      const viaWorker = await dashboardOver(await served(body));
      expect(started).to.equal(1);
      window.Worker = undefined as unknown as typeof Worker;
      const onMain = await dashboardOver(await served(body));
      const error = (el: ImpactDashboard) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim();
      expect(error(viaWorker.el)).to.be.a('string').and.equal(error(onMain.el));
    });
  }

  it('announces its progress (a bar counting the fiches read up to all of them) and shows the figures early', async () => {
    const body = JSON.stringify(LARGE);
    const el = document.createElement('impact-dashboard') as ImpactDashboard;
    el.setAttribute('no-url', '');
    const said: string[] = [];
    const values: number[] = [];
    let early: string | undefined;
    const folded = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
    // Every state the bar is put in, recorded as it is rendered (no timing involved).
    const watch = new MutationObserver(() => {
      early ??= folded(el.shadowRoot?.querySelector('[part="skeleton"] .figures'));
      const bar = el.shadowRoot?.querySelector('[role="progressbar"]');
      if (!bar) return;
      const text = bar.getAttribute('aria-valuetext')!;
      if (said.at(-1) !== text) said.push(text);
      const now = bar.getAttribute('aria-valuenow');
      if (now !== null && values.at(-1) !== Number(now)) values.push(Number(now));
    });
    el.src = await served(body);
    document.body.append(el);
    await el.updateComplete;
    watch.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuetext', 'aria-valuenow'] });
    await settled(el, 60_000);
    watch.disconnect();
    // The worker's headline, shown while the actions came over, is the finished dashboard's.
    expect(early, 'figures shown while loading').to.be.a('string');
    expect(early).to.equal(folded(el.shadowRoot!.querySelector('[part="figures"] .figures')));
    el.remove();
    expect(said.at(-1)).to.equal('2\u202f000 / 2\u202f000 fiches lues');
    expect(values.at(-1)).to.equal(100);
    expect([...values].sort((a, b) => a - b), 'never goes back').to.deep.equal(values);
    expect(said.some((s) => /Mo téléchargés$/.test(s)), `downloaded megabytes said (${said.join(' | ')})`).to.equal(true);
  });
});

describe('the loading view', () => {
  before(() => loadLang('en'));

  const shown = (progress: Parameters<typeof renderLoading>[0], lang: 'fr' | 'en') => {
    const host = document.createElement('div');
    render(renderLoading(progress, lang), host);
    return host.querySelector('[role="progressbar"]')!;
  };

  it('says the fiches read and how far, in French and in English', () => {
    const fr = shown({ bytes: 76e6, read: 34_000, actions: 100_000 }, 'fr');
    expect(fr.getAttribute('aria-valuetext')).to.equal('34\u202f000 / 100\u202f000 fiches lues');
    expect(fr.getAttribute('aria-valuenow')).to.equal(String(Math.round(40 + 0.34 * 60)));
    const en = shown({ bytes: 76e6, read: 34_000, actions: 100_000 }, 'en');
    expect(en.getAttribute('aria-valuetext')).to.equal('34,000 / 100,000 records read');
  });

  it('while a worker reads the body as it arrives: the fiches read so far, the bar moving with its bytes once the size is known', () => {
    const downloading = shown({ bytes: 38e6, totalBytes: 76e6, read: 12_000, readBytes: 9e6 }, 'fr');
    expect(downloading.getAttribute('aria-valuetext')).to.equal('38 / 76 Mo téléchargés · 12\u202f000 fiches lues');
    expect(downloading.getAttribute('aria-valuenow'), 'the download only: the size of a compressed body is not known yet').to.equal('15');
    const reading = shown({ bytes: 76e6, totalBytes: 76e6, bodyIn: true, read: 34_000, readBytes: 38e6 }, 'en');
    expect(reading.getAttribute('aria-valuetext')).to.equal('34,000 records read');
    expect(reading.getAttribute('aria-valuenow')).to.equal(String(30 + 20));
    const counted = shown({ bytes: 76e6, totalBytes: 76e6, bodyIn: true, read: 100_000, readBytes: 76e6, actions: 100_000, received: 0 }, 'fr');
    expect(counted.getAttribute('aria-valuetext')).to.equal('100\u202f000 / 100\u202f000 fiches lues');
    expect(counted.getAttribute('aria-valuenow')).to.equal('70');
  });

  it('says the megabytes downloaded, against the announced length when there is one', () => {
    const known = shown({ bytes: 12_300_000, totalBytes: 76_000_000 }, 'fr');
    expect(known.getAttribute('aria-valuetext')).to.equal('12,3 / 76 Mo téléchargés');
    expect(known.getAttribute('aria-valuenow')).to.equal(String(Math.round((30 * 12.3) / 76)));
    const unknown = shown({ bytes: 12_300_000 }, 'en');
    expect(unknown.getAttribute('aria-valuetext')).to.equal('12.3 MB downloaded');
    expect(unknown.hasAttribute('aria-valuenow'), 'no position without a length').to.equal(false);
  });

  it('is busy and reserves the dashboard’s frames', () => {
    const host = document.createElement('div');
    render(renderLoading(undefined, 'fr'), host);
    expect(host.firstElementChild!.getAttribute('aria-busy')).to.equal('true');
    expect(host.querySelectorAll('.frame').length).to.equal(8);
  });
});
