// What a funder sees of the layout: themes that reach nested elements, a grid that fills wide
// containers, labels that wrap between words, and the keyboard shortcuts of the dashboard.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import '../../src/territory-map/define.js';
import type { ImpactDashboard } from '../../src/impact-dashboard/impact-dashboard.js';
import { settled } from './helpers.js';

const SAMPLE = '/demo/sample-feed.json';

/** Waits for an element and every Vitrine element rendered inside it (one level of nesting and the list's cards). */
async function deepSettled(el: HTMLElement & { updateComplete: Promise<unknown> }): Promise<void> {
  await settled(el as never);
  for (let i = 0; i < 200; i++) {
    const nested = [...el.shadowRoot!.querySelectorAll('*')].filter((n) => n.shadowRoot) as (HTMLElement & { updateComplete?: Promise<unknown> })[];
    await Promise.all(nested.map((n) => n.updateComplete));
    if (nested.every((n) => !n.shadowRoot!.querySelector('[aria-busy="true"]'))) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('nested elements still loading');
}

async function dashboard(width: number, style = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px; ${style}`}><impact-dashboard no-url src=${SAMPLE}></impact-dashboard></div>`);
  const el = wrapper.querySelector('impact-dashboard') as ImpactDashboard;
  await deepSettled(el);
  return el;
}

/** Words of an element's text that a line break cuts in two (a word whose letters sit on two lines). */
function splitWords(el: Element): string[] {
  const cut: string[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const m of text.matchAll(/[^\s\u00a0\u202f]+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) cut.push(m[0]);
    }
  }
  return cut;
}

/** How many lines an element's text takes: its text boxes, a new line where one starts below the last one's bottom
 * (a number and its smaller unit share a line with different tops). */
function lineCount(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  const boxes = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top);
  let lines = 0;
  let bottom = -Infinity;
  for (const r of boxes) {
    if (r.top >= bottom - 1) lines++;
    bottom = Math.max(r.top >= bottom - 1 ? r.bottom : bottom, r.bottom);
  }
  return lines;
}

describe('theming reaches every nested element', () => {
  it('the dashboard’s dark tokens and font reach its charts, its map and its cards', async () => {
    const el = await dashboard(1000, '--vitrine-color-surface: rgb(29, 27, 38); --vitrine-color-text: rgb(242, 240, 250); --vitrine-font-family: Georgia, serif;');
    const nested = ['funding-breakdown', 'staffing-chart', 'territory-map'].map((tag) => el.shadowRoot!.querySelector(tag)!);
    const list = el.shadowRoot!.querySelector('action-list')!;
    const card = list.shadowRoot!.querySelector('action-card')! as HTMLElement & { updateComplete: Promise<unknown> };
    await waitUntil(() => card.shadowRoot?.querySelector('article'), 'the first card is drawn', { timeout: 10_000 });
    for (const child of [...nested, card]) {
      const frame = child.shadowRoot!.querySelector('.frame, article');
      expect(frame, `${child.localName} drawn`).to.not.equal(null);
      const style = getComputedStyle(frame!);
      expect([child.localName, style.backgroundColor]).to.deep.equal([child.localName, 'rgb(29, 27, 38)']);
      expect([child.localName, style.color]).to.deep.equal([child.localName, 'rgb(242, 240, 250)']);
      expect([child.localName, style.fontFamily]).to.deep.equal([child.localName, 'Georgia, serif']);
    }
  });

  it('an element on its own still gets the default tokens', async () => {
    const el = await fixture<HTMLElement>(html`<funding-breakdown src=${SAMPLE} action-id="allez-les-filles"></funding-breakdown>`);
    await settled(el as never);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.frame')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});

describe('the dashboard’s layout', () => {
  it('fills a wide container: two charts side by side, then the map across, no empty column', async () => {
    for (const width of [1200, 1600]) {
      const el = await dashboard(width);
      const panels = el.shadowRoot!.querySelector('.panels')!;
      const columns = getComputedStyle(panels).gridTemplateColumns.split(' ');
      expect([width, columns.length]).to.deep.equal([width, 2]);
      const [a, b, map] = [...panels.children].map((c) => c.getBoundingClientRect());
      expect(Math.round(a!.top)).to.equal(Math.round(b!.top));
      expect(Math.round(a!.width + b!.width + 16)).to.be.closeTo(Math.round(panels.getBoundingClientRect().width), 2);
      expect(Math.round(map!.width)).to.equal(Math.round(panels.getBoundingClientRect().width));
    }
  });

  it('keeps each headline figure with its unit on one line, from a phone to a wide screen', async () => {
    // At 1100 px (the demo page at 1280) the five figures shared equal columns and "Moyens humains" broke
    // "3,5 ETP dont / salariés" and "2,9 ETP / bénévoles" over four lines.
    for (const width of [343, 768, 1100, 1280, 1600]) {
      const el = await dashboard(width);
      const figures = [...el.shadowRoot!.querySelectorAll('[part="figure"]')];
      expect(figures.length).to.equal(5);
      const lines = figures.map((f) => [f.querySelector('dt')!, ...f.querySelectorAll('.value > span')].map(lineCount));
      expect([width, lines.flat().filter((n) => n !== 1)]).to.deep.equal([width, []]);
      // Each value on its own lines and no more: the staffing figure's three, "au moins" over the beneficiaries,
      // "≈ 513 700 €" whole (the ≈ once fell on a line of its own).
      const valueLines = figures.map((f) => lineCount(f.querySelector('.value')!));
      expect([width, valueLines]).to.deep.equal([width, [1, 1, 1, 3, 2]]);
    }
  });

  it('wraps legend labels and headline figures between words in dashboards 343 to 1240 px wide and in charts 240 to 420 px wide', async () => {
    // At 1100 px (the demo page) the panels sit two by two and the legend beside the donut is narrow ("Départemen/t" once).
    for (const width of [343, 700, 900, 1100, 1240]) {
      const el = await dashboard(width);
      const root = el.shadowRoot!;
      const charts = ['funding-breakdown', 'staffing-chart'].map((tag) => root.querySelector(tag)!.shadowRoot!);
      const legends = charts.flatMap((r) => [...r.querySelectorAll('[part="legend"]')]);
      expect(legends.length).to.be.greaterThan(1);
      expect([width, legends.flatMap(splitWords)]).to.deep.equal([width, []]);
      expect([width, [...root.querySelectorAll('[part="figure"]')].flatMap(splitWords)]).to.deep.equal([width, []]);
    }
    for (const width of [240, 280, 320, 360, 420]) {
      const wrapper = await fixture<HTMLElement>(html`<div style=${`width: ${width}px`}>
        <funding-breakdown src=${SAMPLE} show="both"></funding-breakdown><staffing-chart src=${SAMPLE}></staffing-chart>
      </div>`);
      for (const chart of wrapper.children) {
        await settled(chart as never);
        const cut = [...chart.shadowRoot!.querySelectorAll('[part="legend"]')].flatMap(splitWords);
        expect([chart.localName, width, cut]).to.deep.equal([chart.localName, width, []]);
      }
    }
  });
});

describe('the dashboard from the keyboard', () => {
  it('offers a skip link past the filters as its first tab stop', async () => {
    const el = await dashboard(1000);
    const link = el.shadowRoot!.querySelector<HTMLButtonElement>('.skip-link')!;
    expect(link.textContent).to.equal('Aller aux chiffres (passer les filtres)');
    const before = await fixture<HTMLButtonElement>(html`<button>avant</button>`);
    el.before(before);
    before.focus();
    // Unfocused, it takes no visible room (it once showed over the text above the dashboard).
    const hidden = link.getBoundingClientRect();
    expect([hidden.width <= 1, hidden.height <= 1]).to.deep.equal([true, true]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(link);
    const shown = link.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(shown.height).to.be.greaterThan(10);
    // Focused, it sits inside the dashboard, above the filters, covering nothing of the page.
    expect(shown.top).to.be.at.least(host.top);
    expect(shown.bottom).to.be.at.most(el.shadowRoot!.querySelector('[part="controls"]')!.getBoundingClientRect().top);
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#figures'));
    await sendKeys({ press: 'Tab' });
    const next = el.shadowRoot!.activeElement;
    // Past the filters: the next stop is not in the filter form.
    expect(el.shadowRoot!.querySelector('[part="controls"]')!.contains(next)).to.equal(false);
  });

  it('never prints the skip link', async () => {
    const el = await dashboard(1000);
    const link = el.shadowRoot!.querySelector<HTMLButtonElement>('.skip-link')!;
    link.focus();
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(link).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('names every "Voir la fiche" button after its action', async () => {
    const el = await dashboard(1000);
    const cards = [...el.shadowRoot!.querySelector('action-list')!.shadowRoot!.querySelectorAll('action-card')] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    expect(cards.length).to.be.greaterThan(3);
    await Promise.all(cards.map((c) => c.updateComplete));
    for (const card of cards) {
      const button = card.shadowRoot!.querySelector('button.toggle')!;
      const title = card.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Voir la fiche : ${title}`);
    }
  });
});
