/**
 * Regression tests of the hardening issue: data changed under a showing tooltip, one
 * deeply nested value, a bad optional field of the feed. Every element must show the
 * new figures or a localized message; nothing is thrown into the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/territory-map/define.js';
import type { LitElement } from 'lit';
import type { ImpactDashboard } from '../../src/impact-dashboard/impact-dashboard.js';
import { fold, segs, settled, shadowText } from './helpers.js';

/** Errors and rejections that reached the page while `run` ran. */
async function pageErrors(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => seen.push(String(e.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Rejections are reported after the task that left them unhandled.
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

const structures = [{ id: 's', name: 'Centre', departement: '62' }];
const staffed = (people: object[]) => ({
  version: '1.0',
  structures,
  actions: [{ id: 'a', structureId: 's', title: 'Atelier', staffing: { people } }],
});
const funded = (revenues: object[]) => ({
  version: '1.0',
  structures,
  actions: [{ id: 'a', structureId: 's', title: 'Atelier', budget: { revenues } }],
});

/** Shows the tooltip of the last segment as a tap does (sticky), and checks it shows. */
async function tapLast(el: LitElement): Promise<void> {
  const all = segs(el);
  const last = all[all.length - 1]!;
  const r = last.getBoundingClientRect();
  last.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch', clientX: r.x + 2, clientY: r.y + 2 }));
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[part="tooltip"]'), 'tooltip shown').to.not.equal(null);
}

describe('data changed under a showing tooltip', () => {
  it('<staffing-chart> draws the smaller feed instead of failing on the old segment', async () => {
    const el = await fixture<LitElement & { feed: object }>(html`<staffing-chart
      .feed=${staffed([
        { role: 'animatrice', kind: 'salarie', etp: 1 },
        { role: 'bénévole', kind: 'benevole', etp: 0.5 },
        { role: 'volontaire', kind: 'service-civique', etp: 0.8 },
      ])}
    ></staffing-chart>`);
    await settled(el);
    expect(segs(el)).to.have.length(3);
    const errors = await pageErrors(async () => {
      await tapLast(el);
      el.feed = staffed([{ role: 'coordinatrice', kind: 'salarie', etp: 0.3 }]);
      await settled(el);
    });
    expect(errors).to.deep.equal([]);
    expect(segs(el).length).to.be.below(3);
    expect(fold(shadowText(el))).to.contain('Coordinatrice');
    expect(fold(shadowText(el))).to.not.contain('Services civiques');
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.equal(null);
  });

  it('<funding-breakdown> draws the smaller feed instead of failing on the old segment', async () => {
    const el = await fixture<LitElement & { feed: object }>(html`<funding-breakdown
      .feed=${funded([
        { label: 'CAF', funderType: 'caf', amount: 600 },
        { label: 'Ville', funderType: 'commune', amount: 400 },
        { label: 'Fondation X', funderType: 'fondation', amount: 100 },
      ])}
    ></funding-breakdown>`);
    await settled(el);
    expect(segs(el)).to.have.length(3);
    const errors = await pageErrors(async () => {
      await tapLast(el);
      el.feed = funded([{ label: 'Département', funderType: 'departement', amount: 250 }]);
      await settled(el);
    });
    expect(errors).to.deep.equal([]);
    expect(segs(el)).to.have.length(1);
    expect(fold(shadowText(el))).to.contain('250 €');
    expect(fold(shadowText(el))).to.not.contain('CAF');
  });

  it('<impact-dashboard>: a tapped staffing segment, then a département filter, shows the filtered figures in every panel', async () => {
    const el = await fixture<ImpactDashboard>(html`<impact-dashboard no-url src="/demo/sample-feed.json"></impact-dashboard>`);
    await settled(el, 30_000);
    const staffing = el.shadowRoot!.querySelector<LitElement>('staffing-chart')!;
    await settled(staffing);
    const errors = await pageErrors(async () => {
      await tapLast(staffing);
      el.filters = { departement: '57' };
      await el.updateComplete;
      await settled(staffing);
    });
    expect(errors).to.deep.equal([]);
    const feed = (staffing as LitElement & { feed: { actions: unknown[] } }).feed;
    const shown = el.shadowRoot!.querySelector('[part="figure"] .value')!.textContent!.trim();
    expect(shown).to.equal(String(feed.actions.length));
    // The staffing panel speaks of the same actions as the headline.
    const summary = fold(staffing.shadowRoot!.querySelector('.graphic svg')?.getAttribute('aria-label') ?? shadowText(staffing));
    expect(summary).to.not.contain('38 actions');
  });
});

/** A summary nested `levels` deep, built without recursion. */
function nested(levels: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

const thirty = Array.from({ length: 30 }, (_, i) => ({
  id: `a${i}`,
  structureId: 's',
  title: `Action ${i}`,
  budget: { revenues: [{ label: 'CAF', funderType: 'caf', amount: 100 }] },
  staffing: { etpSalaried: 0.5 },
}));

const ELEMENTS = ['action-list', 'funding-breakdown', 'staffing-chart', 'territory-map', 'impact-dashboard'] as const;

/** Serves a feed from memory as a blob URL, so elements load it through `src` as from a server. */
const served = (feed: unknown) => URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));

describe('one bad value never blanks an element', () => {
  it('<action-card> shows the deeply nested action, without its summary', async () => {
    const src = served({ version: '1.0', structures, actions: [...thirty, { id: 'deep', structureId: 's', title: 'Profonde', summary: nested(4000) }] });
    const el = await fixture<LitElement>(html`<action-card src=${src} action-id="deep"></action-card>`);
    await settled(el, 30_000);
    expect(shadowText(el)).to.contain('Profonde');
  });

  for (const tag of ELEMENTS) {
    it(`<${tag}>: 30 actions and one nested 4,000 levels deep show all 31 (src)`, async () => {
      const src = served({ version: '1.0', structures, actions: [...thirty, { id: 'deep', structureId: 's', title: 'Profonde', summary: nested(4000) }] });
      const el = document.createElement(tag) as LitElement;
      el.setAttribute('src', src);
      document.body.append(el);
      await settled(el, 30_000);
      expect(el.shadowRoot!.querySelector('[data-tone="error"]'), shadowText(el)).to.equal(null);
      el.remove();
    });

    it(`<${tag}>: a wrong title, date and source URL of the feed are ignored, with a note naming them`, async () => {
      const el = document.createElement(tag) as LitElement & { feed: object };
      el.feed = { version: '1.0', title: 2024, generated: 20240101, source: { url: '/fiches' }, structures, actions: thirty };
      document.body.append(el);
      await settled(el, 30_000);
      expect(el.shadowRoot!.querySelector('[data-tone="error"]'), shadowText(el)).to.equal(null);
      expect(shadowText(el)).to.contain('Champs du flux ignorés car invalides : title, generated, source.');
      el.remove();
    });
  }
});
