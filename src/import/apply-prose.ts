/**
 * Puts what the free-text reader found (prose.ts) into a draft. For text in no known format
 * everything is taken; for a form, only what its fields left empty (the form's own answers
 * always win), so a SENACS fiche gains the counts of its description and the département of
 * its commune, never a second budget.
 */
import type { Draft } from './draft.js';
import { mergePartners } from './draft.js';
import { knownPublicOf, readProse, type Aspect } from './prose.js';
import { round } from './french-numbers.js';
import { Recorder } from './report.js';
import { clean, fold, type Line } from './text.js';
import { funderTypeOf, structureKindOf } from './vocab.js';
import { FUNDER_TYPES, type FunderType } from '../feed/funders.js';
import { fundersIn } from './mentions.js';

export interface ApplyOptions {
  /** Take every kind of fact (free text), not only those the form left empty. */
  all?: boolean;
}

/** Words a team's time is written with: without one, a form's prose is not read for people (it is costly). */
const TIME_WORDS = /etp|e\.t\.p|temps|quivalent/i;

/** Own funds said to pay a part, without an amount: "le reste est pris sur les fonds propres", "et par les fonds propres du centre". */
const OWN_FUNDS_UNSAID = /\b(?:le reste|le solde|le compl[ée]ment|pris en charge|financ[ée]e?s?|assur[ée]e?s?|apport[ée]e?s?|compl[ée]t[ée]e?s?)\b[^.€]{0,50}?(?:\([^()]*\)[^.€]{0,20}?)?\b(?:par|sur)\s+(?:(?:les|ses|leurs|nos|ces)\s+)?(?:fonds|ressources)\s+propres\b/i;

export function applyProse(d: Draft, lines: readonly Line[], options: ApplyOptions = {}): void {
  const all = options.all ?? false;
  // Guesses about a field the form already answers would only be noise in the report.
  const notes = new Recorder();
  const a = d.action;
  // A form answers most fields itself: only what it left empty is looked for.
  const aspects: Aspect[] = all
    ? ['money', 'people', 'public', 'place', 'state', 'counts', 'partners', 'structure']
    : [
        ...(a.budget?.total !== undefined ? [] : ['money' as const]),
        ...(a.public.length ? [] : ['public' as const]),
        ...(a.beneficiaries.length ? [] : ['counts' as const]),
        ...(d.structure?.departement ? [] : ['place' as const]),
        // A form with no team answer may still count its team in its prose ("un animateur et quatre bénévoles").
        // (Not its status: the hand-made sample gives forms without a status field none.)
        ...(a.staffing?.etpSalaried || a.staffing?.etpVolunteer || !lines.some((l) => TIME_WORDS.test(l.text)) ? [] : [a.staffing?.people.length ? 'time' as const : 'people' as const]),
      ];
  if (!aspects.length) return;
  // A form's questions ("Quels impacts pour les habitants ?") are labels, not facts.
  const facts = readProse(all ? lines : lines.filter((l) => !l.text.includes('?') || !/\?\s*$/.test(l.text)), notes, aspects);
  // "structure" takes its own notes only: those of "structure.departement" are taken with the département.
  const keep = (field: string) => (n: { field: string }) => field === 'structure' ? n.field === field : n.field.startsWith(field);
  const take = (field: string) => {
    d.rec.assumptions.push(...notes.assumptions.filter(keep(field)));
    d.rec.notUnderstood.push(...notes.notUnderstood.filter(keep(field)));
  };

  if (a.budget && a.budget.total === undefined && facts.total) {
    // The form or table lists the funders; a sentence states the total.
    a.budget.total = facts.total.amount;
    if (facts.total.approximate) a.budget.approximate = true;
    if (facts.total.annual) a.budget.period ??= 'annual';
    d.rec.assumptions.push(...notes.assumptions.filter((n) => n.field === 'budget.total'));
    // A budget heading with nothing but a sentence under it: the sentence's funders are the budget's.
    if (!a.budget.revenues.length && !a.budget.expenses.length && (facts.revenues.length || facts.expenses.length)) {
      a.budget.revenues = facts.revenues.map(({ line: _, ...r }) => r);
      a.budget.expenses = facts.expenses.map(({ line: _, ...e }) => e);
      take('budget.revenues');
      take('budget.expenses');
    }
  } else if (!a.budget && (facts.total || facts.revenues.length || facts.expenses.length)) {
    a.budget = {
      currency: 'EUR',
      revenues: facts.revenues.map(({ line: _, ...r }) => r),
      expenses: facts.expenses.map(({ line: _, ...e }) => e),
      text: [...new Set([facts.total?.line, ...facts.revenues.map((r) => r.line), ...facts.expenses.map((e) => e.line)].filter((n) => n !== undefined))]
        .map((n) => lines.find((l) => l.n === n)?.text.trim())
        .filter(Boolean)
        .join('\n'),
    };
    if (facts.total) {
      a.budget.total = facts.total.amount;
      if (facts.total.approximate) a.budget.approximate = true;
      if (facts.total.annual) a.budget.period = 'annual';
      if (facts.total.year && !a.year) a.year = facts.total.year;
    }
    if (a.budget.revenues.some((r) => r.approximate)) a.budget.approximate = true;
    take('budget');
  } else if (!a.budget) take('budget');
  // Amounts the labelled budget did not cover are still reported, never silently dropped.
  else if (all) {
    // Amounts the labelled budget already read ("CAF : 7 500 € ; adhésions : 1 200 €") are not reported again.
    const read = new Set([a.budget.total, ...a.budget.revenues.map((r) => r.amount), ...a.budget.expenses.map((e) => e.amount)].filter((x) => x !== undefined));
    d.rec.notUnderstood.push(...notes.notUnderstood.filter(keep('budget')).filter((n) => !read.has(Number(/^(\d+(?:\.\d+)?) €/.exec(n.text)?.[1]))));
  }

  if ((all ? !a.staffing : !a.staffing?.people.length && !a.staffing?.etpSalaried) && (facts.people.length || facts.etpSalaried || facts.etpVolunteer)) {
    a.staffing = { people: facts.people.map(({ line: _, ...p }) => p), text: facts.people.map((p) => `${p.count} ${p.role}`).join('\n') || undefined };
    if (!a.staffing.text) delete a.staffing.text;
    if (facts.etpSalaried) a.staffing.etpSalaried = round(facts.etpSalaried, 3);
    if (facts.etpVolunteer) a.staffing.etpVolunteer = round(facts.etpVolunteer, 3);
    take('staffing');
  } else if (!all && a.staffing && !a.staffing.etpSalaried && !a.staffing.etpVolunteer && (facts.etpSalaried || facts.etpVolunteer)) {
    // The form counted its team without their time; the prose gives it ("un animateur salarié à mi-temps").
    if (facts.etpSalaried) a.staffing.etpSalaried = round(facts.etpSalaried, 3);
    if (facts.etpVolunteer) a.staffing.etpVolunteer = round(facts.etpVolunteer, 3);
    d.rec.assumptions.push(...notes.assumptions.filter((n) => n.field.startsWith('staffing.etp')));
  } else if (all && a.staffing) {
    // A table of posts lists the paid staff; the prose under it counts the volunteers: a kind the list lacks is added.
    // Never the list's own lines again ("Encadrement : 1 éducatrice sportive (prestataire)" is not also "1 éducatrice").
    const listed = (a.staffing.text ?? '').split('\n').map((t) => t.trim()).filter(Boolean);
    const onList = (n: number) => listed.some((t) => lines.find((l) => l.n === n)?.text.includes(t));
    const fresh = facts.people.filter((p) => !a.staffing!.people.some((q) => q.kind === p.kind) && !onList(p.line));
    for (const { line, ...p } of fresh) {
      a.staffing.people.push(p);
      d.rec.assume('staffing.people', `personnes comptées dans le texte, hors de la liste de l’équipe : ${p.count ?? ''} ${p.role}`.replace('  ', ' '), line);
    }
  }
  // "Porté par le centre social Rochotte" names the structure itself, not a partner.
  const own = [d.structure?.name, facts.structure?.name].filter((n): n is string => !!n).map(fold);
  const named = facts.partners.filter((p) => !own.some((o) => fold(p).startsWith(o) || o.startsWith(fold(p))));
  if (all && named.length) {
    a.partners = mergePartners(a.partners.map((p) => p.name), named);
    take('partners');
  }
  if (!a.public.length && facts.public.length) {
    a.public = facts.public;
    take('public');
  }
  if (!a.beneficiaries.length && facts.beneficiaries.length) {
    a.beneficiaries = facts.beneficiaries;
    take('beneficiaries');
  }
  // Free text that counts "25 enfants" says who the public is; with "les parents se retrouvent", counting "40 familles" adds them.
  if (!a.public.length || (all && facts.public.length)) {
    const counted = a.beneficiaries.map((b) => knownPublicOf(b.label)).filter((p): p is string => p !== undefined && !a.public.includes(p));
    a.public = [...new Set([...a.public, ...counted])];
    if (counted.length) d.rec.assume('public', `public déduit des personnes comptées : ${[...new Set(counted)].join(', ')}`);
  }
  typeFundersByContext(d, lines);
  // "Le stage est soutenu par la CAF du Var": a funder the free text names without an amount.
  if (all) {
    const text = lines.map((l) => l.text).join('\n');
    for (const name of /soutenu|financ|partenaires financiers/i.test(text) ? fundersIn(text) : []) {
      const type = funderTypeOf(name);
      if (type === 'autre' || a.budget?.revenues.some((r) => r.funderType === type)) continue;
      a.budget ??= { currency: 'EUR', revenues: [], expenses: [] };
      a.budget.revenues.push({ label: name, funderType: type });
      d.rec.assume('budget.revenues', `financeur cité sans montant : ${name} (type ${type})`);
    }
    // "le reste est pris sur les fonds propres de l'association": the centre's own money, its amount unsaid.
    const own = OWN_FUNDS_UNSAID.exec(text);
    if (own && !a.budget?.revenues.some((r) => r.funderType === 'autofinancement')) {
      a.budget ??= { currency: 'EUR', revenues: [], expenses: [] };
      a.budget.revenues.push({ label: 'Fonds propres', funderType: 'autofinancement' });
      d.rec.assume('budget.revenues', `fonds propres cités sans montant (« ${clean(own[0])} »)`);
    }
  }
  if (all && !a.status && facts.state) {
    a.status = { state: facts.state.state };
    take('status');
  }
  if (all && !d.structure && facts.structure) {
    const kind = structureKindOf(facts.structure.name);
    d.structure = { name: facts.structure.name, ...(kind ? { kind } : {}) };
    take('structure');
  }
  if (facts.departement && !d.structure?.departement) {
    if (d.structure) {
      d.structure.departement = facts.departement.code;
      if (facts.commune && !d.structure.commune) d.structure.commune = { name: facts.commune };
    } else d.placeHint = { departement: facts.departement.code, ...(facts.commune ? { commune: facts.commune } : {}) };
    take('structure.departement');
  }
}

const FUNDER_TYPE_SET: ReadonlySet<string> = new Set(FUNDER_TYPES);
/** A kind of body the text puts before a name ("le bailleur Néolia", "la fondation d'entreprise X"), and the funder type it is. */
const KIND_BEFORE: readonly [RegExp, FunderType][] = [
  [/bailleurs?(?: social| sociaux)?/, 'bailleur'],
  [/fondations?(?: d'entreprise)?|fonds de dotation/, 'fondation'],
  [/entreprises?|societes?|mecenes?|enseignes?|banques?/, 'entreprise'],
  [/caisses? de retraite/, 'carsat'],
];

/**
 * A funder a budget names bare ("Néolia : 2 000 €"), of no type its name tells, takes the type the
 * text gives it elsewhere: the kind of body written before its name ("le bailleur Néolia a fourni
 * l'eau"), or the type of the partner of that name, when that kind of partner funds too.
 */
function typeFundersByContext(d: Draft, lines: readonly Line[]): void {
  const a = d.action;
  const untyped = (a.budget?.revenues ?? []).filter((r) => r.funderType === 'autre' && r.label && fold(clean(r.label)).length >= 3);
  if (!untyped.length) return;
  const text = fold(lines.map((l) => clean(l.text)).join('\n'));
  for (const r of untyped) {
    const label = fold(clean(r.label!));
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const kind = KIND_BEFORE.find(([re]) => new RegExp(`\\b(?:${re.source})\\s+${escaped}\\b`).test(text));
    const partner = kind ? undefined : a.partners.find((p) => p.type !== undefined && p.type !== 'autre' && FUNDER_TYPE_SET.has(p.type) && (fold(p.name ?? '') === label || fold(p.name ?? '').endsWith(` ${label}`)));
    const type = kind?.[1] ?? (partner?.type as FunderType | undefined);
    if (!type) continue;
    r.funderType = type;
    d.rec.assume('budget.revenues', `financeur « ${r.label} » typé ${type} d’après le texte (« ${partner?.name ?? `${kind![1]} ${r.label}`} »)`);
  }
}
