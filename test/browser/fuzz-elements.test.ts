/**
 * Fuzzing in Chromium (issue 16): the generated and mutated feeds of test/fuzz/feeds.ts (scripts/make-feed.mjs
 * shapes, then wrong types, NaN/±∞/1e308 amounts, 1 MB strings, deep nesting, long lists, prototype keys, NUL,
 * lone surrogates, bidi…) go into all six elements, as `.feed` and, one case in four, as `src` over HTTP. Before
 * each next feed, the last segment of both charts is tapped (a tooltip showing) and a smaller feed (its first
 * action) is set under it. Asserted every time: no uncaught error or unhandled rejection; every element shows
 * content or its localized error (never blank, never "undefined", "NaN" or "Infinity"); when the feed is read but
 * some actions were rejected, every element that aggregates says how many ("N fiches sur M…"), and the list
 * shows every kept action.
 * Seeded fast-check: the seed and the shrunk case are printed on failure; a failure replays with the same seed.
 * Batches sized for CI: BATCHES × RUNS feeds per group (300 for both groups).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import '../../src/territory-map/define.js';
import type { LitElement } from 'lit';
import { validateFeed } from '../../src/feed/validate.js';
import { sharedMessages } from '../../src/shared/messages.js';
import { buildCase, fuzzInput } from '../fuzz/feeds.js';
import { segs, settled, shadowText } from './helpers.js';

/** Three batches of 50 per group (each well inside the 60 s test budget at load), seeds SEED, SEED + 1, SEED + 2. */
const BATCHES = 3;
const RUNS = 50;
const SEED = 20261203;
const sample = await (await fetch('/demo/sample-feed.json')).json();
const t = sharedMessages('fr');

const SETUPS: [string, Record<string, string>][] = [
  ['action-card', { variant: 'full' }],
  ['action-list', { 'page-size': '200' }],
  ['funding-breakdown', {}],
  ['staffing-chart', {}],
  ['territory-map', { metric: 'budget' }],
  ['impact-dashboard', { 'no-url': '' }],
];
/** The elements that show aggregates and so the skipped-fiches warning. */
const AGGREGATES = new Set(['action-list', 'funding-breakdown', 'staffing-chart', 'territory-map', 'impact-dashboard']);

const pageErrors: string[] = [];
addEventListener('error', (e) => pageErrors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => pageErrors.push(String(e.reason)));

/** Serves a feed over HTTP from the test server (web-test-runner.config.mjs's echoFeed) and returns its URL. */
async function servedOverHttp(feed: unknown): Promise<string> {
  const id = Math.random().toString(36).slice(2);
  const r = await fetch(`/__echo-feed?id=${id}`, { method: 'POST', body: JSON.stringify(feed) });
  expect(r.ok, 'echo feed stored').to.equal(true);
  return `/__echo-feed?id=${id}`;
}

/** Waits until an element shows its current feed (a new feed parses asynchronously) and the ones inside it. */
async function current(el: Element): Promise<void> {
  // The update starts the load of the new source; only then does loaded() stand for it.
  await (el as LitElement).updateComplete;
  await (el as unknown as { data?: { loaded(): Promise<void> } }).data?.loaded();
  await settled(el as LitElement, 60_000);
  if (el.shadowRoot) await Promise.all([...el.shadowRoot.querySelectorAll('*')].filter((e) => e.shadowRoot && 'updateComplete' in e).map(current));
}

/** Taps the last segment of a chart, as a finger does, so that its tooltip shows. */
function tapLast(chart: Element): void {
  const last = segs(chart).at(-1);
  if (!last) return;
  const r = last.getBoundingClientRect();
  last.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch', clientX: r.x + 2, clientY: r.y + 2 }));
}

/** What is wrong with what an element shows: blank, a broken figure, or no localized message for an error. */
function problems(el: Element, expectedRejected: number | undefined, actionCount: number, kept: number): string[] {
  const text = shadowText(el);
  const out: string[] = [];
  if (!text) out.push('blank');
  if (/\bundefined\b|\bNaN\b|Infinity|∞|\[object Object\]/.test(text)) out.push(`broken text: ${text.slice(0, 120)}`);
  const error = el.shadowRoot!.querySelector('[data-tone="error"]');
  const said = (error?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (error && !said.includes(t.errorTitle)) out.push(`unlocalized error: ${said.slice(0, 120)}`);
  if (!error && expectedRejected && AGGREGATES.has(el.localName) && !text.includes(t.skipped(expectedRejected, actionCount))) {
    out.push(`no count of the ${expectedRejected} rejected actions`);
  }
  if (!error && el.localName === 'action-list' && kept && el.shadowRoot!.querySelectorAll('action-card').length !== kept) {
    out.push(`list shows ${el.shadowRoot!.querySelectorAll('action-card').length} of ${kept} kept actions`);
  }
  return out;
}

describe(`fuzzing: ${BATCHES} × ${RUNS} generated feeds into all six elements`, () => {
  let els: (LitElement & { feed?: unknown; src?: string | null })[] = [];
  const counts = { feeds: 0, overHttp: 0, underTooltip: 0, rejected: 0 };
  before(() => {
    els = SETUPS.map(([tag, attrs]) => {
      const el = document.createElement(tag) as LitElement & { feed?: unknown };
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      document.body.append(el);
      return el;
    });
  });
  after(() => {
    els.forEach((el) => el.remove());
    console.log(`browser fuzz: ${counts.feeds} feeds (${counts.overHttp} over HTTP) × ${SETUPS.length} elements, ${counts.underTooltip} set under a showing tooltip, ${counts.rejected} actions rejected and counted`);
  });

  for (let batch = 0; batch < BATCHES; batch++) {
    it(`batch ${batch + 1} (seed ${SEED + batch}): every element shows content or its localized error, with a count of what was rejected; nothing reaches the page`, async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fuzzInput, async (input) => {
          const c = buildCase(input, sample);
          const http = run++ % 4 === 3;
          let expected: { rejected?: number; actionCount: number; kept: number } = { actionCount: 0, kept: 0 };
          try {
            // Over HTTP the element reads the feed as JSON text: NaN and ±∞ become null, -0 becomes 0.
            const { feed, issues, actionCount } = validateFeed(http ? JSON.parse(JSON.stringify(c.feed)) : c.feed);
            const rejected = new Set(issues.filter((i) => i.rejected && i.path[0] === 'actions').map((i) => i.path[1])).size;
            expected = { rejected, actionCount, kept: feed.actions.length };
            const first = feed.actions[0];
            for (const el of els) if (el.localName === 'action-card') el.setAttribute('action-id', first?.id ?? 'absente');
          } catch {
            // A document that is not a feed: every element shows its localized error.
          }
          const url = http ? await servedOverHttp(c.feed) : undefined;
          for (const el of els) {
            if (url) (el.feed = undefined), (el.src = url);
            else (el.src = null), (el.feed = c.feed);
          }
          await Promise.all(els.map(current));
          const seen = els.flatMap((el) => problems(el, expected.rejected, expected.actionCount, expected.kept).map((p) => `<${el.localName}> ${p}`));
          expect(seen, `${http ? 'over HTTP' : '.feed'}: ${JSON.stringify(seen)}`).to.deep.equal([]);
          // A smaller feed under a showing tooltip.
          const charts = els.filter((el) => el.localName === 'funding-breakdown' || el.localName === 'staffing-chart');
          charts.forEach(tapLast);
          await Promise.all(charts.map((el) => el.updateComplete));
          const actions = Array.isArray(c.feed.actions) ? c.feed.actions : [];
          const smaller = { ...c.feed, actions: actions.slice(0, 1) };
          for (const el of charts) (el.src = null), (el.feed = smaller);
          await Promise.all(charts.map(current));
          for (const el of charts) expect(shadowText(el), `<${el.localName}> after a smaller feed`).to.not.equal('');
          expect(pageErrors).to.deep.equal([]);
          counts.feeds++;
          counts.overHttp += http ? 1 : 0;
          counts.underTooltip += charts.length;
          counts.rejected += expected.rejected ?? 0;
        }),
        // No shrinking (each step re-renders six elements): the seed, the path and the failing case are printed.
        { numRuns: RUNS, seed: SEED + batch, endOnFailure: true, includeErrorInReport: true },
      );
    });
  }
});
