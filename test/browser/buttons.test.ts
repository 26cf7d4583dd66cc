import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/territory-map/define.js';
import type { LitElement } from 'lit';
import { settled, uniqueUrl } from './helpers.js';

const MINI = '/test/fixtures/mini-feed.json';
const SAMPLE = '/demo/sample-feed.json';

/** Every button in an element's shadow root, nested elements' included. */
function buttons(root: ShadowRoot): HTMLButtonElement[] {
  const nested = [...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? buttons(e.shadowRoot) : []));
  return [...root.querySelectorAll('button'), ...nested];
}

async function shown(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const el = await fixture<LitElement>(template);
  await settled(el);
  for (const nested of el.shadowRoot!.querySelectorAll('*')) if ('updateComplete' in nested) await settled(nested as LitElement);
  return el;
}

describe('buttons (src/shared/button.styles.ts)', () => {
  it('every button of the card, list, charts, map, dashboard and error message has the shared look', async () => {
    const hosts = [
      await shown(html`<action-card src=${MINI} action-id="sejour-neige"></action-card>`),
      await shown(html`<action-list src=${SAMPLE} page-size="2"></action-list>`),
      await shown(html`<funding-breakdown src=${MINI}></funding-breakdown>`),
      await shown(html`<staffing-chart src=${MINI}></staffing-chart>`),
      await shown(html`<territory-map src=${SAMPLE}></territory-map>`),
      await shown(html`<impact-dashboard src=${MINI}></impact-dashboard>`),
      await shown(html`<action-card src=${uniqueUrl('/test/fixtures/missing.json')}></action-card>`),
    ];
    // The dashboard's bars and skip link are not buttons to look at (a bar chart, a link).
    const all = hosts
      .flatMap((h) => buttons(h.shadowRoot!))
      .filter((b) => b.getAttribute('part') !== 'bar' && !b.classList.contains('skip-link'));
    const kinds = new Set(all.map((b) => b.className));
    for (const expected of ['button toggle', 'button more', 'button quiet toggle', 'button quiet', 'button']) expect(kinds).to.include(expected);
    for (const b of all) {
      const style = getComputedStyle(b);
      expect(b.classList.contains('button'), `${b.className}: ${b.textContent!.trim()}`).to.equal(true);
      expect(style.cursor, b.textContent!).to.equal(b.disabled ? 'not-allowed' : 'pointer');
      expect(style.borderTopStyle, b.textContent!).to.equal('solid');
    }
    const accent = getComputedStyle(hosts[0]).getPropertyValue('--vitrine-color-accent').trim();
    const toggle = hosts[0].shadowRoot!.querySelector('button.toggle')!;
    const probe = document.createElement('span');
    probe.style.color = accent;
    document.body.append(probe);
    expect(getComputedStyle(toggle).borderTopColor).to.equal(getComputedStyle(probe).color);
    probe.remove();
  });
});
