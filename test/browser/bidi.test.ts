// Bidi spoofing, measured where it shows: the positions of the glyphs Chromium lays out. An unclosed U+202E
// (RIGHT-TO-LEFT OVERRIDE) in one feed string, even after a closing mark that closes nothing, must not change the
// order in which the next words read. Each case fails when feed text is inserted as it is (without
// src/shared/bidi.ts).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { LitElement } from 'lit';
import { settled } from './helpers.js';

const RLO = '\u202e';
const PDI = '\u2069';

/** The left edge of each character of `word` in the first text node of `root` holding it (ASCII words). */
function glyphLefts(root: ShadowRoot, word: string, within = ''): number[] {
  const scope = within ? root.querySelector(within) : root;
  if (!scope) throw new Error(`no ${within}`);
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(word);
    if (at < 0) continue;
    return [...word].map((_, i) => {
      const range = document.createRange();
      range.setStart(n!, at + i);
      range.setEnd(n!, at + i + 1);
      return range.getBoundingClientRect().left;
    });
  }
  throw new Error(`"${word}" is not rendered`);
}

/** True when the characters read left to right, as French does. */
const leftToRight = (lefts: number[]) => lefts.every((x, i) => i === 0 || x > lefts[i - 1]!);

function feedWith(action: object, structureName = 'Centre social') {
  return {
    version: '1.0',
    structures: [{ id: 's', name: structureName, departement: '62' }],
    actions: [{ id: 'a', structureId: 's', title: 'Atelier', ...action }],
  };
}

async function mount(tag: string, feed: object, attrs: Record<string, string>): Promise<ShadowRoot> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
  const el = document.createElement(tag) as LitElement & { feed: object };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.feed = feed;
  host.append(el);
  await settled(el);
  for (let i = 0; i < 1500 && !el.shadowRoot!.querySelector('article, .frame'); i++) await new Promise((r) => setTimeout(r, 20));
  return el.shadowRoot!;
}

describe('Bidi isolation of feed text (rendered glyph order)', () => {
  it('an unclosed RLO in one partner does not reverse the next partner (card)', async () => {
    const root = await mount('action-card', feedWith({ partners: [{ name: `Espace ${RLO}jeunes` }, { name: 'Mairie de Lens' }] }), { 'action-id': 'a', variant: 'full' });
    const lefts = glyphLefts(root, 'Mairie');
    expect(lefts).to.have.length(6);
    expect(leftToRight(lefts), `glyph lefts ${lefts.join(', ')}`).to.equal(true);
  });

  it('a stray PDI before the RLO cannot end the isolation early (card, publics)', async () => {
    const root = await mount('action-card', feedWith({ public: [`Familles${PDI}${RLO}x`, 'Seniors du quartier'] }), { 'action-id': 'a', variant: 'full' });
    expect(leftToRight(glyphLefts(root, 'Seniors'))).to.equal(true);
  });

  it("an unclosed RLO in a structure's name does not reverse its place (card)", async () => {
    const root = await mount('action-card', feedWith({}, `Centre ${RLO}social`), { 'action-id': 'a' });
    expect(leftToRight(glyphLefts(root, 'Pas-de-Calais', '.structure'))).to.equal(true);
  });

  it('an unclosed RLO in one unquantified funder does not reverse the next one in the note (funding-breakdown)', async () => {
    const revenues = [
      { label: 'CAF', funderType: 'caf', amount: 300 },
      { label: `Ville ${RLO}de Lens`, funderType: 'commune' },
      { label: 'Fondation Abbott', funderType: 'fondation' },
    ];
    const root = await mount('funding-breakdown', feedWith({ budget: { revenues } }), { 'action-id': 'a', 'group-by': 'funder' });
    expect(leftToRight(glyphLefts(root, 'Abbott', '[part="notes"]'))).to.equal(true);
  });

  it("an unclosed RLO in the structure's name does not reverse the rest of the title (staffing-chart)", async () => {
    const feed = feedWith({ staffing: { people: [{ role: 'Animateur', kind: 'salarie', etp: 1 }] } }, `Centre ${RLO}social`);
    const root = await mount('staffing-chart', feed, { structure: 's', departement: '62' });
    expect(leftToRight(glyphLefts(root, 'Pas-de-Calais', '[part="title"]'))).to.equal(true);
  });
});
