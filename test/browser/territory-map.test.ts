import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/territory-map/define.js';
import type { TerritoryMap } from '../../src/territory-map/territory-map.js';
import { DEPARTEMENTS } from '../../src/feed/departements.js';
import { TerritorySelectEvent } from '../../src/shared/events.js';
import { axeViolations, settled, shadowText } from './helpers.js';

const FEED = '/demo/sample-feed.json';

async function map(template: ReturnType<typeof html>): Promise<TerritoryMap> {
  const el = await fixture<TerritoryMap>(template);
  await settled(el);
  return el;
}

const areas = (el: TerritoryMap) => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('path.area')];
const area = (el: TerritoryMap, code: string) => el.shadowRoot!.querySelector<SVGPathElement>(`path.area[data-code="${code}"]`)!;
/** The tooltip's lines (one element each), joined with " | ". */
const tooltip = (el: TerritoryMap) => {
  const tip = el.shadowRoot!.querySelector('[part="tooltip"]');
  return tip ? [...tip.children].map((line) => line.textContent!.trim()).join(' | ') : undefined;
};
const activeCode = (el: TerritoryMap) => el.shadowRoot!.activeElement?.getAttribute('data-code');

/** Waits until the commune table has arrived and the markers are drawn. */
async function markers(el: TerritoryMap): Promise<SVGCircleElement[]> {
  for (let i = 0; i < 100; i++) {
    await el.updateComplete;
    const found = [...el.shadowRoot!.querySelectorAll<SVGCircleElement>('circle.marker')];
    if (found.length) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  return [];
}

describe('<territory-map> areas', () => {
  it('draws the 101 départements, each with its INSEE code, in one tab stop', async () => {
    const el = await map(html`<territory-map src=${FEED}></territory-map>`);
    const codes = areas(el).map((p) => p.dataset.code).sort();
    expect(codes).to.deep.equal(Object.keys(DEPARTEMENTS).sort());
    expect(areas(el).filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    for (const p of areas(el)) expect(p.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L/);
  });

  it('shades Pas-de-Calais in the darkest class, and départements without action apart', async () => {
    const el = await map(html`<territory-map src=${FEED}></territory-map>`);
    expect(area(el, '62').dataset.step).to.equal('4');
    expect(area(el, '59').dataset.step).to.equal('2');
    expect(area(el, '57').dataset.step).to.equal('0');
    expect(area(el, '75').dataset.shade).to.equal('none');
    const fill = (code: string) => getComputedStyle(area(el, code)).fill;
    expect(fill('62')).to.equal('rgb(8, 81, 156)');
    expect(fill('57')).to.equal('rgb(198, 219, 239)');
    expect(fill('75')).to.match(/url\(.*#tm-none/);
    const legend = [...el.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => li.textContent!.trim());
    expect(legend.slice(0, 4)).to.deep.equal(['1', '10', '25', 'aucune action']);
  });

  it('shades by région, and by budget', async () => {
    const el = await map(html`<territory-map src=${FEED} level="region"></territory-map>`);
    expect(areas(el)).to.have.length(18);
    expect(area(el, '32').dataset.step).to.equal('4');
    expect(area(el, '11').dataset.shade).to.equal('none');
    el.metric = 'budget';
    el.level = 'departement';
    await el.updateComplete;
    expect(areas(el)).to.have.length(101);
    expect(el.shadowRoot!.querySelector('.legend-title')!.textContent).to.equal('Budget des actions');
    expect(el.shadowRoot!.querySelector('[part="legend"] li')!.textContent).to.contain('€');
  });

  it('zooms on a région by viewBox, leaving its neighbours as an inert backdrop', async () => {
    const el = await map(html`<territory-map src=${FEED} focus="region:32"></territory-map>`);
    expect(areas(el).map((p) => p.dataset.code)).to.deep.equal(['02', '59', '60', '62', '80']);
    const [, , width, height] = el.shadowRoot!.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    expect(width).to.be.below(400);
    // The aspect of the full map is kept: the element does not change size when it zooms.
    expect(width! / height!).to.be.closeTo(1000 / 618, 0.01);
    expect(el.shadowRoot!.querySelectorAll('.context-area').length).to.equal(96);
    expect(shadowText(el)).to.contain('Nombre d’actions par département — Hauts-de-France');
    el.focusArea = '62';
    await el.updateComplete;
    expect(areas(el).map((p) => p.dataset.code)).to.deep.equal(['62']);
  });

  it('draws a marker per commune once the commune table is in, and none with no-markers', async () => {
    const el = await map(html`<territory-map src=${FEED}></territory-map>`);
    expect(await markers(el)).to.have.length(13);
    const none = await map(html`<territory-map src=${FEED} no-markers></territory-map>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(none.shadowRoot!.querySelectorAll('circle.marker').length).to.equal(0);
  });

  it('speaks English', async () => {
    const el = await map(html`<territory-map src=${FEED} lang="en"></territory-map>`);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.equal('Number of actions by département');
    expect(area(el, '75').getAttribute('aria-label')).to.equal('Paris (75) : No action');
  });
});

describe('<territory-map> tooltips, keyboard and events', () => {
  it('shows the figures of the focused area, and names the area with the same figures', async () => {
    const el = await map(html`<territory-map src=${FEED}></territory-map>`);
    area(el, '62').focus();
    await el.updateComplete;
    expect(tooltip(el)).to.match(/^Pas-de-Calais \(62\) \| 25 actions · 17 structures \| Budget : [\d\u202f]+\u00a0€ \| [\d,]+\u00a0ETP$/);
    expect(area(el, '62').getAttribute('aria-label')).to.match(/^Pas-de-Calais \(62\) : 25 actions · 17 structures, Budget : /);
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('shows a tooltip on hover and hides it when the pointer leaves', async () => {
    const el = await map(html`<territory-map src=${FEED}></territory-map>`);
    const graphic = el.shadowRoot!.querySelector('.graphic')!;
    area(el, '59').dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: 10, clientY: 10 }));
    await el.updateComplete;
    expect(tooltip(el)).to.contain('Nord (59)');
    expect(tooltip(el)).to.contain('10 actions');
    graphic.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(tooltip(el)).to.equal(undefined);
  });

  it('moves with the arrow keys to the neighbour in that direction, Home and End to the ends', async () => {
    const el = await map(html`<territory-map src=${FEED}></territory-map>`);
    // The tab stop starts on the area with the most actions.
    area(el, '62').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(activeCode(el)).to.equal('59');
    expect(tooltip(el)).to.contain('Nord (59)');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(activeCode(el)).to.equal('62');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(activeCode(el)).to.equal('80');
    expect(area(el, '80').getAttribute('tabindex')).to.equal('0');
    expect(area(el, '62').getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(activeCode(el)).to.equal('976');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(activeCode(el)).to.equal('01');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el)).to.equal(undefined);
  });

  it('fires territory-select on Enter, Space and click, and marks the area as chosen', async () => {
    const el = await map(html`<territory-map src=${FEED}></territory-map>`);
    area(el, '62').focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    let event = (await oneEvent(el, 'territory-select')) as TerritorySelectEvent;
    expect(event).to.be.instanceOf(TerritorySelectEvent);
    expect([event.code, event.level, event.composed, event.bubbles]).to.deep.equal(['62', 'departement', true, true]);
    await el.updateComplete;
    expect(el.selected).to.equal('62');
    expect(area(el, '62').getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.outline.selected')).to.exist;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    setTimeout(() => void sendKeys({ press: 'Space' }));
    event = (await oneEvent(el, 'territory-select')) as TerritorySelectEvent;
    expect(event.code).to.equal('59');
    setTimeout(() => area(el, '13').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    event = (await oneEvent(el, 'territory-select')) as TerritorySelectEvent;
    expect(event.code).to.equal('13');
  });

  it('fires with level "region" on a map of régions', async () => {
    const el = await map(html`<territory-map src=${FEED} level="region"></territory-map>`);
    setTimeout(() => area(el, '44').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = (await oneEvent(el, 'territory-select')) as TerritorySelectEvent;
    expect([event.code, event.level]).to.deep.equal(['44', 'region']);
  });

  it('fires nothing on load', async () => {
    let fired = 0;
    const onSelect = () => fired++;
    document.addEventListener('territory-select', onSelect);
    await map(html`<territory-map src=${FEED} selected="62"></territory-map>`);
    document.removeEventListener('territory-select', onSelect);
    expect(fired).to.equal(0);
  });
});

describe('<territory-map> data table and states', () => {
  it('lists the same figures in a real table behind "Voir les données"', async () => {
    const el = await map(html`<territory-map src=${FEED}></territory-map>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
    expect(button.textContent!.trim()).to.equal('Voir les données');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const table = el.shadowRoot!.querySelector('table')!;
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['Meurthe-et-Moselle (54)', '1', '1'],
      ['Moselle (57)', '1', '1'],
      ['Nord (59)', '10', '1'],
      ['Pas-de-Calais (62)', '25', '17'],
      ['Territoire de Belfort (90)', '1', '1'],
    ]);
    expect(table.querySelector('tfoot th')!.textContent).to.equal('Total');
    expect(table.querySelector('tfoot td')!.textContent).to.equal('38');
    expect(el.shadowRoot!.querySelectorAll('table').length).to.equal(2);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('has no axe violations', async () => {
    const el = await map(html`<territory-map src=${FEED}></territory-map>`);
    await markers(el);
    area(el, '62').focus();
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
    const focused = await map(html`<territory-map src=${FEED} focus="region:32" level="region"></territory-map>`);
    expect(await axeViolations(focused)).to.deep.equal([]);
  });

  it('an empty feed: a plain map (not hatched all over) that says "aucune action"', async () => {
    const el = await map(html`<territory-map .feed=${{ version: '1.0', structures: [], actions: [] }}></territory-map>`);
    expect(areas(el)).to.have.length(101);
    expect(areas(el).every((p) => p.dataset.shade === 'empty')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="legend"]')!.textContent!.trim()).to.equal('Aucune action ne correspond à cette sélection : aucune action sur la carte.');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('says which actions are not on the map', async () => {
    const feed = {
      version: '1.0',
      structures: [{ id: 's', name: 'Sans lieu' }],
      actions: [{ id: 'a', structureId: 's', title: 'A' }, { id: 'b', structureId: 's', title: 'B' }],
    };
    const el = await map(html`<territory-map .feed=${feed}></territory-map>`);
    expect(shadowText(el)).to.contain('2 actions ne sont pas sur la carte');
  });

  it('reserves the map’s space while loading, and reports a failed load inside the element', async () => {
    const loading = await fixture<TerritoryMap>(html`<territory-map src="/__slow-feed.json?map"></territory-map>`);
    const skeleton = loading.shadowRoot!.querySelector<HTMLElement>('.skeleton-map')!;
    const { width, height } = skeleton.getBoundingClientRect();
    expect(width / height).to.be.closeTo(1000 / 618, 0.02);
    const failed = await map(html`<territory-map src="/test/fixtures/missing.json"></territory-map>`);
    expect(failed.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('404');
  });
});
