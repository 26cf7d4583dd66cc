/**
 * Text in no known format: one best-effort action (first short line as title, the text as
 * description, any budget or staffing figures the prose gives), flagged for review.
 */
import { newDraft, type Draft } from '../draft.js';
import { extractFigures } from '../figures.js';
import { findAmounts } from '../french-numbers.js';
import { clean, joinText, type Line } from '../text.js';

export function parseUnknown(lines: readonly Line[]): Draft[] {
  const first = lines.find((l) => clean(l.text));
  if (!first) return [];
  const short = clean(first.text);
  const title = short.length <= 120 ? short : `${short.slice(0, 80).replace(/\s+\S*$/, '')}…`;
  const d = newDraft('unknown', first.n, title);
  d.flagged = true;
  d.rec.assume('title', 'format non reconnu : première ligne prise comme titre, texte gardé en description', first.n);
  const body = lines.filter((l) => l !== first);
  const text = joinText(body);
  if (text) d.action.description = text;
  const figures = extractFigures(text ?? '');
  d.action.beneficiaries.push(...figures.beneficiaries);
  d.action.outcomes.push(...figures.outcomes);
  for (const l of body) {
    if (findAmounts(l.text).length) d.rec.unknown('budget', clean(l.text), l.n);
  }
  return [d];
}
