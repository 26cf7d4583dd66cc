/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), which a
 * strict Content-Security-Policy (`style-src 'self'`) allows, unlike a `style`
 * attribute (Lit's styleMap writes the attribute on first render, which CSP blocks).
 * Used as an element binding: `<span ${styleProps({ '--share': '40%' })}>`.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Readonly<Record<string, string | number | undefined>>;

class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps is an element binding');
  }

  render(_props: Props) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [Props]) {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined) continue;
      // camelCase keys (flexGrow) become CSS names (flex-grow); custom properties stay as they are.
      const cssName = name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      style.setProperty(cssName, String(value));
      next.add(cssName);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return nothing;
  }
}

export const styleProps = directive(StylePropsDirective);
