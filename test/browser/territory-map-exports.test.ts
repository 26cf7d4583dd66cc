/**
 * <territory-map>'s downloads: the buttons and labels the charts have (shared/chart-actions.ts), a CSV of the
 * tables the map shows, with the per-area figures of aggregate-territory.ts (src/feed/figures.ts per action), an
 * SVG that parses as XML and a PNG that decodes.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/territory-map/define.js';
import type { TerritoryMap } from '../../src/territory-map/territory-map.js';
import { loadFeed } from '../../src/feed/load.js';
import { territoryFigures } from '../../src/territory-map/aggregate-territory.js';
import { DEPARTEMENTS } from '../../src/feed/departements.js';
import { axeViolations, captureDownload, settled } from './helpers.js';

const FEED = '/demo/sample-feed.json';

async function map(template: ReturnType<typeof html>): Promise<TerritoryMap> {
  const el = await fixture<TerritoryMap>(template);
  await settled(el);
  return el;
}

/** Waits until the commune table is in and the markers are drawn (the structure table waits for them too). */
async function withMarkers(el: TerritoryMap): Promise<void> {
  for (let i = 0; i < 200 && !el.shadowRoot!.querySelector('circle.marker'); i++) {
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
  }
}

const buttons = (el: TerritoryMap) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].map((b) => b.textContent!.trim());
/** A figure as the CSV writes it: decimal comma, no thousands separator, at most two decimals. */
const csvNumber = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

describe('<territory-map> downloads', () => {
  it('offers the charts’ buttons under the map, with their labels in French and English', async () => {
    const el = await map(html`<territory-map src=${FEED}></territory-map>`);
    expect(buttons(el)).to.deep.equal(['Voir les données', 'Données (CSV)', 'Image (SVG)', 'Image (PNG)']);
    expect(el.shadowRoot!.querySelector('.actions [role="group"]')!.getAttribute('aria-label')).to.equal('Télécharger');
    const en = await map(html`<territory-map src=${FEED} lang="en"></territory-map>`);
    expect(buttons(en)).to.deep.equal(['Show the data', 'Data (CSV)', 'Image (SVG)', 'Image (PNG)']);
    expect(en.shadowRoot!.querySelector('.actions [role="group"]')!.getAttribute('aria-label')).to.equal('Download');
    const none = await map(html`<territory-map src=${FEED} no-export></territory-map>`);
    expect(buttons(none)).to.deep.equal(['Voir les données']);
  });

  it('downloads as CSV the table it shows, with the figures of aggregate-territory for each département', async () => {
    const el = await map(html`<territory-map src=${FEED}></territory-map>`);
    await withMarkers(el);
    const { name, blob } = await captureDownload(el, 'csv');
    expect(name).to.equal('carte-nombre-d-actions-par-departement.csv');
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
    expect(text.startsWith('\ufeff')).to.equal(true);
    const [areaBlock, structureBlock] = text.slice(1).split('\r\n\r\n');
    const figures = territoryFigures((await loadFeed(FEED)).feed);
    const row = (label: string, f: { actions: number; structures: number; budget: number; budgetActions: number; etp: number; etpActions: number }) =>
      [label, f.actions, f.structures, f.budgetActions ? csvNumber(f.budget) : '', f.etpActions ? csvNumber(f.etp) : ''].join(';');
    expect(areaBlock!.split('\r\n')).to.deep.equal([
      'Actions, budget et ETP par département',
      'Département;Actions;Structures;Budget;ETP',
      ...[...figures.departements.values()].map((f) => row(`${DEPARTEMENTS[f.code as keyof typeof DEPARTEMENTS]} (${f.code})`, f)),
      row('Total', figures.total),
    ]);
    expect(areaBlock!.split('\r\n')[2]).to.match(/^Meurthe-et-Moselle \(54\);1;1;/);
    // The table behind "Voir les données" holds the same rows.
    el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    await el.updateComplete;
    const shown = [...el.shadowRoot!.querySelectorAll('table')[0]!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].slice(0, 3).map((c) => c.textContent!.trim()).join(';'),
    );
    expect(areaBlock!.split('\r\n').slice(2, -1).map((line) => line.split(';').slice(0, 3).join(';'))).to.deep.equal(shown);
    const structureLines = structureBlock!.trim().split('\r\n');
    expect(structureLines.slice(0, 2)).to.deep.equal(['Structures et nombre d’actions', 'Structure;Commune;Département;Actions']);
    expect(structureLines.length - 2).to.equal(el.shadowRoot!.querySelectorAll('table')[1]!.querySelectorAll('tbody tr').length);
  });

  it('downloads the régions’ figures on a map of régions', async () => {
    const el = await map(html`<territory-map src=${FEED} level="region"></territory-map>`);
    const { name, blob } = await captureDownload(el, 'csv');
    expect(name).to.equal('carte-nombre-d-actions-par-region.csv');
    const lines = (await blob.text()).split('\r\n');
    expect(lines[1]).to.equal('Région;Actions;Structures;Budget;ETP');
    expect(lines.some((l) => /^Grand Est \(44\);2;2;/.test(l))).to.equal(true);
    expect(lines.some((l) => /^Hauts-de-France \(32\);35;18;/.test(l))).to.equal(true);
  });

  it('downloads an SVG that parses as XML, with an area per département in the page’s colours', async () => {
    const el = await map(html`<territory-map style="--territory-map-class-5: #ff0000" src=${FEED}></territory-map>`);
    await withMarkers(el);
    const { name, blob } = await captureDownload(el, 'svg');
    expect(name).to.equal('carte-nombre-d-actions-par-departement.svg');
    expect(blob.type).to.equal('image/svg+xml');
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    const inner = doc.querySelector('svg svg')!;
    const box = (svg: Element) => svg.getAttribute('viewBox')!.split(' ').map(Number);
    const page = box(el.shadowRoot!.querySelector('svg.map')!);
    box(inner).forEach((v, i) => expect(v).to.be.closeTo(page[i]!, 0.01));
    const paths = [...inner.querySelectorAll('path')];
    const markers = el.shadowRoot!.querySelectorAll('circle.marker').length;
    expect(markers).to.be.above(0);
    expect(paths).to.have.length(101 + markers);
    // Pas-de-Calais (darkest class) takes the site's override, as on the page.
    const fills = paths.map((p) => p.getAttribute('fill'));
    expect(fills).to.include('rgb(255, 0, 0)');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).to.equal('Nombre d’actions par département');
    expect(texts).to.include('aucune action');
    expect(texts.join(' ')).to.contain('Fond de carte : Natural Earth.');
  });

  it('downloads a PNG drawn from that SVG at twice its size', async () => {
    const el = await map(html`<territory-map src=${FEED} focus="region:32"></territory-map>`);
    const { name, blob } = await captureDownload(el, 'png');
    expect(name).to.equal('carte-nombre-d-actions-par-departement-hauts-de-france.png');
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).to.equal(1280);
    expect(bitmap.height).to.be.above(400);
  });

  it('has no axe violations with its buttons, and none when the table is open', async () => {
    const el = await map(html`<territory-map src=${FEED}></territory-map>`);
    expect(await axeViolations(el)).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('an empty selection offers no download (nothing to export)', async () => {
    const el = await map(html`<territory-map .feed=${{ version: '1.0', structures: [], actions: [] }}></territory-map>`);
    expect(el.shadowRoot!.querySelector<HTMLElement>('.data')!.checkVisibility()).to.equal(false);
  });
});
