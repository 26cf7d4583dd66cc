/**
 * The facts a reader of a fiche would list, in one comparable shape: what the importer tests
 * compare exactly (title, status, département, keywords, public, partners, budget, ETP,
 * people by kind, beneficiaries).
 */
import assert from 'node:assert/strict';
import type { FeedInput } from '../../src/feed/schema.js';
import { importFiles } from '../../src/import/import.js';

/** The facts a reader of the fiche would list, in one comparable shape. */
export function facts(feed: FeedInput) {
  return (feed.actions ?? []).map((a) => JSON.parse(JSON.stringify({
    title: a.title,
    status: a.status?.state,
    departement: feed.structures!.find((s) => s.id === a.structureId)?.departement,
    keywords: a.keywords,
    public: a.public,
    partners: a.partners?.map((p) => `${p.name} (${p.type})`),
    budget: a.budget && { total: a.budget.total, revenues: a.budget.revenues?.map((r) => `${r.funderType} ${r.amount ?? '-'}`), expenses: a.budget.expenses?.map((e) => `${e.label} ${e.amount ?? '-'}`) },
    etp: a.staffing && [a.staffing.etpSalaried, a.staffing.etpVolunteer],
    people: a.staffing?.people?.map((p) => `${p.kind} ${p.count ?? '-'}`),
    beneficiaries: a.beneficiaries?.map((b) => `${b.approximate ? '~' : ''}${b.count} ${b.label}`),
  })));
}

/** Imports one text (every communes' data loaded by the caller) and gives its facts; fails on an invalid feed. */
export function readFacts(text: string, name = 'fiche.txt') {
  const { feed, report, valid } = importFiles([{ name, text }]);
  assert.ok(valid, report.invalid.join('\n'));
  return facts(feed);
}
