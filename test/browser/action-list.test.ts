import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { ActionList } from '../../src/action-list/action-list.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { makeFeed } from '../../scripts/make-feed.mjs';
import { axeViolations, settled, shadowText } from './helpers.js';

const SAMPLE = '/demo/sample-feed.json';

interface RawAction {
  id: string;
  title: string;
  structureId: string;
  summary?: string;
  keywords?: string[];
  public?: string[];
  budget?: { total?: number; revenues?: { amount?: number }[]; expenses?: { amount?: number }[] };
}
interface RawFeed {
  structures: { id: string; name: string }[];
  actions: RawAction[];
}

const raw: RawFeed = await (await fetch(SAMPLE)).json();
/** Folding written here again, independently of src/feed/search.ts. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

async function list(template: ReturnType<typeof html>): Promise<ActionList> {
  const el = await fixture<ActionList>(template);
  await settled(el);
  return el;
}
const root = (el: ActionList) => el.shadowRoot!;
const cards = (el: ActionList) => [...root(el).querySelectorAll('action-card')];
const cardIds = (el: ActionList) => cards(el).map((c) => (c.action as { id: string }).id);
const count = (el: ActionList) => root(el).querySelector('[part="count"]')!.textContent!.trim();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function search(el: ActionList, text: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('input[name="q"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await wait(300);
  await el.updateComplete;
}

async function choose(el: ActionList, name: string, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

describe('<action-list>', () => {
  it('shows a first page of compact cards, announces the count, and adds pages on demand', async () => {
    const el = await list(html`<action-list src=${SAMPLE}></action-list>`);
    const n = raw.actions.length;
    expect(count(el)).to.equal(`${n} actions`);
    expect(root(el).querySelector('[part="count"]')!.getAttribute('role')).to.equal('status');
    expect(cards(el)).to.have.length(20);
    expect(cards(el).every((c) => c.getAttribute('variant') !== 'full')).to.equal(true);
    const more = root(el).querySelector<HTMLButtonElement>('[part="more"]')!;
    expect(more.textContent!.trim()).to.equal(`Afficher plus (20 sur ${n})`);
    more.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(cards(el)).to.have.length(Math.min(40, n));
    // Focus lands on the first card added.
    expect(root(el).activeElement).to.equal(root(el).querySelectorAll('[part="item"]')[20]);
    if (n <= 40) expect(root(el).querySelector('[part="more"]')).to.equal(null);
  });

  it('passes each card its action and structure', async () => {
    const el = await list(html`<action-list src=${SAMPLE}></action-list>`);
    const card = cards(el)[0]!;
    const id = (card.action as { id: string }).id;
    const action = raw.actions.find((a) => a.id === id)!;
    expect((card.structure as { name: string }).name).to.equal(raw.structures.find((s) => s.id === action.structureId)!.name);
  });

  it('sorts titles in French order, ignoring case, accents and quotes', async () => {
    const el = await list(html`<action-list src=${SAMPLE} page-size="100"></action-list>`);
    const collator = new Intl.Collator('fr', { numeric: true, ignorePunctuation: true });
    const expected = raw.actions.map((a) => a.title).sort(collator.compare);
    expect(cards(el).map((c) => (c.action as { title: string }).title)).to.deep.equal(expected);
  });

  it('sorts by budget, largest first, actions without a budget last', async () => {
    const el = await list(html`<action-list src=${SAMPLE} page-size="100"></action-list>`);
    const sortSelect = root(el).querySelector<HTMLSelectElement>('.sort select')!;
    sortSelect.value = 'budget';
    sortSelect.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.sort).to.equal('budget');
    const sum = (xs?: { amount?: number }[]) => (xs ?? []).reduce((s, x) => s + (x.amount ?? 0), 0);
    const cost = (a: RawAction) => a.budget?.total ?? (Math.max(sum(a.budget?.revenues), sum(a.budget?.expenses)) || undefined);
    const costs = cardIds(el).map((id) => cost(raw.actions.find((a) => a.id === id)!));
    const given = costs.filter((c) => c !== undefined) as number[];
    expect(given).to.deep.equal([...given].sort((a, b) => b - a));
    expect(costs.slice(given.length).every((c) => c === undefined)).to.equal(true);
    expect(given[0]).to.equal(Math.max(...raw.actions.map((a) => cost(a) ?? 0)));
  });

  it('searches without accents or case, in every field', async () => {
    const el = await list(html`<action-list src=${SAMPLE} page-size="100"></action-list>`);
    await search(el, 'ete en FAMILLE');
    expect(cardIds(el)).to.include('un-ete-en-familles');
    await search(el, 'séjour');
    const withAccent = cardIds(el);
    await search(el, 'SEJOUR');
    expect(cardIds(el)).to.deep.equal(withAccent);
    const inTitles = raw.actions.filter((a) => fold(a.title).includes('sejour')).map((a) => a.id);
    expect(inTitles.length).to.be.greaterThan(1);
    for (const id of inTitles) expect(withAccent).to.include(id);
    expect(count(el)).to.equal(`${withAccent.length} actions`);
  });

  it('filters by keyword and says so when nothing matches, offering to reset', async () => {
    const el = await list(html`<action-list src=${SAMPLE} page-size="100"></action-list>`);
    await choose(el, 'keyword', 'Santé');
    const expected = raw.actions.filter((a) => (a.keywords ?? []).some((k) => fold(k) === 'sante')).map((a) => a.id);
    expect([...cardIds(el)].sort()).to.deep.equal([...expected].sort());
    await search(el, 'zzzzqqq');
    expect(cards(el)).to.have.length(0);
    expect(count(el)).to.equal('0 action');
    expect(shadowText(el)).to.contain('Aucune action ne correspond à ces critères.');
    const reset = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Effacer les filtres')!;
    reset.click();
    await el.updateComplete;
    expect(count(el)).to.equal(`${raw.actions.length} actions`);
    expect(root(el).querySelector<HTMLSelectElement>('select[name="keyword"]')!.value).to.equal('');
    expect(root(el).querySelector<HTMLInputElement>('input[name="q"]')!.value).to.equal('');
  });

  it('is usable with the keyboard alone', async () => {
    const el = await list(html`<action-list src=${SAMPLE}></action-list>`);
    root(el).querySelector<HTMLInputElement>('input[name="q"]')!.focus();
    await sendKeys({ type: 'insertion' });
    await wait(300);
    await el.updateComplete;
    const found = raw.actions.filter((a) => fold(a.title).includes('insertion')).length;
    expect(cards(el).length).to.be.at.least(found);
    expect(cards(el).length).to.be.below(raw.actions.length);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement!.getAttribute('name')).to.equal('departement');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.filters.departement).to.match(/^\d\d$|^2[AB]$|^97\d$/);
  });

  it('stays small in the page with 10,000 actions', async () => {
    const sample = raw as unknown as FeedInput;
    const feed = makeFeed(10_000, 3, sample);
    const start = performance.now();
    const el = await list(html`<action-list .feed=${feed}></action-list>`);
    const ms = performance.now() - start;
    console.log(`<action-list> 10,000 actions: first render ${ms.toFixed(0)} ms`);
    expect(count(el)).to.equal('10\u202f000 actions');
    expect(cards(el)).to.have.length(20);
    const t0 = performance.now();
    await search(el, 'jardin');
    console.log(`<action-list> 10,000 actions: search ${(performance.now() - t0 - 300).toFixed(0)} ms after the typing delay`);
    expect(cards(el).every((c) => fold((c.action as { title: string }).title + JSON.stringify(c.action)).includes('jardin'))).to.equal(true);
  });

  it('has no axe violations, with and without results', async () => {
    const el = await list(html`<action-list src=${SAMPLE}></action-list>`);
    for (const c of cards(el)) await c.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
    await search(el, 'zzzzqqq');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('speaks English with lang="en"', async () => {
    const el = await list(html`<action-list lang="en" src=${SAMPLE}></action-list>`);
    expect(shadowText(el)).to.contain('Sort by');
    expect(root(el).querySelector('[part="more"]')!.textContent).to.contain('Show more');
  });
});
