/**
 * A default import publishes no one's name: every text of a draft (title, prose, labels,
 * roles, partners, structure summary) and every note of the report goes through
 * removeNames (names.ts). `--keep-names` skips this step.
 */
import type { Draft } from './draft.js';
import { REMOVED, withoutNames } from './names.js';
import type { ImportReport, Note } from './report.js';

type Count = { removed: number };

function scrubList(list: string[], count: Count): string[] {
  return list.map((s) => withoutNames(s, count)!).filter((s) => s !== REMOVED);
}

export function scrubDraft(d: Draft): void {
  const count: Count = { removed: 0 };
  const a = d.action;
  const w = (s: string | undefined) => withoutNames(s, count);
  a.title = w(a.title)!;
  a.summary = w(a.summary);
  a.description = w(a.description);
  a.rationale = w(a.rationale);
  a.limits = w(a.limits);
  a.perspectives = w(a.perspectives);
  a.initiative = scrubList(a.initiative, count);
  a.public = scrubList(a.public, count);
  a.partners = a.partners.map((p) => ({ ...p, name: w(p.name)! })).filter((p) => p.name !== REMOVED);
  if (a.evaluation) a.evaluation = Object.fromEntries(Object.entries(a.evaluation).map(([k, v]) => [k, typeof v === 'string' ? w(v) : v]));
  if (a.budget) {
    a.budget.text = w(a.budget.text);
    for (const r of a.budget.revenues) r.label = w(r.label)!;
    for (const e of a.budget.expenses) e.label = w(e.label)!;
  }
  if (a.staffing) {
    a.staffing.text = w(a.staffing.text);
    for (const p of a.staffing.people) p.role = w(p.role)!;
  }
  for (const f of [...a.beneficiaries, ...a.outcomes]) f.label = w(f.label)!;
  for (const f of a.files) f.label = w(f.label)!;
  if (d.structure) d.structure.summary = w(d.structure.summary);
  for (const n of [...d.rec.notUnderstood, ...d.rec.assumptions]) n.text = w(n.text)!;
  if (count.removed) d.rec.assume('?', `${count.removed} nom${count.removed > 1 ? 's' : ''} de personne retiré${count.removed > 1 ? 's' : ''} du flux (--keep-names pour les garder)`);
}

/** The report's own texts: titles and notes (drafts were scrubbed already; this covers what import added). */
export function scrubReport(report: ImportReport): void {
  const count: Count = { removed: 0 };
  const notes = (ns: Note[]) => {
    for (const n of ns) n.text = withoutNames(n.text, count)!;
  };
  for (const f of report.fiches) {
    f.title = withoutNames(f.title, count)!;
    notes(f.notUnderstood);
    notes(f.assumptions);
  }
}
