/**
 * Injection corpus (issue 16): every payload of test/fixtures/injection-payloads.json (script tags, event
 * handlers, javascript:/data:/vbscript: URLs with case, whitespace and entity tricks, SVG and MathML, CSS
 * expressions, template and Lit markers, CSV formula leads, bidi controls, NUL, lone surrogates) is written into
 * every text and URL field of a feed, which goes through every element and every export: CSV, SVG and PNG of
 * both charts, the dashboard's CSV, printing (the list and the dashboard as beforeprint lays them out).
 * Asserted for each: no payload ran (a tripwire any executed payload calls), no on* attribute, no link or source
 * with a scheme other than http(s)/mailto/tel and no script, iframe, object or embed in any shadow root or
 * SVG export; every SVG export parses as XML, every PNG decodes, no CSV cell can start a formula (OWASP: = + - @
 * tab CR, after leading whitespace or invisible characters, full-width signs too), and every bidi control the
 * feed brought is closed within its own text (isolated from its neighbours).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import '../../src/territory-map/define.js';
import type { LitElement } from 'lit';
import { segs, settled } from './helpers.js';

const PAYLOADS: string[] = (await (await fetch('/test/fixtures/injection-payloads.json')).json()).payloads;
const MARK = '\u0091MARK\u0091';

/** Every text and URL field of the feed, each holding MARK (replaced by the payload). */
function template(): Record<string, unknown> {
  const place = { name: MARK };
  const structure = (id: string, name: string) => ({
    id,
    name,
    departement: '62',
    commune: place,
    address: MARK,
    phones: [MARK],
    email: MARK,
    website: MARK,
    openingHours: [MARK],
    summary: MARK,
  });
  const action = (id: string, structureId: string, title: string) => ({
    id,
    structureId,
    title,
    url: MARK,
    status: { state: 'en-cours', reason: MARK },
    year: 2024,
    period: { start: MARK, end: MARK },
    dimension: MARK,
    keywords: [MARK],
    summary: MARK,
    initiative: [MARK],
    rationale: MARK,
    territory: { scale: 'commune', places: [MARK] },
    public: [MARK],
    partners: [{ name: MARK, type: 'association' }],
    description: MARK,
    budget: {
      total: 3000,
      text: MARK,
      revenues: [
        { label: MARK, funderType: 'caf', amount: 1200 },
        { label: 'Commune', funderType: 'commune', amount: 800 },
      ],
      expenses: [{ label: MARK, amount: 2000 }],
    },
    staffing: {
      text: MARK,
      people: [
        { role: MARK, kind: 'salarie', etp: 1, name: MARK },
        { role: 'animatrice', kind: 'benevole', etp: 0.5 },
      ],
    },
    beneficiaries: [{ label: MARK, count: 12 }],
    outcomes: [{ label: MARK, count: 3 }],
    evaluation: { territory: MARK, centre: MARK, inhabitants: MARK, successFactors: MARK },
    limits: MARK,
    perspectives: MARK,
    files: [{ label: MARK, url: MARK }],
    contact: { phone: MARK, email: MARK, website: MARK },
    source: { format: 'manual', file: MARK, url: MARK, retrieved: MARK },
  });
  return {
    version: '1.0',
    title: MARK,
    generated: MARK,
    source: { name: MARK, url: MARK },
    // The payload as a structure's id and name too; a second action with a plain title and structure is shown
    // even when a payload is not a valid title (blank once trimmed), with every other field hostile.
    structures: [structure(MARK, MARK), structure('s2', 'Centre témoin')],
    actions: [action('a', MARK, MARK), action('b', 's2', 'Atelier témoin')],
  };
}

const TEMPLATE = JSON.stringify(template());
const FIELDS = TEMPLATE.split(MARK).length - 1;
/** The feed with the payload in every field (a replacer function: payloads hold `$` patterns). */
const feedWith = (payload: string) => JSON.parse(TEMPLATE.replaceAll(MARK, () => JSON.stringify(payload).slice(1, -1)));

/** What would make a link or a source run code or leave the allowed schemes. */
const SAFE_SCHEME = /^(https?|mailto|tel|blob):/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'srcset', 'poster', 'background', 'ping']);
const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'foreignobject', 'math']);
/** A scheme as a browser reads it: ASCII whitespace and controls inside it are dropped. */
const schemeOf = (value: string) => /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020\u007f]+/g, ''))?.[1];

/** Elements of a tree, shadow roots (nested elements too) included. */
function* everyElement(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* everyElement(el.shadowRoot);
  }
}

/**
 * Text that shares a line or a label with other text: text nodes beside other content or inside an inline box
 * (a control reaches the next box of the paragraph), and text-bearing attributes. A text node that is the whole
 * content of a block is its own paragraph, which ends any embedding: it cannot reorder a neighbour.
 */
function* everyText(root: ParentNode): Generator<[string, string]> {
  for (const el of everyElement(root)) {
    const texts = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    const alone = texts.length === 1 && el.children.length === 0;
    const where = `<${el.localName} class="${el.getAttribute('class') ?? ''}">`;
    if (!(alone && ownParagraph(el))) for (const n of texts) yield [n.textContent!, where];
    for (const a of ['aria-label', 'title', 'alt', 'aria-description']) if (el.hasAttribute(a)) yield [el.getAttribute(a)!, `${where} ${a}`];
  }
}

/** Whether an element is alone in a block (or an isolate), up its inline ancestors: nothing shares its line. */
function ownParagraph(el: Element): boolean {
  for (let at: Element | null = el; at; ) {
    const style = getComputedStyle(at);
    if (!style.display.startsWith('inline') || /isolate|plaintext/.test(style.unicodeBidi)) return true;
    const parent: Element | null = at.parentElement;
    if (!parent) return false;
    const others = [...parent.childNodes].filter((n) => n !== at && (n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.textContent!.trim())));
    if (others.length) return false;
    at = parent;
  }
  return false;
}

/** Waits until an element and the feed elements inside it show their current feed (a new feed parses async). */
async function current(el: Element): Promise<void> {
  // The update starts the load of the new source; only then does loaded() stand for it.
  await (el as LitElement).updateComplete;
  await (el as unknown as { data?: { loaded(): Promise<void> } }).data?.loaded();
  await settled(el as LitElement);
  if (el.shadowRoot) await Promise.all([...el.shadowRoot.querySelectorAll('*')].filter((e) => e.shadowRoot && 'updateComplete' in e).map(current));
}

/** What is dangerous in a tree: forbidden elements, handlers, links and sources of other schemes, CSS urls. */
function dangers(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of everyElement(root)) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of el.attributes) {
      const n = name.toLowerCase();
      if (n.startsWith('on')) found.push(`<${tag} ${n}>`);
      const scheme = URL_ATTRIBUTES.has(n) || n.endsWith(':href') ? schemeOf(value) : undefined;
      if (scheme && !SAFE_SCHEME.test(`${scheme}:`)) found.push(`<${tag} ${n}="${value.slice(0, 40)}">`);
      // url(#…) is the chart's own pattern fill; any other url(), expression() or binding could load or run.
      if (n === 'style' && /url\((?!\s*["']?#)|expression|binding/i.test(value)) found.push(`<${tag} style="${value.slice(0, 40)}">`);
    }
  }
  return found;
}

/** A bidi control the text opens and does not close, or closes without opening (it would reach its neighbours). */
function openBidi(text: string): boolean {
  const stack: string[] = [];
  for (const c of text) {
    if ('\u202a\u202b\u202d\u202e'.includes(c)) stack.push('\u202c');
    else if ('\u2066\u2067\u2068'.includes(c)) stack.push('\u2069');
    else if (c === '\u202c' || c === '\u2069') {
      if (stack.pop() !== c) return true;
    }
  }
  return stack.length > 0;
}
const unisolated = (texts: Iterable<[string, string]>) => [...texts].filter(([t]) => openBidi(t)).map(([t, where]) => `${where} ${JSON.stringify(t.slice(0, 60))}`);

/** OWASP's CSV rule: a cell must not begin with = + - @ tab or CR, whatever invisible or blank characters precede. */
const FORMULA = /^[\s\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]*[=+\-@＝＋－＠\t\r]/;

/** The cells of a `;` CSV with "" quoting. */
function csvCells(csv: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ';' || c === '\n') cells.push(cell.replace(/\r$/, '')), (cell = '');
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** Errors and rejections that reached the page. */
const pageErrors: string[] = [];
addEventListener('error', (e) => pageErrors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => pageErrors.push(String(e.reason)));

/** The tripwire: any payload that runs calls it (or alert, or sets a location). */
const tripped: string[] = [];
const w = window as unknown as Record<string, unknown>;
w.__pwned = () => tripped.push(new Error('payload ran').stack ?? 'payload ran');
const alertBefore = window.alert;

/** What an element downloads (captured instead of saved) when `click` runs. */
async function download(click: () => void, failed: () => boolean): Promise<Blob | undefined> {
  const create = URL.createObjectURL;
  const anchorClick = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let clicked = false;
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:captured');
  HTMLAnchorElement.prototype.click = () => void (clicked = true);
  try {
    click();
    for (let i = 0; i < 3000 && !clicked && !failed(); i++) await new Promise((r) => setTimeout(r, 10));
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = anchorClick;
  }
  return blob;
}

const SETUPS: [string, Record<string, string>][] = [
  ['action-card', { 'action-id': 'a', variant: 'full' }],
  ['action-card', { 'action-id': 'b', variant: 'full' }],
  ['action-list', {}],
  ['funding-breakdown', { 'action-id': 'b' }],
  ['funding-breakdown', { 'group-by': 'funder', show: 'both', type: 'bar' }],
  ['staffing-chart', { 'action-id': 'b' }],
  ['staffing-chart', {}],
  ['territory-map', { metric: 'budget' }],
  ['impact-dashboard', { 'no-url': '' }],
];
const CHARTS = [3, 4, 5, 6];

describe(`injection corpus: ${PAYLOADS.length} payloads × ${FIELDS} fields × ${SETUPS.length} element set-ups, and every export`, () => {
  const counts = { placements: 0, svg: 0, png: 0, csv: 0, prints: 0 };
  let els: (LitElement & { feed: unknown })[] = [];

  before(async () => {
    window.alert = () => void tripped.push('alert');
    els = SETUPS.map(([tag, attrs]) => {
      const el = document.createElement(tag) as LitElement & { feed: unknown };
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      document.body.append(el);
      return el;
    });
  });
  after(() => {
    window.alert = alertBefore;
    els.forEach((el) => el.remove());
    console.log(`injection corpus: ${counts.placements} placements (${PAYLOADS.length} payloads × ${FIELDS} fields × ${SETUPS.length} set-ups), ${counts.svg} SVG, ${counts.png} PNG, ${counts.csv} CSV, ${counts.prints} prints`);
  });

  for (const [p, payload] of PAYLOADS.entries()) {
    it(`payload ${p} ${JSON.stringify(payload).slice(0, 60)} in all ${FIELDS} fields: nothing runs, nothing dangerous, exports well-formed`, async () => {
      const at = `payload ${p} ${JSON.stringify(payload)}`;
      const feed = feedWith(payload);
      for (const el of els) el.feed = feed;
      await Promise.all(els.map(current));
      counts.placements += FIELDS * els.length;
      // Tooltips and tables show text too: the last segment of each chart tapped, its table opened.
      for (const i of CHARTS) {
        const chart = els[i]!;
        const last = segs(chart).at(-1);
        if (last) {
          const r = last.getBoundingClientRect();
          last.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch', clientX: r.x + 2, clientY: r.y + 2 }));
        }
        const toggle = chart.shadowRoot!.querySelector<HTMLButtonElement>('.toggle[aria-expanded="false"]');
        toggle?.click();
        await chart.updateComplete;
      }
      for (const el of els) {
        // Action "a" holds the payload as its title and structure id too: when that is not a valid title (blank
        // once trimmed), its card says it is not in the feed, which is right.
        if (el !== els[0]) expect(el.shadowRoot!.querySelector('[data-tone="error"]'), `${at}: <${el.localName}> shows an error`).to.equal(null);
        expect(dangers(el.shadowRoot!), `${at}: <${el.localName}>`).to.deep.equal([]);
        expect(unisolated(everyText(el.shadowRoot!)), `${at}: <${el.localName}> bidi`).to.deep.equal([]);
      }

      // Exports of both charts.
      for (const i of CHARTS) {
        const chart = els[i]!;
        const failed = () => !!chart.shadowRoot!.querySelector('.export-failed:not([hidden])');
        const button = (format: string) => () => chart.shadowRoot!.querySelector<HTMLButtonElement>(`[data-export="${format}"]`)!.click();
        const svg = await download(button('svg'), failed);
        expect(svg, `${at}: <${chart.localName}> SVG`).to.not.equal(undefined);
        const doc = new DOMParser().parseFromString(await svg!.text(), 'image/svg+xml');
        expect(doc.querySelector('parsererror')?.textContent ?? null, `${at}: SVG parses`).to.equal(null);
        expect(dangers(doc), `${at}: SVG`).to.deep.equal([]);
        expect(unisolated([...doc.querySelectorAll('text, tspan, title, desc')].map((t): [string, string] => [t.textContent ?? '', t.localName])), `${at}: SVG bidi`).to.deep.equal([]);
        counts.svg++;
        const png = await download(button('png'), failed);
        expect(png?.type, `${at}: <${chart.localName}> PNG`).to.equal('image/png');
        expect((await createImageBitmap(png!)).width, `${at}: PNG decodes`).to.be.above(0);
        counts.png++;
        const csv = await download(button('csv'), failed);
        const bad = csvCells((await csv!.text()).replace(/^\ufeff/, '')).filter((c) => FORMULA.test(c));
        expect(bad, `${at}: <${chart.localName}> CSV`).to.deep.equal([]);
        counts.csv++;
      }
      // The dashboard's CSV and print (window.print stubbed: beforeprint and afterprint, as Ctrl+P fires them).
      const dashboard = els[8]!;
      const tools = [...dashboard.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')];
      const csv = await download(() => tools[0]!.click(), () => false);
      expect(csvCells((await csv!.text()).replace(/^\ufeff/, '')).filter((c) => FORMULA.test(c)), `${at}: dashboard CSV`).to.deep.equal([]);
      counts.csv++;
      const print = window.print;
      window.print = () => void dispatchEvent(new Event('beforeprint'));
      try {
        tools[1]!.click();
        await Promise.all([els[2]!, dashboard].map(current));
        for (const el of [els[2]!, dashboard]) {
          expect(dangers(el.shadowRoot!), `${at}: printed <${el.localName}>`).to.deep.equal([]);
          expect(unisolated(everyText(el.shadowRoot!)), `${at}: printed <${el.localName}> bidi`).to.deep.equal([]);
        }
        counts.prints += 2;
      } finally {
        dispatchEvent(new Event('afterprint'));
        window.print = print;
      }
      expect(tripped, at).to.deep.equal([]);
      expect(pageErrors, at).to.deep.equal([]);
    });
  }

  it('left nothing in the page outside the elements, and the tripwire never fired', () => {
    expect([...document.body.children].map((e) => e.localName).filter((n) => !/^(action-card|action-list|funding-breakdown|staffing-chart|territory-map|impact-dashboard|script|div)$/.test(n))).to.deep.equal([]);
    expect(tripped).to.deep.equal([]);
  });
});
