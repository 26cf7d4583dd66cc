/**
 * Heading levels an element takes from its `heading-level` attribute, so it fits the host page's outline
 * (a card under an h2 of the page starts at 3). One clamp for every element: a level out of range or not a
 * number falls back instead of producing an `aria-level` of 0 or 9.
 */
import { html, type TemplateResult } from 'lit';

/** `value` rounded into 2…`max` (a top heading stays the page's h1), `fallback` when it is not a number. */
export function headingLevel(value: number, fallback: number, max = 6): number {
  return Math.min(max, Math.max(2, Math.round(value) || fallback));
}

/**
 * A sub-heading `depth` levels under `level` (capped at 6). A `role="heading"` element, as the titles are:
 * a tag name cannot be a binding, and one template per level cost the card 0.2 kB gzip.
 */
export function heading(level: number, depth: number, content: unknown, className = 'heading'): TemplateResult {
  return html`<div class=${className} role="heading" aria-level=${Math.min(6, level + depth)}>${content}</div>`;
}
