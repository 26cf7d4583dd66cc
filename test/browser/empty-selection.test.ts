// An empty filtered selection says so plainly: no zero figure stated as if the fiches gave it
// ("0 € renseigné pour l'action"), distributions that say they are empty, a map that is not hatched
// all over, and nothing to export. The charts and the map given an empty feed on their own say so too.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/territory-map/define.js';
import type { ImpactDashboard } from '../../src/impact-dashboard/impact-dashboard.js';
import { axeViolations, settled, shadowText } from './helpers.js';

const SAMPLE = '/demo/sample-feed.json';
const EMPTY = { version: '1.0', structures: [{ id: 's', name: 'Centre' }], actions: [] };
type Lit = HTMLElement & { updateComplete: Promise<unknown> };

async function emptyDashboard(): Promise<ImpactDashboard> {
  const el = await fixture<ImpactDashboard>(html`<impact-dashboard no-url src=${SAMPLE}></impact-dashboard>`);
  await settled(el);
  el.filters = { q: 'zzqxw aucune fiche ne dit cela' };
  await el.updateComplete;
  const nested = () => ['funding-breakdown', 'staffing-chart', 'territory-map', 'action-list'].map((tag) => el.shadowRoot!.querySelector(tag) as Lit);
  await waitUntil(() => nested().every((n) => n?.shadowRoot && !n.shadowRoot.querySelector('[aria-busy="true"]')), 'nested elements load', { timeout: 30000 });
  // The list filters through its own task: wait for its count of the empty selection.
  await waitUntil(() => shadowText(nested()[3]!).includes('Aucune action ne correspond'), 'the list is filtered', { timeout: 30000 });
  await Promise.all(nested().map((n) => n.updateComplete));
  return el;
}

describe('an empty selection', () => {
  it('is said plainly in the dashboard, with no zero figure and nothing to export', async () => {
    const el = await emptyDashboard();
    const root = el.shadowRoot!;
    const figures = root.querySelector('#figures')!;
    expect(figures.querySelectorAll('[part="figure"]').length).to.equal(0);
    const said = figures.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(said).to.equal(
      'Aucune action ne correspond à ces filtres, sur les 38 actions du tableau de bord : il n’y a donc ni budget, ni ETP, ni bénéficiaires à additionner. Effacer les filtres',
    );
    const everything = [shadowText(el), ...['funding-breakdown', 'staffing-chart', 'territory-map'].map((t) => shadowText(root.querySelector(t)!))].join(' ');
    // No figure of zero anywhere in the figures, charts or map ("0 €", "0 ETP", "de 0 action", "renseigné").
    expect(everything).not.to.match(/(^|\D)0\s?(€|ETP|action)|renseigné pour/);
    for (const [tag, title] of [['funding-breakdown', 'Financement'], ['staffing-chart', 'Moyens humains']] as const) {
      const chart = root.querySelector(tag)!.shadowRoot!;
      expect(chart.querySelector('[part="title"]')!.textContent!.trim()).to.equal(title);
      expect(chart.querySelector('[part="message"]')!.textContent!.trim()).to.equal('Aucune action ne correspond à cette sélection.');
    }
    expect(root.querySelector('.distributions')).to.equal(null);
    expect(shadowText(el)).to.contain('Aucune répartition : aucune action ne correspond à ces filtres.');
    const tools = [...root.querySelectorAll<HTMLButtonElement>('.tools button')];
    expect(tools.map((b) => [b.textContent!.trim(), b.disabled])).to.deep.equal([
      ['Exporter les actions (CSV)', true],
      ['Imprimer', true],
    ]);
    expect(await axeViolations(el)).to.deep.equal([]);
    (figures.querySelector('[role="status"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.filters).to.deep.equal({});
    expect(root.querySelectorAll('[part="figure"]').length).to.equal(5);
  });

  for (const level of ['departement', 'region']) {
    it(`leaves the map unhatched and says "aucune action" (${level})`, async () => {
      const map = await fixture<Lit>(html`<territory-map level=${level} .feed=${EMPTY}></territory-map>`);
      await settled(map as never);
      const areas = [...map.shadowRoot!.querySelectorAll('.area')];
      expect(areas.length).to.be.greaterThan(10);
      expect(areas.filter((a) => a.getAttribute('data-shade') !== 'empty').length).to.equal(0);
      expect(areas.every((a) => getComputedStyle(a).fill.startsWith('rgb'))).to.equal(true);
      const legend = map.shadowRoot!.querySelector('[part="legend"]')!;
      expect(legend.textContent!.trim()).to.equal('Aucune action ne correspond à cette sélection : aucune action sur la carte.');
      expect(map.shadowRoot!.querySelector<HTMLElement>('.data')!.hidden).to.equal(true);
    });
  }

  it('titles the charts without "de 0 action"', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><funding-breakdown .feed=${EMPTY}></funding-breakdown><staffing-chart .feed=${EMPTY}></staffing-chart></div>`);
    const titles: string[] = [];
    for (const chart of wrapper.children) {
      await settled(chart as never);
      titles.push(chart.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim());
      expect(chart.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim()).to.equal('Aucune action ne correspond à cette sélection.');
    }
    expect(titles).to.deep.equal(['Financement', 'Moyens humains']);
  });
});
