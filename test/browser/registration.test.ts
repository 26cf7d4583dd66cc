/**
 * Registration through each entry (`define()` of vitrine/define.js and the CDN bundle's own `define`), under the
 * tags' own names and renamed, in the document and in a site's own shadow root: every element a dashboard nests
 * (charts, map, list and the list's cards) must be defined under the names registered with it and render.
 * The cdn group's page has loaded dist/cdn/vitrine.js: there the tags' own names and the CDN's renames are the
 * bundle's, and the source's `define` registers beside it.
 */
import { expect } from '@open-wc/testing';

const onCdnPage = customElements.get('impact-dashboard') !== undefined;
const CDN_BUNDLE = '/dist/cdn/vitrine.js';
type Define = (renames?: Record<string, string>) => void;

await import('../../src/define.js');
const npm = (await import('../../src/elements.js')).define as Define;
const cdn = ((await (onCdnPage ? import(/* @vite-ignore */ CDN_BUNDLE) : import('../../src/autoload.js'))) as { define: Define }).define;

const TAGS = ['action-card', 'funding-breakdown', 'staffing-chart', 'action-list', 'impact-dashboard', 'territory-map'] as const;
type Tag = (typeof TAGS)[number];
type Names = Record<Tag, string>;
const OWN = Object.fromEntries(TAGS.map((t) => [t, t])) as Names;
const renamed = (prefix: string) => Object.fromEntries(TAGS.map((t) => [t, `${prefix}-${t.replace('-', '')}`])) as Names;

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** What each element shows once ready: a selector in its shadow root. */
const READY: Record<Tag, string> = {
  'action-card': '[part="title"]',
  'funding-breakdown': '.graphic',
  'staffing-chart': '.graphic',
  'territory-map': 'path.area',
  'action-list': '[part="count"]',
  'impact-dashboard': '[part="figures"]',
};

/** Waits until `el` is the element registered as `tag` (renamed or not) and shows its content. */
async function ready(el: Element | null | undefined, tag: Tag, names: Names): Promise<Element> {
  expect(el, `<${names[tag]}>`).to.exist;
  await until(() => customElements.get(names[tag]) !== undefined && !!el!.shadowRoot?.querySelector(READY[tag]), `<${names[tag]}> to render`);
  return el!;
}

/** The dashboard and everything it nests, under `names`. */
async function dashboardRenders(dashboard: Element, names: Names): Promise<void> {
  await ready(dashboard, 'impact-dashboard', names);
  const root = dashboard.shadowRoot!;
  await until(() => !!root.querySelector(names['action-list']), `<${names['action-list']}> in the dashboard`);
  for (const tag of ['funding-breakdown', 'staffing-chart', 'territory-map', 'action-list'] as const) {
    await ready(root.querySelector(names[tag]), tag, names);
  }
  const map = root.querySelector(names['territory-map'])!;
  await until(() => map.shadowRoot!.querySelectorAll('path.area').length === 101, 'the map to draw 101 départements');
  const list = root.querySelector(names['action-list'])!;
  await until(() => list.shadowRoot!.querySelectorAll(names['action-card']).length === 4, `4 <${names['action-card']}> in the list`);
  for (const card of list.shadowRoot!.querySelectorAll(names['action-card'])) await ready(card, 'action-card', names);
  // No element under a name of another family: the tags' own names appear only where they are the family's.
  for (const tag of TAGS) if (names[tag] !== tag) expect(root.querySelector(tag), `<${tag}> inside <${names['impact-dashboard']}>`).to.equal(null);
}

const FEED = '/test/fixtures/mini-feed.json';
const markup = (names: Names) => `<${names['impact-dashboard']} no-url src="${FEED}"></${names['impact-dashboard']}>`;

const created: Element[] = [];

/** A site's own component: a shadow root of its own holding the dashboard. */
function foreignRoot(mode: ShadowRootMode): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  created.push(host);
  return host.attachShadow({ mode });
}

function inDocument(names: Names): Element {
  const wrapper = document.createElement('section');
  wrapper.innerHTML = markup(names);
  document.body.append(wrapper);
  created.push(wrapper);
  return wrapper.firstElementChild!;
}

function inShadowRoot(names: Names, mode: ShadowRootMode = 'open'): Element {
  const root = foreignRoot(mode);
  root.innerHTML = markup(names);
  return root.firstElementChild!;
}

describe('registration', () => {
  afterEach(() => {
    for (const el of created.splice(0)) el.remove();
  });

  it(`${onCdnPage ? 'the CDN bundle' : 'define.js'}: a dashboard with its charts, map and cards, in the document`, async () => {
    await dashboardRenders(inDocument(OWN), OWN);
  });

  it(`${onCdnPage ? 'the CDN bundle' : 'define.js'}: the same inside a site's own shadow root, open or closed`, async () => {
    await dashboardRenders(inShadowRoot(OWN), OWN);
    await dashboardRenders(inShadowRoot(OWN, 'closed'), OWN);
  });

  it('define() with every tag renamed: the dashboard nests the renamed tags, in the document and in shadow roots', async () => {
    const names = renamed('npm');
    npm(names);
    // The map's code and geometry wait for its tag.
    expect(customElements.get(names['territory-map'])).to.equal(undefined);
    for (const tag of TAGS.filter((t) => t !== 'territory-map')) expect(customElements.get(names[tag]), names[tag]).to.exist;
    await dashboardRenders(inDocument(names), names);
    await dashboardRenders(inShadowRoot(names, 'closed'), names);
  });

  it("the CDN's define with every tag renamed: loaded on demand, also in a shadow root that was there before", async () => {
    const names = renamed('cdn');
    // An open shadow root attached before the registration (a site's component already on the page).
    const early = inShadowRoot(names);
    cdn(names);
    // The card and charts are in the bundle itself; the list, the dashboard and the map wait for their tag.
    for (const tag of ['action-card', 'funding-breakdown', 'staffing-chart'] as const) expect(customElements.get(names[tag]), names[tag]).to.exist;
    await dashboardRenders(early, names);
    await dashboardRenders(inShadowRoot(names, 'closed'), names);
    await dashboardRenders(inDocument(names), names);
  });

  it('a second registration under the same names changes nothing and does not throw', () => {
    const before = TAGS.map((t) => customElements.get(t));
    expect(() => npm()).not.to.throw();
    expect(() => cdn()).not.to.throw();
    expect(() => npm(renamed('npm'))).not.to.throw();
    expect(TAGS.map((t) => customElements.get(t))).to.deep.equal(before);
  });
});
