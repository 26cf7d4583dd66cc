/** Helpers shared by browser tests: waiting for an element's data, reading its shadow text. */
import type { LitElement } from 'lit';

/** Waits until the element has finished loading (no skeleton, no pending task). */
export async function settled(el: LitElement, timeoutMs = 5000): Promise<void> {
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
