/**
 * Names on a focused map never overlap (issue 10: "Pas-de-Calais" and "Nord" did, on a phone-sized map of
 * Hauts-de-France). The boxes are measured as Chromium lays the names out, at three widths, on the
 * départements and the régions of the sample feed; a name left out is still the area's accessible name.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/territory-map/define.js';
import type { TerritoryMap } from '../../src/territory-map/territory-map.js';
import { settled } from './helpers.js';

const FEED = '/demo/sample-feed.json';

const VIEWS = [
  { name: 'the départements of Hauts-de-France', level: 'departement', focus: 'region:32', areas: 5 },
  { name: 'the feed’s five départements', level: 'departement', focus: '54,57,59,62,90', areas: 5 },
  { name: 'the feed’s three régions', level: 'region', focus: 'region:27,region:32,region:44', areas: 3 },
] as const;

const frame = () => new Promise((r) => requestAnimationFrame(r));

async function labelBoxes(width: number, level: string, focus: string): Promise<{ el: TerritoryMap; boxes: { text: string; r: DOMRect }[] }> {
  const el = await fixture<TerritoryMap>(html`<territory-map src=${FEED} level=${level} focus=${focus} no-markers style=${`width: ${width}px`}></territory-map>`);
  await settled(el);
  // The element measures its width after the first render, then draws at that size.
  await frame();
  await frame();
  await el.updateComplete;
  const boxes = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.labels text')].map((t) => ({ text: t.textContent!, r: t.getBoundingClientRect() }));
  return { el, boxes };
}

const overlap = (a: DOMRect, b: DOMRect) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

describe('<territory-map> labels', () => {
  for (const view of VIEWS) {
    for (const width of [375, 640, 1000]) {
      it(`no two names overlap on ${view.name} at ${width} px`, async () => {
        const { el, boxes } = await labelBoxes(width, view.level, view.focus);
        expect(boxes.length, 'names drawn').to.be.at.least(1);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            expect(overlap(boxes[i]!.r, boxes[j]!.r), `${boxes[i]!.text} / ${boxes[j]!.text}`).to.be.below(0.5);
          }
        }
        // Every area keeps its full name for assistive technology (and in the tooltip and table), drawn or not.
        const names = [...el.shadowRoot!.querySelectorAll('path.area')].map((p) => p.getAttribute('aria-label')!.split(' (')[0]);
        expect(names).to.have.length(view.areas);
        for (const { text } of boxes) expect(names).to.include(text);
      });
    }
  }

  it('draws every name where there is room: the départements of Hauts-de-France at 1000 px', async () => {
    const { boxes } = await labelBoxes(1000, 'departement', 'region:32');
    expect(boxes.map((b) => b.text).sort()).to.deep.equal(['Aisne', 'Nord', 'Oise', 'Pas-de-Calais', 'Somme']);
  });

  it('keeps the name of the busiest area when two would overlap: Pas-de-Calais at 375 px', async () => {
    const { boxes } = await labelBoxes(375, 'departement', 'region:32');
    expect(boxes.map((b) => b.text)).to.include('Pas-de-Calais');
  });
});
