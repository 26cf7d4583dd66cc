/**
 * <territory-map>'s tooltip is the charts' (shared/tooltip.ts and tooltip.styles.ts): centred on the pointer once its
 * width is known, and kept inside the map, whose host clips whatever overflows it (`contain: content`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/territory-map/define.js';
import type { TerritoryMap } from '../../src/territory-map/territory-map.js';
import { settled } from './helpers.js';

const FEED = '/demo/sample-feed.json';

async function hover(el: TerritoryMap, code: string, clientX: number, clientY: number): Promise<DOMRect> {
  const area = el.shadowRoot!.querySelector(`path.area[data-code="${code}"]`)!;
  area.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX, clientY }));
  await el.updateComplete;
  return el.shadowRoot!.querySelector('[part="tooltip"]')!.getBoundingClientRect();
}

describe('<territory-map> tooltip', () => {
  it('is centred on the pointer, wherever the pointer is', async () => {
    const el = await fixture<TerritoryMap>(html`<territory-map src=${FEED} style="width: 640px"></territory-map>`);
    await settled(el);
    const box = el.shadowRoot!.querySelector('.graphic')!.getBoundingClientRect();
    const centres = [];
    for (const x of [box.left + box.width * 0.35, box.left + box.width * 0.5, box.left + box.width * 0.65]) {
      const tip = await hover(el, '62', x, box.top + box.height / 2);
      expect(Math.abs(tip.left + tip.width / 2 - x)).to.be.lessThan(2);
      centres.push(Math.round(tip.left + tip.width / 2));
    }
    expect(new Set(centres).size).to.equal(3);
  });

  it('stays inside the map at its edges', async () => {
    const el = await fixture<TerritoryMap>(html`<territory-map src=${FEED} style="width: 640px"></territory-map>`);
    await settled(el);
    const box = el.shadowRoot!.querySelector('.graphic')!.getBoundingClientRect();
    const right = await hover(el, '62', box.right - 2, box.top + 20);
    expect(right.right).to.be.at.most(box.right + 0.5);
    expect(right.right).to.be.closeTo(box.right, 1);
    const left = await hover(el, '62', box.left + 2, box.top + 20);
    expect(left.left).to.be.closeTo(box.left, 1);
  });
});
