/**
 * Funders and partners named in prose: "soutenu d'abord par la D.R.A.C. et le Conseil
 * départemental", "partenaires financiers tels que …", "grâce aux financements de la région
 * et du FSE", "le partenariat avec les maisons de quartier et la MJC", "acteurs du
 * terrain (CCAS, TISF, école)". Each list is cut at its sentence's end, at a relative clause,
 * or at an item too long to be a name.
 */
import { clean } from './text.js';
import { funderTypesIn, partnerTypeOf } from './vocab.js';

const FUNDER_TRIGGERS: readonly RegExp[] = [
  /soutenue?s?\s+(?:\p{L}+ment\s+)?par\s+/giu,
  /partenaires?\s+financiers\s+(?:tels que|comme|:)\s*/giu,
  /financ(?:ements?|é(?:e|s)?)\s+(?:par\s+)?(?:du\s+|de la\s+|de l['’]|des\s+|d['’])?/giu,
];
const PARTNER_TRIGGERS: readonly RegExp[] = [
  // Only where a match ends matters: no optional lead-in ("en", "le"), which made the scan costly.
  /partenariat\s+avec\s+/giu,
  /avec (?:le soutien|l['’]appui) d(?:e\s+|u\s+|es\s+|e\s+l['’]|e\s+la\s+)/giu,
  // "en lien avec l'épicerie solidaire et la PMI": a lowercase body is taken when it is a known kind, never "les besoins".
  /en lien avec\s+/giu,
  /conventionn\p{L}*,?\s+(?:depuis \d{4},?\s+)?par\s+/giu,
];
/** "Les familles nous sont adressées par le CCAS et par les assistantes sociales du Département", "envoyés par les enseignants de l'école X". */
const SENT_BY: readonly RegExp[] = [/(?:adress|envoy)[ée]e?s?\s+par\s+/giu];
/**
 * Where the public or the goods come from: "les familles viennent de l'épicerie solidaire", "les produits
 * viennent de la Banque alimentaire". So common a verb that only a body of a known kind is taken.
 */
const COMES_FROM: readonly RegExp[] = [/vien(?:t|nent)\s+(?:de\s+|du\s+|des\s+|d['’])(?=(?:la\s+|l['’])?\S)/giu];
/**
 * A body that lends or gives what the action uses: "la médiathèque a prêté deux cents albums", "le
 * bailleur Mon Logis a prêté le terrain", "l'association X qui nous prête sa salle": the subject before the verb.
 */
// In the present the verb needs "nous": "la ludothèque prête 900 jeux aux familles" is the action itself at work.
const LEND_VERB = /(?:prêté|offert|fourni|donné|mis à disposition|prêtent|prête|fournit|fournissent|met à disposition|mettent à disposition)(?![\p{L}])/gu;
/** What stands before the verb: "a (aussi) prêté", "nous ont offert", "qui nous prête" (a present needs "nous"). */
const LEND_AUX_PAST = /\s(?:qui\s+)?(?:(?:nous|leur|lui)\s+)?(?:a|ont)\s+(?:aussi\s+|également\s+|gracieusement\s+)?$/u;
const LEND_AUX_PRESENT = /\s(?:qui\s+)?nous\s+$/u;
/** The subject just before a lending verb: from the sentence's start or the last comma. */
const LENDER = /(?:^|[,;:]\s*)(?:et\s+)?(?:[àa]\s+)?((?:la |le |l['’]|les )?\p{L}[^,;:.()«»]{2,60}?)$/u;
/**
 * "un éducateur sportif de l'association Sport pour tous", "une comédienne de la compagnie du Grenier",
 * "deux lycéens du lycée Blaise-Pascal viennent en renfort": the body someone who works on the action comes from.
 */
const STAFF_OF_BODY = /(?:^|[^\p{L}])(?:[ÉéEe]ducat(?:eur|rice)|[Aa]nimat(?:eur|rice)|[Ii]ntervenant|[Pp]sycholog|[Cc]om[ée]dien|[Dd]i[ée]t[ée]ticien|[Ss]ophrolog|[Ff]ormat(?:eur|rice)|[Cc]onseill[eè]r|[Ll]yc[ée]ens|[ÉéEe]tudiants|[ÉéEe]l[èe]ves|[Cc]oll[ée]giens|[Bb][ée]n[ée]voles|[Ee]nseignant|[Pp]rofesseur)\p{Ll}*(?:\s+(?!(?:et|ou|en|charg\p{Ll}*)(?![\p{L}]))\p{Ll}+){0,2}?\s+(?:de l['’]|du\s+|de la\s+|des\s+)((?:association\s+|compagnie\s+|club\s+|lyc[ée]e\s+|coll[èe]ge\s+)?\p{L}[^,;.()]{1,50}?)(?=\s*[,;.()]|\s*$|\s+(?:et|qui|viennent|vient|interviennent|intervient|anime|animent|encadre|encadrent|assure|assurent|participent|participe)(?![\p{L}]))/gu;
const ORIENTED = /orient[ée]e?s?\s+par\s+/giu;
/** Triggers so common in prose that only capitalised names are taken after them. */
const NAMES_ONLY: readonly RegExp[] = [
  // "grâce au soutien de la Fondation X", "grâce à la CAF" (but "grâce à la participation des bénévoles").
  /gr[aâ]ce\s+(?:à|au|aux)\s+(?:l['’]|la\s+|les\s+)?(?:(?:soutien|aide|appui|concours|financement|engagement)\s+(?:de\s+|du\s+|des\s+|d['’])?)?/giu,
];
/**
 * "L'action s'inscrit dans le PLIE et le centre en est opérateur", "opérateur de la Mission
 * locale": a body whose frame the action works in. Programmes are no bodies ("s'inscrit dans
 * le Contrat de ville", "dans le Projet social"): only a name of a known kind of body is taken.
 */
const FRAMES: readonly RegExp[] = [
  /s['’]inscri(?:t|vent)\s+dans\s+(?:le\s+cadre\s+d(?:u\s+|e\s+la\s+|e\s+l['’]|es\s+))?/giu,
  /\bop[ée]rat(?:eur|rice)\s+(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+)/giu,
];
const FRAME_WORDS = /s['’]inscri|op[ée]rat/i;
const PROGRAMME = /^(?:contrat|projet|programme|dispositif|appel|sch[ée]ma|politique|convention|cadre|plan (?!local pour l['’]insertion|local d['’]insertion)|parcours|d[ée]marche|r[ée]seau d['’][ée]coute)/iu;

/** "acteurs du terrain (CCAS, TISF, AS, école…)": a short list in brackets. */
const BRACKETED = /(?:acteurs|partenaires)[^().]{0,30}\(([^()]+)\)/giu;

/**
 * "ateliers avec l'ESAT (Établissement et service d'aide par le travail) de X": an acronym
 * spelt out in brackets right after "avec" presents an organisation; the place stays.
 */
const SPELT_OUT = /\bavec\s+(?:l['’]|le\s|la\s|les\s)(\p{Lu}{2,}[\p{Lu}\d]*)\s*\([^()]{8,}\)((?:\s+(?:de|du|d['’])\s*\p{Lu}[\p{L}-]+)?)/gu;
/** Abbreviations of professions that lists of local actors use alone ("CCAS, TISF, AS, école"). */
const ABBREVIATIONS: Readonly<Record<string, string>> = { AS: 'Assistantes sociales' };

/** The rest of the sentence: up to a full stop followed by a capitalised word (acronym dots stay). */
function sentenceFrom(text: string, at: number): string {
  const rest = text.slice(at);
  const end = /\.\s+(?=\p{Lu}\p{Ll})|\.?\s*$|\n|\)/u.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}

/** "plus particulièrement les CCAS …", "notamment la CAF": the adverb is not part of the name. */
const LEAD_ADVERB = /^(?:plus particuli[èée]rement|particuli[èée]rement|notamment|en particulier|principalement|surtout|mais aussi|ainsi que)\s+/i;

/**
 * "Plan Local pour l'Insertion et l'Emploi", "CCAS des communes de Wimereux et Wimille": an
 * "et" inside a name, after a capitalised word that follows a preposition, does not cut the
 * list when what follows is no new body with its article ("et la CAF" still cuts).
 * `parts` alternates items and separators; the result too.
 */
/** What starts another body: "et de la CAF", "et la Ville de …", "et du Conseil régional". */
const NEW_BODY = /^(?:(?:de la|de l['’]|du|des|de|d['’]|l['’])\s*)?(?:\p{Lu}{2,}(?![\p{L}])|(?:Ville|R[ée]gion|D[ée]partement|Conseil|[ÉE]tat|Mairie|Commune|Communaut[ée]|Pr[ée]fecture|Fondation|Association|Caisse|Mission|P[ôo]le|Centre|Maison)(?![\p{L}]))/u;

function joinNames(parts: string[]): string[] {
  const out = [parts[0]!];
  for (let k = 1; k < parts.length; k += 2) {
    const left = out[out.length - 1]!;
    const right = parts[k + 1] ?? '';
    // "le soutien de la CAF et de Bordeaux Métropole": "et de" + a name starts the next body ("et de la Culture" goes on).
    const inName = /^\s+et\s+$/.test(parts[k]!) && !/^(?:de|du|des)\s+\p{Lu}/u.test(right) && /(?:\s(?:pour|de|du|des|à|aux)\s+(?:l['’]|la\s+)?)\p{Lu}[\p{L}'’-]*$/u.test(left) && /^(?:(?:de la|de l['’]|du|des|de|d['’]|l['’])\s*)?\p{Lu}/u.test(right) && !NEW_BODY.test(right);
    // "Vacances et Familles Drôme", "Habitat et Humanisme": one name made of two capitalised words, with no article.
    const pair = /^\s+et\s+$/.test(parts[k]!) && /^\s*\p{Lu}\p{Ll}+$/u.test(left) && /^\p{Lu}\p{Ll}/u.test(right) && !NEW_BODY.test(right);
    // "la Ville de Niort et Deux-Sèvres Habitat": a right part that is a body of its own kind starts the next one.
    // ("… et de la Culture de Liévin" goes on: the particle ties it to the left.)
    if ((inName || pair) && !(/^\p{Lu}/u.test(right) && partnerTypeOf(right) !== 'autre')) out[out.length - 1] = `${left}${parts[k]}${right}`;
    else out.push(parts[k]!, right);
  }
  return out;
}

const WHEN_AFTER = /\s+(?:en\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|(?:19|20)\d\d|fin d|d[ée]but d)|chaque|tous les|toutes les|(?:le|les)\s+(?:lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?))(?![\p{L}]).*$/u;

export function listItems(list: string, namesOnly = false): string[] {
  const out: string[] = [];
  /** The last item kept was a kind of body without a name, followed by a comma: "un bailleur, X Habitat". */
  let generic = false;
  const parts = joinNames(list.split(/(,\s*(?:et|ou)\s+|,\s*|\s+et\s+|\s+ou\s+)/));
  for (let k = 0; k < parts.length; k += 2) {
    // "merci à la CAF et à la Ville de X": the "à" before each named body is not part of it.
    // "… et par les assistantes sociales": the "par" repeated before each body neither.
    const raw = parts[k]!.replace(LEAD_ADVERB, '').replace(/^\s*(?:à|au|aux|par)\s+(?=(?:la\s+|le\s+|l['’]|les\s+)?\p{Lu})/u, '').replace(/^\s*(?:à|par)\s+(?=(?:la|le|les|l['’]))/u, '');
    // "… pour l'Insertion et l'Emploi" goes on naming; "… pour les jeunes" ends the name.
    // "Sport pour tous", "Lire pour tous": a name may end on "pour tous".
    let item = clean(raw.replace(/\s+(?:qui|pour(?!\s+(?:l['’]|la\s+|le\s+)?\p{Lu}|\s+tou(?:s|tes)(?!\s+(?:les|des|ses|nos|leurs|ceux|celles)\b))|afin|dont|durant|depuis|a |ont |sont |est )\b.*$/u, ''))
      .replace(/^(?:de\s+(?=(?:la\s|l['’]|\p{Lu})))?(?:les|la|le|l['’]|des|du|de la|de l['’]|une?\s)?\s*/iu, '')
      .replace(/[.;:]+$/, '')
      // "avec la médiathèque en juin", "… le collège chaque trimestre": when is not who.
      .replace(WHEN_AFTER, '');
    if (!item) continue;
    // "les travailleurs sociaux Le public …": a table flattened without full stops; a lowercase body ends before the capital.
    if (/^\p{Ll}/u.test(item)) item = clean(item.replace(/\s+(?:Le|La|Les|Il|Elle|Ils|Elles|Nous|On|Ce|Cette|Ces)\s+\p{Ll}.*$/u, ''));
    // "Merci à nos 6 bénévoles et à Lyon Métropole Habitat qui nous prête la parcelle": the team thanked first is no
    // partner, the list goes on — unless what follows pays ("… et à la CAF qui a financé le séjour": a funder).
    if (/^(?:nos|notre|les|ses|leurs)\s+\d+\s+b[ée]n[ée]voles\b/iu.test(item) && !/financ|subvention|vers[ée]|€|euros/i.test(parts.slice(k + 1).join(''))) continue;
    // The list is over when the sentence goes on ("…, nous travaillons dans les écoles").
    if (item.split(/\s+/).length > 9 || /\d|€/.test(item) || /^(?:dizaine|douzaine|vingtaine|centaine|plusieurs|nombreu|quelques|divers|autres|nouveaux|s['’]|se |il |elle |ils |nous |vous |on |à |au |aux |dans |en |pour |des réunions|avec |gr[aâ]ce )/i.test(item)) break;
    // A name starts with a capital or names a known kind of body ("maisons de quartier").
    const named = /^\p{Lu}/u.test(item);
    if (!named && (namesOnly || partnerTypeOf(item) === 'autre')) continue;
    // The name in apposition replaces the kind of body it names.
    if (generic && named && partnerTypeOf(item) === partnerTypeOf(out[out.length - 1]!)) out.pop();
    generic = !named && /^,/.test(parts[k + 1] ?? '');
    out.push(ABBREVIATIONS[item] ?? item);
  }
  return out;
}

/**
 * A word each trigger needs, tested on the lowercased text before the pattern runs: most
 * texts hold few of them, and the patterns' scans are what the importer spends most on.
 */
const NEEDS = new Map<RegExp, readonly string[]>();
function needs(re: RegExp): readonly string[] {
  let words = NEEDS.get(re);
  if (!words) {
    // The pattern's leading plain letters, without one made optional by "?" ("partenaires?" needs "partenaire").
    const m = /^([a-z]+)(\?)?/.exec(re.source);
    const head = m ? (m[2] ? m[1]!.slice(0, -1) : m[1]!) : '';
    words = head.length >= 4 ? [head] : [];
    NEEDS.set(re, words);
  }
  return words;
}

function mentioned(text: string, triggers: readonly RegExp[], namesOnly = false): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  for (const re of triggers) {
    const words = needs(re);
    if (words.length && !words.some((w) => lower.includes(w))) continue;
    for (const m of text.matchAll(re)) {
      for (const item of listItems(sentenceFrom(text, m.index + m[0].length), namesOnly)) if (!out.includes(item)) out.push(item);
    }
  }
  return out;
}

/** Funders named without amounts; only names that a funder rule recognises are kept. */
export function fundersIn(text: string): string[] {
  return mentioned(text, FUNDER_TRIGGERS).filter((name) => funderTypesIn(name).length > 0 || /^\p{Lu}/u.test(name));
}

const MAY_NAME_PARTNERS = /partenari|soutien|appui|conventionn|lien avec|gr[aâ]ce|orient|s['’]inscri|op[ée]rat(?:eur|rice)|\(/i;
/** The verbs that introduce partners (COMES_FROM, LENDS, "adressés par"): a gate of their own, so the list above stays rare. */
const MAY_VERB_PARTNERS = /(?:adress|envoy)[ée]e?s? par|vien(?:t|nent) d|prêt[ée]|prête|offert|fourni|à disposition/i;

/** After "avec": the action's own people and carrier, or the help a body gives ("avec le soutien de …", read by its own trigger). */
const TEAM_OR_CENTRE = /^(?:soutien|aide|appui|concours|participation|accord|financement|animat(?:eur|rice)|[ée]ducat(?:eur|rice)|coordinat(?:eur|rice)|r[ée]f[ée]rente?|direct(?:eur|rice)|conseill[eè]re?|m[ée]diat(?:eur|rice)|intervenante?|b[ée]n[ée]vole|salari|[ée]quipe|centre social|centre socio|espace de vie sociale|notre |nos )/iu;

/** "avec la médiathèque et le collège Littré": a plain "avec" before an article. */
const PLAIN_WITH = /\bavec\s+(?=(?:la|le|les|l['’])\s*\S)/giu;

/**
 * Bodies named after a plain "avec": only those of a known kind (a school, a library, the CCAS),
 * never a person, the public ("avec les parents") or the team ("avec la référente familles").
 */
export function bodiesAfterWith(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PLAIN_WITH)) {
    // "avec la MJC et le conseil citoyen : spectacle, repas…": the list ends at the colon; "avec les mêmes partenaires : le CCAS …"
    // is a label, its list read by its own pattern.
    for (const item of listItems(sentenceFrom(text, m.index + m[0].length).split(/\s:\s/)[0]!)) {
      if (/partenaires?$/i.test(item)) continue;
      const type = partnerTypeOf(item);
      // "avec les parents" names the public; "avec le conseil citoyen", a residents' body, is a partner.
      const residentsBody = type === 'habitants' && /^(?:conseils? citoyens?|collectifs? d['’]habitants|comit[ée]s? de quartier|conseils? de quartier)\b/i.test(item);
      // "parties avec le centre social X": the centre that runs the action, not a partner of it.
      if (type !== 'autre' && (type !== 'habitants' || residentsBody) && !TEAM_OR_CENTRE.test(item) && !out.includes(item)) out.push(item);
    }
  }
  return out;
}

/** A body of a known kind, never the public, the team or the centre itself ("les parents", "la référente"). */
function knownBody(name: string): boolean {
  const type = partnerTypeOf(name);
  return type !== 'autre' && type !== 'habitants' && !TEAM_OR_CENTRE.test(name) && !/^(?:dons?|produits?|familles?|personnes?)\b/i.test(name);
}

/** Partners named in prose. */
export function partnersIn(text: string): string[] {
  // Every pattern below needs one of these: most paragraphs have none.
  const named = MAY_NAME_PARTNERS.test(text);
  const verbs = MAY_VERB_PARTNERS.test(text);
  if (!named && !verbs) return [];
  const out = named ? mentioned(text, PARTNER_TRIGGERS) : [];
  if (verbs) verbPartners(text, out);
  if (!named) return out;
  for (const name of mentioned(text, NAMES_ONLY, true)) if (!out.includes(name)) out.push(name);
  // "orientés par les travailleurs sociaux du Département": a body of a known kind, in lowercase when its employer
  // is named ("les assistantes sociales de secteur" name a profession, not a partner).
  // "Les bénéficiaires sont orientés par les CCAS de …": a capitalised name is always taken.
  if (/orient/i.test(text)) for (const name of mentioned(text, [ORIENTED])) if (!out.includes(name) && (/^\p{Lu}/u.test(name) || (knownBody(name) && /\s(?:du|de la|de l['’]|des|de)\s*\p{Lu}/u.test(name)))) out.push(name);
  // The frame patterns start on no plain word the scan could look for first: the gate is tested here.
  if (FRAME_WORDS.test(text)) for (const name of mentioned(text, FRAMES, true)) if (!out.includes(name) && !PROGRAMME.test(name) && partnerTypeOf(name) !== 'autre') out.push(name);
  for (const m of text.matchAll(BRACKETED)) {
    const list = listItems(m[1]!);
    if (list.length >= 2 && list.every((i) => i.split(/\s+/).length <= 5)) out.push(...list.filter((i) => !out.includes(i)));
  }
  for (const m of text.matchAll(SPELT_OUT)) {
    const name = clean(m[1]! + m[2]!);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** Partners a verb introduces: "adressées par", "viennent de", "la médiathèque a prêté". */
function verbPartners(text: string, out: string[]): void {
  if (/par/.test(text)) for (const name of mentioned(text, SENT_BY)) if (!out.includes(name)) out.push(name);
  if (/vien/i.test(text)) for (const name of mentioned(text, COMES_FROM)) if (!out.includes(name) && knownBody(name)) out.push(name);
  if (MAY_LEND.test(text)) lendersIn(text, out);
}

/** Cheap test before STAFF_OF_BODY: a role's letters, then a "de …" that may name its body. */
const MAY_STAFF_OF_BODY = /(?:ducat|nimat|ntervenant|sycholog|om[ée]dien|t[ée]ticien|ophrolog|ormat|onseill|yc[ée]ens|tudiants|l[èe]ves|oll[ée]giens|n[ée]voles|nseignant|rofesseur)[^.;]{0,40}?\s(?:de l|du |de la |des )/i;

/** Bodies the people who work on the action come from ("un éducateur de l'association X"). */
export function staffBodiesIn(text: string): string[] {
  const out: string[] = [];
  if (!MAY_STAFF_OF_BODY.test(text)) return out;
  for (const m of text.matchAll(STAFF_OF_BODY)) {
    const name = clean(m[1]!);
    // "de l'association" alone is the centre's own association; "du Centre social X" the centre itself.
    if (!out.includes(name) && (name.includes(' ') || /^\p{Lu}/u.test(name)) && knownBody(name) && !/^(?:Centre|Maison|Espace|EVS|centre|maison|structure)\b/.test(name)) out.push(name);
  }
  return out;
}

/** Lending verbs that LENDS needs, tested first. */
const MAY_LEND = /prêt[ée]|prête|offert|fourni|donné|à disposition/i;

const OWN_SERVICE = /\b(?:du centre|de la maison|de l['’]espace|de l['’]association|de notre|du foyer|de la structure)\b/iu;
const TO_THE_PUBLIC = /^[^.;]{0,80}?\b(?:aux|à des|à ses|à leurs)\s+(?:familles|habitants|usagers|enfants|participants|adh[ée]rents|jeunes|seniors|parents|b[ée]n[ée]ficiaires|personnes|foyers|lecteurs|joueurs)\b/iu;

function lendersIn(text: string, out: string[]): void {
  // The verb first, then its subject in the few words before it: a scan from every comma would cost more.
  for (const v of text.matchAll(LEND_VERB)) {
    const near = text.slice(Math.max(0, v.index - 100), v.index);
    const past = /^(?:prêté|offert|fourni|donné)$|^mis\s/.test(v[0]);
    const aux = (past ? LEND_AUX_PAST : LEND_AUX_PRESENT).exec(near);
    // "L'épicerie solidaire La Cagette fournit une partie des denrées": a body supplying the action, in the present, with no
    // "nous" — unless what it lends goes to the public ("La ludothèque prête 900 jeux aux familles": the action itself).
    const supplies = !aux && !past && /^(?:fourni|prêt|met)/.test(v[0]) && !TO_THE_PUBLIC.test(text.slice(v.index, v.index + 120));
    if (!aux && !supplies) continue;
    const m = LENDER.exec(near.slice(0, aux ? aux.index : near.length).slice(-70));
    if (!m) continue;
    const name = clean(m[1]!.replace(/^(?:la|le|les)\s+|^l['’]/i, ''));
    // In the present, "la bricothèque du centre social prête ses outils" is the action itself lending, not a partner.
    if (supplies && OWN_SERVICE.test(name)) continue;
    if (!out.includes(name) && knownBody(name) && name.split(/\s+/).length <= 8) out.push(name);
  }
}
