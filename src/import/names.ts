/**
 * Names of people are not published by default: "Mme Durand", "M. K. Benali", "Sandrine
 * Morel", "Publié par Julie M. le 3 mai" are removed from every text of the feed and of the
 * report (`--keep-names` keeps them). A given name counts only when a capitalised surname
 * follows it and no street, school or building precedes it: "collège Jean Macé", "rue Victor
 * Hugo" and "centre social Jean Moulin" are places, not people.
 */
import { FIRST_NAMES } from './first-names.data.js';

export const REMOVED = '(nom retiré)';

let given: Set<string> | undefined;
function givenNames(): Set<string> {
  given ??= new Set(FIRST_NAMES.split('|'));
  return given;
}

const WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
const SURNAME = String.raw`(?:\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?|\p{Lu}\.)`;
const CIVILITY = new RegExp(String.raw`\b(?:M\.|MM\.|Mme|Mmes|Mlle|Mr|Monsieur|Madame|Mademoiselle|Dr|Docteur)\s+(?:\p{Lu}\.\s*)?${SURNAME}(?:\s+${SURNAME})?`, 'gu');
/** A name never runs on past its line: "Publié par X Y" then "Au pied des immeubles…" keeps "Au". */
const BYLINE = new RegExp(String.raw`\b(?:[Pp]ubli[ée]e?|[Rr][ée]dig[ée]e?|[ÉéEe]crit(?:e)?|[Pp]ost[ée]e?|[Mm]is(?:e)? en ligne|[Pp]ropos recueillis|[Cc]r[ée]dits? photos?|[Pp]hotos?)\s*(?:le\s+[^,|\n]{4,30}?\s+)?(?:par|:)\s+(?:${WORD}|\p{Lu}\.)(?:[ \t\u00a0]+(?:${SURNAME}|de|du))*`, 'gu');
const FULL_NAME = new RegExp(String.raw`(?<![\p{L}'’-])(${WORD})\s+(${SURNAME})(?:\s+(${SURNAME}))?(?![\p{L}])`, 'gu');
/** A place or a body named after someone ("collège Jean Macé", "rue Victor Hugo", "école maternelle Jules Ferry"). */
// The word stands alone: "insiste Yannick X" ends on "ste" but names no saint.
const PLACE_BEFORE = /(?<![A-Za-zÀ-ÿ])(?:rue|avenue|av\.|boulevard|bd|place|all[ée]e|impasse|chemin|quai|cours|square|coll[èe]ge|[ée]cole|lyc[ée]e|groupe scolaire|centre(?: social| socio-?culturel)?|maison(?: de quartier)?|salle|espace|r[ée]sidence|cit[ée]|parc|stade|gymnase|piscine|m[ée]diath[èe]que|biblioth[èe]que|th[ée][âa]tre|foyer|fondation|association|institut|h[ôo]pital|clinique|quartier|prix|club|cit[ée] scolaire|ehpad|cr[èe]che|halte-garderie|pont|port|mus[ée]e|[ée]glise|saint|sainte|st|ste)(?:\s+(?:maternelle|[ée]l[ée]mentaire|primaire|publique?|priv[ée]e?|municipale?|intercommunale?|d[ée]partementale?|sociale?|culturelle?))?\s+$/i;
/** Words that follow a given name without being a surname ("Marie Curie" aside). */
const NOT_SURNAME = /^(?:Le|La|Les|Un|Une|Des|Du|De|Et|Ou|En|Au|Aux|Pour|Par|Avec|Sur|Dans|Centre|Social|Ville|Mairie|Conseil|Association|Maison|Caf|CAF|CCAS|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)$/;

/**
 * Given names the generated list leaves out because they are also surnames, saints of town names
 * or words ("Saint-Laurent", "Blaise Pascal", "Martin"): taken as a person's given name only
 * when a surname follows and no "Saint" precedes ("Pascal Girard", not "Saint Martin Habitat").
 */
const AMBIGUOUS_GIVEN = new Set(['Pascal', 'Vincent', 'Laurent', 'Denis', 'Étienne', 'Germain', 'Martin', 'Quentin', 'Clément', 'Armand', 'Noël', 'Gaston', 'Auguste', 'Prosper', 'Désiré', 'Aimée', 'Malo', 'Brieuc']);
/** What follows a saint's or a person's name in a body's name ("Saint Étienne Métropole"). */
const BODY_AFTER = /^(?:M[ée]tropole|Habitat|Agglom[ée]ration|Communaut[ée]|Football|Basket|Rugby|Handball|Sports?|Athl[ée]tisme|Olympique|Club|Natation)$/;
const SAINT_BEFORE = /(?:Saint|Sainte|St|Ste)[\s-]+$/;

/** Cheap tests first: most texts hold no civility, no byline, no two capitalised words in a row. */
const MAY_CIVILITY = /\b(?:M\.|MM\.|Mmes?\b|Mlle|Mr\b|Monsieur|Madame|Mademoiselle|Dr\b|Docteur)/;
const MAY_BYLINE = /ubli|dig|crit|ost|en ligne|ropos|dit|hoto/;
const MAY_FULL_NAME = /[A-ZÀ-Þ][a-zß-ÿ'’-]+\s+[A-ZÀ-Þ]/;

/** Capitalised words of the Latin-1 range, a cheaper pattern than the full one. */
const CAPITALISED = /(?<![A-Za-zÀ-ÿ])[A-ZÀ-Þ][a-zß-ÿ'’]+/g;

/** Whether any capitalised word is a given name (or the head of a hyphenated one). */
function hasGivenName(text: string, names: Set<string>): boolean {
  for (const m of text.matchAll(CAPITALISED)) {
    if (names.has(m[0])) return true;
    // "Saint-Martin", "Martin a dit": no surname follows, so no person to look for.
    const end = m.index + m[0].length;
    if (AMBIGUOUS_GIVEN.has(m[0]) && text[m.index - 1] !== '-' && text[end] === ' ' && /[A-ZÀ-Þ]/.test(text[end + 1] ?? '')) return true;
  }
  return false;
}

/** "Jeannine, 78 ans, …": a press article names who it quotes by the given name and the age. */
const NAME_AND_AGE = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?),\s+\d{1,3}\s+ans\b/gu;

/** Whether a capitalised word is a given name of the list ("Fatou", "Jean-Marc"). */
export function isGivenName(word: string): boolean {
  const names = givenNames();
  return names.has(word) || names.has(word.split('-')[0]!);
}

/** "animé par Fatou, bénévole", "Marc, animateur du centre": a given name, a comma, a role. */
const NAME_AND_ROLE = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?),\s+(?:notre\s+|la\s+|le\s+|l['’])?(?:b[ée]n[ée]vole|animat(?:eur|rice)|salari[ée]e?|r[ée]f[ée]rente?|coordinat(?:eur|rice)|direct(?:eur|rice)|[ée]ducat(?:eur|rice)|conseill[eè]re?|m[ée]diat(?:eur|rice)|intervenante?|pr[ée]sidente?|secr[ée]taire|tr[ée]sori[eè]re?|stagiaire|volontaire|habitante?|adh[ée]rente?|maman|papa|responsable)(?![\p{L}])/gu;
/** A comma and a role's first letters: the cheap test before NAME_AND_ROLE (a plain pattern, no Unicode class). */
export const MAY_ROLE = /, (?:notre |la |le |l['’])?(?:b[ée]n[ée]v|anim|salari|r[ée]f[ée]r|coordin|direct|[ée]ducat|conseill|m[ée]diat|intervenan|pr[ée]sident|secr[ée]t|tr[ée]sori|stagiai|volontai|habitant|adh[ée]rent|maman|papa|responsab)/;
/** "Nom : BENALI", "Prénom : Karima", "Nom et prénom : …": a form's fields for a person. */
const NAME_FIELD = /\b((?:Nom et pr[ée]nom|Nom|Pr[ée]nom)(?: du (?:repr[ée]sentant|responsable|contact|r[ée]f[ée]rent)(?: l[ée]gal)?)?\s*:\s*)([^:|\n]*?\S)(?=\s*(?:[:|]|\s{2}|$))/gmu;

/**
 * "« … », se félicite Gilles", "Pascal dit toujours qu'…": a given name alone beside a verb of
 * speech is the person a text quotes, without a surname to give it away.
 */
const SPEECH = String.raw`(?:dit|disait|explique|raconte|ajoute|pr[ée]cise|confie|souligne|sourit|se f[ée]licite|t[ée]moigne|insiste|r[ée]sume|s['’]exclame)`;
const GIVEN = String.raw`(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)`;
const QUOTED_BY = new RegExp(String.raw`[»"”]\s*,?\s*${SPEECH}\s+${GIVEN}(?![\p{L}'’-])`, 'gu');
const SPEAKS = new RegExp(String.raw`(?:^|[.!?…]\s+|
)${GIVEN}\s+${SPEECH}(?![\p{L}])`, 'gu');
/** The cheap test first: the verbs of speech a press article quotes its people with (a quote mark for the first pattern). */
const MAY_SPEECH = /explique|raconte|ajoute|pr[ée]cise|confie|souligne|sourit|f[ée]licite|t[ée]moigne|insiste|r[ée]sume|exclame| dit| disait/;

function namesBySpeech(r: { text: string; removed: number }): { text: string; removed: number } {
  let removed = r.removed;
  const drop = (m: string, first: string) => {
    if (!isGivenName(first) && !AMBIGUOUS_GIVEN.has(first)) return m;
    removed++;
    return m.replace(first, REMOVED);
  };
  const text = r.text.replace(QUOTED_BY, drop).replace(SPEAKS, drop);
  return { text, removed };
}

/** Text with people's names replaced, and how many were. */
export function removeNames(text: string): { text: string; removed: number } {
  const r = namesInProse(text);
  const s = MAY_SPEECH.test(text) ? namesBySpeech(r) : r;
  return text.includes('om :') || text.includes('om et') || MAY_ROLE.test(text) ? namesByRoleOrField(s) : s;
}

/** "Nom : X", "Prénom : Y", "Fatou, bénévole": names a form's fields or a role beside them give away. */
function namesByRoleOrField(r: { text: string; removed: number }): { text: string; removed: number } {
  let removed = r.removed;
  const text = r.text
    .replace(NAME_FIELD, (m, label: string, value: string) => {
      if (value === REMOVED) return m;
      removed++;
      return `${label}${REMOVED}`;
    })
    .replace(NAME_AND_ROLE, (m, first: string) => {
      if (!isGivenName(first)) return m;
      removed++;
      return m.replace(first, REMOVED);
    });
  return { text, removed };
}

function namesInProse(text: string): { text: string; removed: number } {
  let removed = 0;
  if (!MAY_FULL_NAME.test(text) && !MAY_CIVILITY.test(text) && !text.includes(' ans')) return { text, removed };
  let out = !MAY_BYLINE.test(text) ? text : text.replace(BYLINE, (m) => {
    removed++;
    return m.replace(/(par|:)\s+[\s\S]*$/, `$1 ${REMOVED}`);
  });
  if (MAY_CIVILITY.test(out)) out = out.replace(CIVILITY, () => {
    removed++;
    return REMOVED;
  });
  const names = givenNames();
  if (out.includes(' ans') && /,\s+\d{1,3}\s+ans\b/.test(out)) out = out.replace(NAME_AND_AGE, (m, first: string, at: number, whole: string) => {
    // A given name the list lacks still counts inside a sentence ("…, Jeannine, 78 ans, …"), not at its start ("Depuis, 10 ans…").
    const inside = /[\p{Ll},]\s*$/u.test(whole.slice(Math.max(0, at - 3), at));
    if (!names.has(first) && !names.has(first.split('-')[0]!) && !inside) return m;
    removed++;
    return m.replace(first, REMOVED);
  });
  if (MAY_FULL_NAME.test(out) && hasGivenName(out, names)) out = out.replace(FULL_NAME, (m, first: string, surname: string, third: string | undefined, at: number, whole: string) => {
    const head = first.split('-')[0]!;
    const ambiguous = !names.has(first) && !names.has(head) && AMBIGUOUS_GIVEN.has(first);
    if (!names.has(first) && !names.has(head) && !ambiguous) return m;
    if (NOT_SURNAME.test(surname)) return m;
    if (ambiguous && (BODY_AFTER.test(surname) || AMBIGUOUS_GIVEN.has(surname) || names.has(surname) || SAINT_BEFORE.test(whole.slice(Math.max(0, at - 7), at)))) return m;
    if (PLACE_BEFORE.test(whole.slice(Math.max(0, at - 30), at))) return m;
    removed++;
    return third && NOT_SURNAME.test(third) ? `${REMOVED} ${third}` : REMOVED;
  });
  return { text: out, removed };
}

/** `removeNames` for a string field that may be absent. */
export function withoutNames(text: string | undefined, count: { removed: number }): string | undefined {
  if (text === undefined) return undefined;
  const r = removeNames(text);
  count.removed += r.removed;
  return r.text;
}
