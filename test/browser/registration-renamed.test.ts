/**
 * The README's example on a page where nothing is registered yet: `define({ 'action-card': 'mon-action' })` leaves
 * `<action-card>` to the site and gives every other element under its own name, rendering its cards as
 * `<mon-action>`. Source group only: the cdn group's page has registered every tag under its own name first.
 */
import { expect } from '@open-wc/testing';
import { define } from '../../src/elements.js';

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("define({ 'action-card': 'mon-action' })", () => {
  it('the list renders its cards as <mon-action>; the dashboard its list, charts and map', async () => {
    define({ 'action-card': 'mon-action' });
    expect(customElements.get('action-card')).to.equal(undefined);
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<action-list src="/test/fixtures/mini-feed.json"></action-list><impact-dashboard no-url src="/test/fixtures/mini-feed.json"></impact-dashboard>';
    document.body.append(wrapper);
    const [list, dashboard] = [wrapper.querySelector('action-list')!, wrapper.querySelector('impact-dashboard')!];
    const titles = (l: Element) => [...l.shadowRoot!.querySelectorAll('mon-action')].map((c) => c.shadowRoot?.querySelector('[part="title"]')?.textContent ?? '');
    await until(() => titles(list).filter(Boolean).length === 4, 'four titled <mon-action> cards');
    expect(list.shadowRoot!.querySelector('action-card')).to.equal(null);

    await until(() => !!dashboard.shadowRoot?.querySelector('action-list')?.shadowRoot?.querySelector('mon-action'), "the dashboard's list and cards");
    const inner = dashboard.shadowRoot!.querySelector('action-list')!;
    await until(() => titles(inner).filter(Boolean).length === 4, "four titled cards in the dashboard's list");
    const map = dashboard.shadowRoot!.querySelector('territory-map')!;
    await until(() => map.shadowRoot?.querySelectorAll('path.area').length === 101, "the dashboard's map");
    for (const tag of ['funding-breakdown', 'staffing-chart']) {
      await until(() => !!dashboard.shadowRoot!.querySelector(tag)?.shadowRoot?.querySelector('.graphic'), `the dashboard's <${tag}>`);
    }
    wrapper.remove();
  });
});
