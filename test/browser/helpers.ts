/** Helpers shared by browser tests: waiting for an element's data, reading its shadow text. */
import { fixture } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';

/** Waits until the element has finished loading (no skeleton, no pending task). */
// The browser keeps 250 resource timings by default and drops the rest silently. In the source group every
// module is a request, so a test file can fill the buffer before its own fetches: tests that count requests
// (one download shared, no zod fetched) would then see none. The buffer is made large enough for any file.
performance.setResourceTimingBufferSize(100_000);

export async function settled(el: LitElement, timeoutMs = 30_000): Promise<void> {
  const start = performance.now();
  for (;;) {
    await el.updateComplete;
    const root = el.shadowRoot!;
    if (!root.querySelector('[aria-busy="true"]')) return;
    if (performance.now() - start > timeoutMs) throw new Error(`${el.localName} still loading after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The rendered text of a shadow root, whitespace folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** A URL nobody else uses, so each test counts its own requests. */
export function uniqueUrl(path: string): string {
  return `${path}?t=${Math.random().toString(36).slice(2)}`;
}

/** Runs axe-core on an element and returns the violations (id and nodes). */
export async function axeViolations(el: Element): Promise<string[]> {
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
  const result = await axe.run(el, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
}

/** Intl's separators folded: narrow no-break space in thousands, no-break space before € and %. */
export const fold = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u202f\u00a0]+/g, ' ').trim();

/** Text as laid out (legend cells and tooltip lines are separate boxes). */
export const seen = (el: Element | null): string => fold((el as HTMLElement).innerText);

/** Renders a template and waits until the element has its data. */
export async function rendered<T extends LitElement>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await settled(el);
  return el;
}

/** The focusable segments of a chart. */
export const segs = (el: Element): SVGPathElement[] => [...el.shadowRoot!.querySelectorAll<SVGPathElement>('.graphic .seg')];

/** Clicks an element's download button and captures the file instead of saving it. */
export async function captureDownload(el: Element, format: 'csv' | 'svg' | 'png'): Promise<{ name: string; blob: Blob }> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | undefined;
  let name = '';
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:captured');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-export="${format}"]`)!.click();
    for (let i = 0; i < 100 && !name; i++) await new Promise((r) => setTimeout(r, 20));
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  if (!blob) throw new Error('nothing downloaded');
  return { name, blob };
}
