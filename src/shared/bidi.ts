/**
 * Bidirectional text from the feed, kept to itself. A feed string is untrusted: an unclosed U+202E (RIGHT-TO-LEFT
 * OVERRIDE) in one partner's name would reverse every partner after it in a " · " list, and a right-to-left label
 * (or a stray U+200F mark) beside an amount turns "6 700 €" into "700 6 €" on screen. Every place that puts feed
 * text next to other text — in the DOM, in an aria-label or title, in an exported image — passes it through
 * `isolate()`: the one rule, here.
 *
 * Plain text rather than `<bdi>`: the same string serves text nodes, attributes and exports, and text that
 * cannot reorder anything (Latin, digits, no control) is returned as it is, so French pages keep their exact
 * text and layout.
 */

/** Bidi controls and marks, and the strong right-to-left scripts (Hebrew to NKo and beyond, presentation forms, astral RTL blocks). */
const MAY_REORDER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** Whether a string could change the order of the text around it. */
export function mayReorder(text: string): boolean {
  return MAY_REORDER.test(text);
}

/**
 * The string with its explicit embeddings, overrides and isolates paired: a PDF or PDI that closes nothing is
 * dropped, and whatever is left open is closed at the end. What a reader sees inside the string is unchanged;
 * it just cannot leak past its end. (Unicode Bidirectional Algorithm, UAX #9, rules X1–X8.)
 */
export function closeBidi(text: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) return text;
  // Openers still open, innermost last: LRE RLE LRO RLO (embeddings, < U+2066) and LRI RLI FSI (isolates).
  const open: string[] = [];
  let out = '';
  for (const ch of text) {
    if ('\u202a\u202b\u202d\u202e\u2066\u2067\u2068'.includes(ch)) open.push(ch);
    else if (ch === '\u202c') {
      // A PDF closes the innermost embedding, never across an isolate.
      if (!(open[open.length - 1]! < '\u2066')) continue;
      open.pop();
    } else if (ch === '\u2069') {
      // A PDI closes its isolate and every embedding opened inside it; without an open isolate it is dropped.
      let at = open.length;
      while (at-- && open[at]! < '\u2066');
      if (at < 0) continue;
      open.length = at;
    }
    out += ch;
  }
  return out + open.reverse().map((c) => (c < '\u2066' ? '\u202c' : '\u2069')).join('');
}

/**
 * Feed text ready to sit beside other text: first-strong isolated (FSI … PDI, the plain-text `<bdi>`) with its
 * controls paired when it could reorder anything, else the string itself.
 */
export function isolate(text: string): string {
  return mayReorder(text) ? `\u2068${closeBidi(text)}\u2069` : text;
}

