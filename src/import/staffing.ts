/**
 * A fiche's "people mobilised" section → Staffing (ETP salaried / volunteer, people by
 * role and kind, hours per week) plus the participants it mentions (beneficiaries).
 *
 * People's names are dropped unless `keepNames`: "Émilie : 0,4 ETP" becomes a person with
 * the role of the sub-heading it sits under ("professionnel"), and the kept original text
 * reads "professionnel : 0,4 ETP".
 */
import type { Figure, Person, Staffing } from '../feed/schema.js';
import type { PersonKind } from '../feed/funders.js';
import { findEtp, hoursToEtp, leadingCount, parseHoursPerWeek, round } from './french-numbers.js';
import type { Recorder } from './report.js';
import { clean, fold, isBlankItem, stripBullet, type Line } from './text.js';
import { personClassOf, type PersonClass } from './vocab.js';

export interface StaffingResult {
  staffing?: Staffing;
  beneficiaries: Figure[];
  /** Counts of partner organisations ("une trentaine de partenaires sont associés"). */
  outcomes: Figure[];
}

/** Sub-headings that set the kind of the names listed under them. */
const SUBHEADING: readonly [RegExp, PersonKind, string][] = [
  [/^(?:les )?professionnel(?:le)?s?\b[.:]?/i, 'salarie', 'professionnel'],
  [/^(?:les )?(?:salari[ée]e?s?|permanents?)\b[.:]?/i, 'salarie', 'salarié'],
  [/^(?:les )?b[ée]n[ée]voles?\b[.:]?/i, 'benevole', 'bénévole'],
  [/^(?:les )?(?:volontaires?|services? civiques?)\b[.:]?/i, 'service-civique', 'service civique'],
];

const DEFAULT_ROLE: Record<PersonKind, string> = {
  salarie: 'salarié',
  benevole: 'bénévole',
  'service-civique': 'service civique',
  prestataire: 'prestataire',
  partenaire: 'partenaire',
};

/** Words that can start a staffing line without being a first name. */
const NOT_NAMES = /^(le|la|les|l|un|une|des|du|de|pour|avec|dont|et|ou|total|soit|environ|tous|toutes|chaque|nos|notre|son|sa|ses|leur|leurs|temps|equipe|mme|m|mr)$/;

/** A leading first name (one to three capitalised words or initials) followed by a colon. */
const NAME_PREFIX = /^((?:M(?:me|lle|r)?\.?\s+)?[A-ZÉÈÊÀÂÎÔÛÇ][\p{Ll}'’-]*\.?(?:\s+[A-ZÉÈÊÀÂÎÔÛÇ][\p{Ll}'’-]*\.?){0,2})\s*:\s*(.+)$/u;

function leadingName(t: string): { name: string; rest: string } | undefined {
  const m = NAME_PREFIX.exec(t);
  if (!m) return undefined;
  const words = fold(m[1]!).split(/[\s.]+/).filter(Boolean);
  if (words.some((w) => NOT_NAMES.test(w)) || personClassOf(m[1]!) !== undefined) return undefined;
  // Only a line that carries staffing figures is a person's line.
  if (findEtp(m[2]!).length === 0 && !parseHoursPerWeek(m[2]!)) return undefined;
  return { name: m[1]!.trim(), rest: m[2]!.trim() };
}

/** Length of the separator at `i`: "," (not between digits: 0,4), "+", ";", " et ", " - ", a sentence end. */
function separatorAt(t: string, i: number): number {
  const c = t[i]!;
  if (c === ',') return /\d/.test(t[i - 1] ?? '') && /\d/.test(t[i + 1] ?? '') ? 0 : 1;
  if (c === '+' || c === ';') return 1;
  const next = t.slice(i, i + 4);
  if (/^ et /i.test(next)) return 4;
  if (next.startsWith(' - ')) return 3;
  if (/^\. \p{Lu}/u.test(next)) return 2;
  return 0;
}

/** Splits a staffing line into phrases, outside brackets. */
function split(t: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    const sep = depth === 0 ? separatorAt(t, i) : 0;
    if (sep) {
      out.push(cur);
      cur = '';
      i += sep - 1;
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter((s) => s && !/^[-–.,;]+$/.test(s));
}

// "10 bénévoles formés, suivis par la coordinatrice": the one who follows them is the role, one person.
const ARTICLE = /^(?:renfort de|le renfort de|avec|(?:suivi|encadr[ée]|coordonn[ée]|accompagn[ée]|anim[ée])e?s?\s+par)?\s*(?:(l['’]|d['’]une?\s)|(le|la|un|une|son|sa)\s|(les|des|ses|leurs|nos)\s|(du\s|de la\s|de l['’]|de\s))?/i;
const CUT = /\s+(?:qui|pour|afin|en lien|ponctuellement|sont|est|s['’]est|se sont|ont|a|concern[ée]s?)(?![\p{L}]).*$/iu;
/** Adverbs before a role ("ponctuellement une conseillère jeunes"). */
// "…, aidée de 5 bénévoles", "épaulé par deux bénévoles": the helpers, after the participle that joins them.
const ADVERBS = /^(?:ponctuellement|parfois|r[ée]guli[èe]rement|[ée]galement|aussi|ainsi que|(?:aid|[ée]paul|second|assist|accompagn)[ée]e?s?\s+(?:de|d['’]|par))\s*/i;
/** "surtout la référente…", "dont 2 animateurs": a part of the people just counted, not more people. */
const SUBSET = /^(?:surtout|notamment|dont|en particulier|parmi eux|parmi lesquels|souvent|pour la plupart|en majorit[ée]|majoritairement|essentiellement)(?![\p{L}])/iu;
/** Organisations named in a staffing line: never counted as one person each. */
const ORGANISATION = /^(?:organismes?|associations?|structures?|services?|institutions?|entreprises?|collectivit[ée]s?)\b/i;
const PROPER_NAME = /^(?:\p{Lu}[\p{L}'’-]*\s*){1,4}$/u;
/** "une personne de la Mission locale": someone from another organisation. */
const FROM_ELSEWHERE = /^personnes?\s+(?:de la|de l['’]|du|d['’]|de)\s*\p{Lu}/u;

const KIND_ONLY = /^(?:prestataires?|b[ée]n[ée]voles?|salari[ée]e?s?|volontaires?|services? civiques?|vacataires?)$/i;

function bracketKind(phrase: string): PersonClass | undefined {
  const inner = /\(([^)]{3,40})\)/.exec(phrase)?.[1];
  const kind = inner ? personClassOf(inner) : undefined;
  return kind === 'beneficiaire' ? undefined : kind;
}

/** Role text of a phrase, without article, count, figures or trailing clause; and its grammatical number. */
function roleOf(phrase: string): { role: string; singular: boolean | undefined } {
  let t = phrase.replace(/\([^)]*\)/g, ' ').replace(/\s*(?:->|→)\s*/g, ' : ');
  t = clean(t).replace(/[.:;,]+$/, '');
  const a = ARTICLE.exec(t);
  let singular: boolean | undefined;
  if (a?.[1] || a?.[2]) singular = true;
  else if (a?.[3]) singular = false;
  t = t.slice(a?.[0].length ?? 0).replace(CUT, '').replace(/[.:;,]+$/, '').trim();
  if (singular === undefined && t) singular = !/[sx]$/i.test(t.split(/\s+/)[0]!);
  return { role: t, singular };
}

interface Seg {
  text: string;
  line: Line;
}

/** Parses a staffing section. */
/** "1,5 ETP (un agent technique à temps plein, une coordinatrice à mi-temps)": a total, then who shares it. */
const TOTAL_THEN_WHO = /^(.*?)(\d+(?:[.,]\d+)?)\s*(?:ETP|e\.t\.p\.?)\s*\(([^()]{10,})\)(.*)$/i;

/**
 * A total ETP followed by the people who share it, each with their time: the people are read
 * (two salaried staff, not one bare ETP) when their times add up to the total, which then is
 * said once, by them.
 */
function shareOutTotal(t: string, rec: Recorder, n: number): string {
  const m = TOTAL_THEN_WHO.exec(t);
  if (!m) return t;
  const total = Number(m[2]!.replace(',', '.'));
  const parts = findEtp(m[3]!);
  if (parts.length < 2 || Math.abs(parts.reduce((x, p) => x + p.value, 0) - total) > 0.011) return t;
  rec.assume('staffing.people', `${m[2]} ETP répartis entre les personnes nommées entre parenthèses : ${m[3]}`, n);
  return `${m[1]}${m[3]}${m[4]}`;
}

export function parseStaffing(lines: readonly Line[], rec: Recorder, keepNames = false): StaffingResult {
  const kept = lines.filter((l) => !isBlankItem(l.text));
  const people: Person[] = [];
  const beneficiaries: Figure[] = [];
  const outcomes: Figure[] = [];
  const textLines: string[] = [];
  let kind: PersonKind | undefined;
  let kindRole: string | undefined;
  let bareSalaried = 0;
  let bareVolunteer = 0;
  let anyEtp = false;

  for (const line of kept) {
    let t = stripBullet(clean(line.text));
    const sub = SUBHEADING.find(([re]) => re.test(t));
    if (sub && t.replace(sub[0], '').replace(/temps de travail.*$/i, '').trim().length < 3) {
      [, kind, kindRole] = sub;
      textLines.push(t);
      continue;
    }
    // "Salariés : Une animatrice (0,2 ETP)", "Bénévoles : 3 bénévoles formés": the kind, then its people on the same line.
    const inline = sub ? /^\s*:\s*(\S.*)$/.exec(t.replace(sub[0], '')) : null;
    // ("Salariés : 1 (coordinatrice, 0,5 ETP)" is a count by kind, read below.)
    const lineKind = inline && (/^\p{L}/u.test(inline[1]!) || /^\d+\s+(?:b[ée]n[ée]voles|salari|professionnel|permanent|volontaire)/i.test(inline[1]!)) ? sub![1] : undefined;
    if (lineKind) t = inline![1]!;
    const named = leadingName(t);
    if (named) {
      // Without a heading, a named person's ETP is read as paid time (ETP is a payroll measure).
      const role = kindRole ?? DEFAULT_ROLE[kind ?? 'salarie'];
      if (!kind) rec.assume('staffing.people', `« ${role} : ${named.rest} » : personne nommée sans rubrique, comptée comme salariée`, line.n);
      const person = figures({ role, kind: kind ?? 'salarie', count: 1 }, named.rest, rec, line.n);
      if (keepNames) person.name = named.name;
      people.push(person);
      anyEtp ||= person.etp !== undefined;
      textLines.push(keepNames ? t : `${role} : ${named.rest}`);
      continue;
    }
    textLines.push(t);
    t = shareOutTotal(t, rec, line.n);
    // A table row "Bénévoles : 3" counts the people of its label.
    // "Bénévoles : 15 visés": the count may be said to be aimed at, planned or expected.
    t = t.replace(/^([^:\d]{3,60}?)\s*:\s*(\d+)(\s*\([^)]*\))?(?:\s+(?:vis[ée]e?s|pr[ée]vu(?:e?s)?|attendu(?:e?s)?|recherch[ée]e?s|mobilis[ée]e?s|environ|minimum))?\s*$/, '$2 $1$3');
    // "Pour le centre social X - 3 animateurs…": the site names where, not who.
    t = t.replace(/^pour (?:le|la|l['’])[^:]{0,60}?\s*(?::|\s-\s)\s*/i, '');
    const segs: Seg[] = split(t).map((s) => ({ text: s, line }));
    let understood = false;
    const unread: string[] = [];
    for (const seg of segs) {
      const r = readSegment(seg, lineKind ?? kind, rec);
      if (!r) {
        unread.push(seg.text);
        continue;
      }
      understood = true;
      if (r.type === 'bare-etp') {
        anyEtp = true;
        const last = people[people.length - 1];
        if (r.complement && last && last.etp === undefined && last.kind !== 'benevole') {
          last.etp = r.etp;
          continue;
        }
        if (r.kind === 'benevole') bareVolunteer += r.etp;
        else bareSalaried += r.etp;
      } else if (r.type === 'figure') beneficiaries.push(r.figure);
      else if (r.type === 'outcome') outcomes.push(r.figure);
      else if (r.type === 'person') {
        people.push(r.person);
        anyEtp ||= r.person.etp !== undefined;
      }
    }
    if (!understood) rec.unknown('staffing', t, line.n);
    // "…, une psychologue et une assistante à 0,5 ETP": a phrase of the line not read is named, never lost.
    else for (const text of unread) rec.unknown('staffing', text, line.n);
  }

  if (kept.length === 0) return { beneficiaries, outcomes };
  const staffing: Staffing = { people, text: textLines.join('\n') };
  if (anyEtp) {
    const etpOf = (k: PersonKind) => round(people.filter((p) => p.kind === k).reduce((s, p) => s + (p.etp ?? 0), 0), 3);
    const salaried = round(etpOf('salarie') + bareSalaried, 3);
    const volunteer = round(etpOf('benevole') + bareVolunteer, 3);
    if (salaried > 0) staffing.etpSalaried = salaried;
    if (volunteer > 0) staffing.etpVolunteer = volunteer;
  }
  return { staffing, beneficiaries, outcomes };
}

type SegmentResult =
  | { type: 'bare-etp'; etp: number; kind: PersonKind; complement?: boolean }
  | { type: 'figure' | 'outcome'; figure: Figure }
  | { type: 'subset' }
  /** "Bénévoles : 0": read, and nobody of that kind. */
  | { type: 'nobody' }
  | { type: 'person'; person: Person };

function readSegment(seg: Seg, kind: PersonKind | undefined, rec: Recorder): SegmentResult | undefined {
  const n = seg.line.n;
  const etp = findEtp(seg.text)[0];
  const hours = parseHoursPerWeek(seg.text);
  let phrase = seg.text;
  for (const f of [etp, hours].filter((x) => x !== undefined).sort((a, b) => b.start - a.start)) {
    phrase = phrase.slice(0, f.start) + phrase.slice(f.end);
  }
  // "une assistante à 0,5 ETP" without its figure: the role, not "assistante à".
  phrase = clean(phrase.replace(/\(\s*\)/g, '')).replace(ADVERBS, '').replace(/\s+(?:à|a|au|pour)$/i, '');
  if (SUBSET.test(phrase)) return { type: 'subset' };
  // "…, et le coordinateur, à 0,5 ETP sur l'action": a comma cut the time off the person it belongs to.
  if (etp && !hours && /^(?:à|au|pour|soit)\s/i.test(seg.text.trim()) && !leadingCount(phrase.replace(/^\S+\s+/, ''))) {
    return { type: 'bare-etp', etp: etp.value, kind: kind ?? 'salarie', complement: true };
  }
  // "(11 personnes)" gives the head count of the phrase before it.
  const bracket = /\((\d+)\s+(?:personnes?|salari[ée]s?|membres?)\)/i.exec(phrase);
  const counted = leadingCount(phrase);
  const { role, singular } = roleOf(counted ? counted.rest : phrase);
  // A bracket may say the kind the role does not: "Diététicienne (prestataire)".
  // "Éducatrice sportive (prestataire)": a bracket that is only a kind overrides what the role suggests.
  // "(prestataire, 4 h par semaine)": the kind is the bracket's first item.
  const statedKind = KIND_ONLY.test(/\(([^),]*)[),]/.exec(phrase)?.[1]?.trim() ?? '') ? bracketKind(phrase.replace(/\(([^),]*),[^)]*\)/, '($1)')) : undefined;
  const cls: PersonClass | undefined = role ? (FROM_ELSEWHERE.test(role) ? 'partenaire' : statedKind ?? personClassOf(role) ?? bracketKind(phrase)) : undefined;

  if (!role || /^(?:personnes?|pers\.?)$/i.test(role) || (!cls && counted && /^(?:depuis|en|sur|par|au|à)\b/i.test(role))) {
    if (etp && !counted) {
      const k = kind ?? 'salarie';
      if (!kind) rec.assume('staffing.etpSalaried', `« ${seg.text} » : ETP sans précision, compté comme salarié`, n);
      return { type: 'bare-etp', etp: etp.value, kind: k };
    }
    if (counted) {
      rec.assume('beneficiaries', `« ${seg.text} » : nombre de personnes sans rôle, lu comme des participants`, n);
      const year = /\b(19[5-9]\d|20\d\d)\b/.exec(seg.text);
      const figure: Figure = { label: role && !/^(?:depuis|en|sur|par|au|à)\b/i.test(role) ? role : 'personnes', count: counted.value };
      if (counted.approximate) figure.approximate = true;
      if (year) figure.year = Number(year[1]);
      return { type: 'figure', figure };
    }
    return undefined;
  }
  if (cls === 'beneficiaire') {
    if (!counted) return undefined;
    const figure: Figure = { label: role, count: counted.value };
    if (counted.approximate) figure.approximate = true;
    return { type: 'figure', figure };
  }
  if (cls === 'partenaire' && counted && /^partenaires\b/i.test(role)) {
    // "une trentaine de partenaires sont associés" counts organisations, not people.
    const figure: Figure = { label: clean(`${role} ${/associ\p{L}*/u.exec(counted.rest)?.[0] ?? ''}`), count: counted.value };
    if (counted.approximate) figure.approximate = true;
    return { type: 'outcome', figure };
  }
  // "1 mécanicien (0,8 ETP)": a role the vocabulary lacks, given working time, is paid staff.
  const personKind = cls ?? kind ?? (etp || hours ? 'salarie' : undefined);
  if (!personKind) return undefined;
  if (!cls) rec.assume('staffing.people', `« ${role} » : rôle inconnu, rangé parmi les ${DEFAULT_ROLE[personKind]}s de la rubrique`, n);
  const organisation = (ORGANISATION.test(role) || (personKind === 'partenaire' && PROPER_NAME.test(role))) && !FROM_ELSEWHERE.test(role);
  const count = bracket ? Number(bracket[1]) : counted ? counted.value : singular && !organisation ? 1 : undefined;
  // "Bénévoles : 0", "0 service civique": nobody of that kind; not people of an unknown number.
  if (count === 0 && !etp && !hours) return { type: 'nobody' };
  const person = figures({ role, kind: personKind, ...(count !== undefined && count > 0 ? { count } : {}) }, seg.text, rec, n);
  return { type: 'person', person };
}

/** Adds ETP and weekly hours read from `text` to a person; hours alone give ETP on 35 h. */
function figures(person: Person, text: string, rec: Recorder, line: number): Person {
  const etp = findEtp(text)[0];
  const hours = parseHoursPerWeek(text);
  if (etp) person.etp = etp.value;
  if (hours) person.hoursPerWeek = hours.value;
  if (hours && !etp) {
    person.etp = hoursToEtp(hours.value);
    rec.assume('staffing.people', `${hours.value} h par semaine converties en ${person.etp} ETP (35 h)`, line);
  }
  return person;
}

// "Une salariée du secteur familles coordonne", "Une animatrice et 4 bénévoles les suivent": one employee, counted by
// her article (not "un animateur de la MJC", whose body is named after him).
const STAFF_RE = /(?<![\p{L}\d])((?:une?\s+(?:dizaine|douzaine|quinzaine|vingtaine|trentaine)\s+d(?:e\s+|['’]))|\d+\s+|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+)(b[ée]n[ée]voles|salari[ée]s|animat\p{L}*|administrateurs)|(?<![\p{L}\d])(une?\s+)(salari[ée]e?(?![\p{L}'’-])|(?:animat(?:eur|rice)|coordinat(?:eur|rice)|r[ée]f[ée]rente?)(?![\p{L}'’-])(?!\s+(?:de|d['’]|du|des)\s))/giu;
/** "Le groupe est encadré par une animatrice…, d'une femme relais et…": the staff listed. */
const LED_BY = /(?:encadr[ée]e?s?|anim[ée]e?s?|assur[ée]e?s?|men[ée]e?s?|r[ée]alis[ée]e?s?)\s+par\s+([^.;]+)|pr[ée]sence permanente (d['’]une?\s+[^.;(]+)/giu;

/** Staff a line counts ("une dizaine de bénévoles") or lists ("encadré par une animatrice…"). */
export function staffIn(text: string, rec: Recorder, n: number): Person[] {
  const out: Person[] = [];
  for (const m of text.matchAll(STAFF_RE)) {
    const role = m[2] ?? m[4]!;
    const c = m[4] ? { value: 1 } : leadingCount(m[0]);
    const kind = personClassOf(role);
    if (!c || !kind || kind === 'beneficiaire') continue;
    out.push({ role: role.toLowerCase(), kind, count: c.value });
  }
  // "menée par notre centre" names no one: the next "… par" of the text may.
  for (const led of text.matchAll(LED_BY)) {
    // The list of staff ends where the sentence moves on to partners or purposes.
    const who = (led[1] ?? led[2]!).split(/,?\s+(?:avec (?:le|la|l['’])|gr[âa]ce|en partenariat|dans le cadre|afin)\b/i)[0]!;
    const people = parseStaffing([{ n, text: who }], rec).staffing?.people ?? [];
    // "encadrés par une animatrice et deux bénévoles": the bénévoles were counted above already.
    const fresh = people.filter((p) => !out.some((o) => o.kind === p.kind && o.count === p.count && fold(p.role).includes(fold(o.role))));
    if (fresh.length) {
      out.push(...fresh);
      break;
    }
  }
  return out;
}

/** "préparés avec la référente familles", "avec l'animateur sportif du centre": one staff member, named by role only. */
// "La référente familles les accompagne (0,3 ETP)": the same, as the sentence's subject.
const ONE_STAFF_RE = /(?:^|\b(?:avec|par|aupr[eè]s d(?:e|['’]))\s+)(?:l['’]|la\s+|le\s+|notre\s+|son\s+|sa\s+|leur\s+)(animat(?:eur|rice)|[ée]ducat(?:eur|rice)|coordinat(?:eur|rice)|r[ée]f[ée]rente?|conseill[eè]re?|m[ée]diat(?:eur|rice)|direct(?:eur|rice)|format(?:eur|rice)|encadrante?|cuisini[eè]re?|secr[ée]taire|agent d['’]accueil|agent technique|agent d['’]entretien|chauffeu(?:r|se)|technicien(?:ne)?|CESF|cesf)((?:\s+(?:sporti(?:f|ve)|familles?|jeunesse|enfance|adultes|seniors|num[ée]rique|technique|sociale?|culturel(?:le)?|d['’]accueil|r[ée]f[ée]rente?(?: familles?)?|du centre|de la structure|de l['’]association))*)(?![\p{L}])/giu;
/** The same after a comma or "et", for a sentence about the team ("une salariée, la directrice et la CESF"). */
const ONE_STAFF_LISTED_RE = /(?:^|\b(?:avec|par|aupr[eè]s d(?:e|['’])|et)\s+|,\s*)(?:l['’]|la\s+|le\s+|notre\s+|son\s+|sa\s+|leur\s+)(animat(?:eur|rice)|[ée]ducat(?:eur|rice)|coordinat(?:eur|rice)|r[ée]f[ée]rente?|conseill[eè]re?|m[ée]diat(?:eur|rice)|direct(?:eur|rice)|format(?:eur|rice)|encadrante?|cuisini[eè]re?|secr[ée]taire|agent d['’]accueil|agent technique|agent d['’]entretien|chauffeu(?:r|se)|technicien(?:ne)?|CESF|cesf)((?:\s+(?:sporti(?:f|ve)|familles?|jeunesse|enfance|adultes|seniors|num[ée]rique|technique|sociale?|culturel(?:le)?|d['’]accueil|r[ée]f[ée]rente?(?: familles?)?|du centre|de la structure|de l['’]association))*)(?![\p{L}])/giu;

/** Staff members a sentence names by their role alone, one person each ("avec la référente familles"). */
export function staffNamedByRole(text: string, listed = false): { role: string; head: string }[] {
  return [...text.matchAll(listed ? ONE_STAFF_LISTED_RE : ONE_STAFF_RE)].map((m) => ({ role: clean(`${m[1]!}${m[2]!}`).toLowerCase(), head: m[1]! }));
}
