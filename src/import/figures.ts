/**
 * Counts of people in free text ("42 bénéficiaires", "plus de 300 foyers", "une centaine de
 * familles", "2 personnes en contrat") split into beneficiaries and outcomes (jobs, training,
 * contracts). Only counted nouns from a fixed list are taken, so "en 2013" or "45 ateliers"
 * are not read as people.
 */
import type { Figure } from '../feed/schema.js';
import { leadingCount, parseNumber } from './french-numbers.js';
import { clean } from './text.js';

const PEOPLE = 'b[ée]n[ée]ficiaires?|personnes?|pers\\.|familles|foyers|jeunes|enfants|adolescent(?:e)?s|participant(?:e)?s|habitant(?:e)?s|seniors|adultes|femmes|hommes|parents|mamans|papas|grands-parents|usag[eè]r(?:e)?s|adh[ée]rent(?:e)?s|inscrit(?:e)?s|stagiaires|visiteu(?:r|se)s|spectat(?:eur|rice)s|jardini(?:er|[eè]re)s|[ée]l[èe]ves|coll[ée]gien(?:ne)?s|lyc[ée]en(?:ne)?s|retrait[ée]e?s|r[ée]sidents|locataires|m[ée]nages|convives|aidants|allocataires|brsa|apprenant(?:e)?s';
const OUTCOME = /emploi|formation|\bcdi\b|\bcdd\b|contrat|dipl[oô]m|qualifi|permis|embauch|form[ée]e?s|insertion|sorties? positives?/i;
const NUMBER_WORDS = 'un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cinquante|cent';
const ABOUT_WORDS = 'dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine';

/** A count: "plus de 300", "une centaine de", "sept", "42". Groups: approx word, number, about-noun. */
const COUNT = `(?:(plus de|près de|environ|env\\.|au moins)\\s+)?(?:(\\d+(?:[  ]\\d{3})?|${NUMBER_WORDS})|une (${ABOUT_WORDS}) d(?:e\\s+|['’]))`;
const PEOPLE_RE = new RegExp(`(?<![\\d\\p{L}])${COUNT}\\s*((?:${PEOPLE})(?:\\s+[\\p{L}'’-]+){0,5})`, 'giu');
const OUTCOME_RE = new RegExp(
  `(?<![\\d\\p{L}])(\\d+|${NUMBER_WORDS})\\s+((?:se sont engag\\p{L}* dans une formation|en formation[^.;,]*|en (?:cdi|cdd|emploi|contrat)[^.;,]*|ont (?:pu )?retrouv\\p{L}* un emploi[^.;,]*|contrats? [^.;,]{2,40}|permis[^.;,]{0,20}))`,
  'giu',
);

/** Words after the counted noun that end its label ("42 personnes ont bénéficié" → "personnes"). */
// A verb in the third person plural ("14 adolescents répètent une pièce") ends the label too.
const LABEL_STOP = /\s+(?:(?!parent|adolescent|client|r[ée]sident|agent|pr[ée]sident)[a-zà-ÿ]{2,}ent\b|ont|a|sont|est|qui|que|dont|par|pour|en|avec|et|ou|y|participent|participe|viennent|se|de l['’]|du|au|aux|à|dans|sur|différentes|ce|cette|se|s['’]|chaque|tous|toutes|de(?= (?:rénover|créer|construire|découvrir|participer|réaliser|préparer|partir|apprendre|jouer|cuisiner|jardiner|lire|écrire|trouver|retrouver)\b))(?:\s.*)?$/i;

/** "Participants en 2024", "Nombre de familles", "Personnes concernées": a table's row that counts people. */
// "Nombre de bénévoles mobilisés | 7": the team, counted the same way, so the staffing reader takes it.
const COUNTED = /^(?:nombre de |nb de |nombre d['’])?(participants?|inscrits?|b[ée]n[ée]ficiaires|familles|personnes|usagers|jeunes|enfants|habitants|foyers|b[ée]n[ée]voles|salari[ée]s)\b/i;

/**
 * A table's row of a label and a bare number that counts people ("Participants | 63") as the
 * prose says it ("63 participants"), so the figure reader takes it; undefined for any other row.
 */
export function headCountRow(label: string, value: string): string | undefined {
  const counted = /^\d+$/.test(value) ? COUNTED.exec(label) : null;
  return counted ? `${value} ${counted[1]!.toLowerCase()}` : undefined;
}

/** What introduces a part of the count before it. */
const SUBSET_BEFORE = /\bdont\s+(?:plus de\s+|près de\s+|environ\s+)?$/i;

function countOf(approx: string | undefined, num: string | undefined, about: string | undefined): { value: number; approximate: boolean } | undefined {
  if (about) return leadingCount(`une ${about}`);
  if (num === undefined) return undefined;
  const v = /^\d/.test(num) ? parseNumber(num) : leadingCount(num)?.value;
  return v === undefined ? undefined : { value: v, approximate: approx !== undefined };
}

function yearNear(sentence: string): number | undefined {
  const m = /\ben (19[5-9]\d|20\d\d)\b|\b(19[5-9]\d|20\d\d)\s*:/.exec(sentence);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/** Beneficiary and outcome counts found in `text`, one figure per mention, in reading order. */
export function extractFigures(text: string): { beneficiaries: Figure[]; outcomes: Figure[] } {
  const beneficiaries: Figure[] = [];
  const outcomes: Figure[] = [];
  for (const sentence of text.split(/(?<=[.!?;])\s+|\n+|\s+-\s+(?=\d)/)) {
    const year = yearNear(sentence);
    const taken: [number, number][] = [];
    const before = beneficiaries.length;
    for (const m of sentence.matchAll(PEOPLE_RE)) {
      const c = countOf(m[1], m[2], m[3]);
      if (!c) continue;
      const phrase = m[4]!;
      // "34 personnes, dont 12 enfants", "(dont 38 femmes)": a part of a count already given, not more people.
      // A line opening on "dont 38 femmes" goes on from a count the line above gave (a PDF's wrapped sentence).
      if (SUBSET_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index)) && (beneficiaries.length > before || /\d/.test(sentence.slice(0, m.index)) || /^\s*dont\s/i.test(sentence))) continue;
      // "5 jardiniers bénévoles référents": people of the team, counted by the staffing reader.
      if (/^\S+\s+(?:b[ée]n[ée]voles?|salari[ée]e?s?)\b/iu.test(phrase)) continue;
      const outcome = OUTCOME.test(phrase);
      // An outcome keeps its verb ("personnes ont pu retrouver un emploi"); a head count only its noun.
      const figure: Figure = { label: clean(outcome ? phrase : phrase.replace(LABEL_STOP, '')), count: c.value };
      if (c.approximate) figure.approximate = true;
      if (year) figure.year = year;
      (outcome ? outcomes : beneficiaries).push(figure);
      taken.push([m.index, m.index + m[0].length]);
    }
    for (const m of sentence.matchAll(OUTCOME_RE)) {
      if (taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
      const c = countOf(undefined, m[1], undefined);
      if (!c) continue;
      const figure: Figure = { label: clean(m[2]!), count: c.value };
      if (year) figure.year = year;
      outcomes.push(figure);
    }
  }
  return { beneficiaries, outcomes };
}
