/**
 * Text widths in the element's own font, measured on a canvas that is never shown: no layout, no DOM node, so
 * the names can be placed (labels.ts) before they are drawn.
 */
let context: CanvasRenderingContext2D | null | undefined;

/** A measure of texts at `px` and `weight` in `host`'s font family, in px. */
export function textMeasure(host: Element, px: number, weight: number): (text: string) => number {
  context ??= document.createElement('canvas').getContext('2d');
  const ctx = context;
  // Without a canvas (a very old or locked-down browser), a generous average width of a bold letter.
  if (!ctx) return (text) => text.length * px * 0.7;
  const font = `${weight} ${px}px ${getComputedStyle(host).fontFamily}`;
  return (text) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}
