import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FeedInput } from '../../src/feed/schema.js';
import { makeFeed } from '../../scripts/make-feed.mjs';

// The finished dashboard hands its view to its nested panels, which render in tasks of their own (and the map's
// code may come later): each must keep its place meanwhile, so that nothing below it moves. Layout shift is a
// geometric value (the share of the viewport that moved, times the distance), not a time.
const raw = (await (await fetch('/demo/sample-feed.json')).json()) as FeedInput;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

const PANELS = ['funding-breakdown', 'staffing-chart', 'territory-map', 'action-list'];

/** Every panel of the dashboard shows its content: no panel busy, each nested element rendered and past its skeleton. */
function complete(root: ShadowRoot): boolean {
  if (root.querySelector('[aria-busy="true"]')) return false;
  return PANELS.every((tag) => {
    const inner = root.querySelector(tag)?.shadowRoot;
    return !!inner && inner.childElementCount > 0 && !inner.querySelector('[part="skeleton"]');
  });
}

describe('<impact-dashboard> layout shift', () => {
  before(() => setViewport({ width: 1280, height: 2000 }));

  for (const run of [1, 2, 3]) {
    it(`moves nothing once its first render is laid out, 3,000 actions (run ${run})`, async () => {
      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries().map((e) => (e as unknown as { value: number }).value)));
      observer.observe({ type: 'layout-shift' });
      const el = document.createElement('impact-dashboard');
      el.setAttribute('no-url', '');
      (el as unknown as { feed: object }).feed = makeFeed(3_000, 11 + run, raw);
      const after = document.createElement('p');
      after.textContent = 'La suite de la page.';
      document.body.append(el, after);
      try {
        // The first frame that lays out the dashboard's own content (its figures); counted from the next one.
        while (!el.shadowRoot?.querySelector('[part="figures"]')) await frame();
        await frame();
        observer.takeRecords();
        shifts.length = 0;
        // Complete (bounded by the test's timeout).
        while (!complete(el.shadowRoot!)) await frame();
        await frame();
        await frame();
        shifts.push(...observer.takeRecords().map((e) => (e as unknown as { value: number }).value));
        const sum = shifts.reduce((s, v) => s + v, 0);
        expect(sum, `layout shifts ${shifts.map((v) => v.toFixed(4)).join(', ')}`).to.be.at.most(0.01);
      } finally {
        observer.disconnect();
        el.remove();
        after.remove();
      }
    });
  }

  it('a first filter, and its removal, move nothing below the filters (the chips take the line of the "no filter" note)', async () => {
    const el = document.createElement('impact-dashboard') as HTMLElement & { filters: object; updateComplete: Promise<unknown> };
    el.setAttribute('no-url', '');
    (el as unknown as { feed: object }).feed = makeFeed(300, 5, raw);
    document.body.append(el);
    try {
      while (!el.shadowRoot?.querySelector('[part="figures"]')) await frame();
      const top = () => el.shadowRoot!.querySelector('[part="figures"]')!.getBoundingClientRect().top;
      const before = top();
      const code = el.shadowRoot!.querySelector<HTMLButtonElement>('ul[aria-labelledby="bars-departement"] button')!;
      code.click();
      while (!el.shadowRoot!.querySelector('[part="chips"]')) await frame();
      expect(Math.abs(top() - before), 'the figures stay where they were with one chip').to.be.below(1);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="chips"] button.chip')!.click();
      while (el.shadowRoot!.querySelector('[part="chips"]')) await frame();
      expect(Math.abs(top() - before), 'and once it is removed').to.be.below(1);
    } finally {
      el.remove();
    }
  });
});
