/**
 * Corrections to the hand-made sample feed (demo/sample-feed.json) where it states more than
 * the seed fiche's text does, applied by import-accuracy.test.ts before it compares. The demo
 * keeps its feed as written (its pages and visual baselines show it); the comparison must not
 * reward an importer for inventing what the sample's author inferred, nor count the importer
 * wrong for not inventing it. Each correction says what the text does state, in our words.
 * A correction never touches a fact the text states: those stay, and the importer must read them.
 */
import type { Action } from '../../src/feed/schema.js';

export interface Correction {
  /** The sample action's id. */
  id: string;
  why: string;
  fix: (a: Action) => void;
}

const person = (a: Action, role: RegExp) => a.staffing?.people.find((p) => role.test(p.role));

export const CORRECTIONS: readonly Correction[] = [
  {
    id: 'action-innovation-sociale-et-solidaire-pour-un-autre-modele',
    why: 'the staffing section names each professional and each volunteer on a line of their own: each line is one person, so the sample’s people (given without a count) are counted one each',
    fix: (a) => {
      for (const p of a.staffing?.people ?? []) p.count ??= 1;
    },
  },
  {
    id: 'relais-info-service',
    why: 'the fiche gives 2 ETP and speaks of the social mediators in the plural, but never says how many people they are: 2 ETP is not 2 people',
    fix: (a) => {
      delete person(a, /m[ée]diateur/)!.count;
    },
  },
  {
    id: 'sejour-parisien-du-conseil-citoyen',
    why: 'the people-mobilised field counts the trip’s participants; nothing says they are volunteers who ran the action rather than the residents who went on it',
    fix: (a) => {
      const p = person(a, /participant/)!;
      a.staffing!.people = a.staffing!.people.filter((x) => x !== p);
      a.beneficiaries = [...(a.beneficiaries ?? []), { label: 'participants', count: p.count! }];
    },
  },
  {
    id: 'mos-art',
    why: 'the fiche lists the supervising technician with the two animators and never says he comes from outside: staff, not a contractor',
    fix: (a) => {
      person(a, /technicien/)!.kind = 'salarie';
    },
  },
  {
    id: 'ateliers-tremplin-francais-vie-quotidienne-et-solidarite',
    why: 'this file is the questions part of a fiche and holds no title at all: the importer must say so (a provisional title, reported) rather than make one up',
    fix: (a) => {
      a.title = 'Action sans titre (002_c003605c2b0db2bc.txt)';
    },
  },
  {
    id: 'objectif-insertion-s',
    why: 'a CCAS is typed "social" everywhere else in the sample (Homécourt, Wimereux and Wimille), and the text says nothing that makes this one a commune; the prose also says the coordinator follows each pathway in liaison with the social workers (assistantes sociales, travailleurs sociaux), which the sample left out of its partners',
    fix: (a) => {
      a.partners.find((p) => /ccas/i.test(p.name))!.type = 'social';
      a.partners.push({ name: 'Assistantes sociales', type: 'social' }, { name: 'Travailleurs sociaux', type: 'social' });
    },
  },
  {
    id: 'insertion-pre-professionnelle-chantier-d-insertion',
    why: 'the page calls this step the pre-professional insertion action; "(chantier d’insertion)" is the sample author’s gloss, and its paragraph speaks of exclusion and work, never of integration',
    fix: (a) => {
      a.title = 'Insertion pré professionnelle';
      a.keywords = a.keywords.filter((k) => k !== 'Intégration');
    },
  },
  {
    id: 'insertion-socioculturelle-patrimoine-et-sorties',
    why: 'the page names the axis "insertion socioculturelle"; heritage and outings are the projects it groups, which the sample added to the title',
    fix: (a) => {
      a.title = 'Insertion socioculturelle';
    },
  },
  {
    id: 'projet-elle-m-a-dit',
    why: 'the project is named in quotes after the word "projet": the name is what stands in the quotes',
    fix: (a) => {
      a.title = 'Elle m’a dit...';
    },
  },
  {
    id: 'pole-jeunesse-et-centre-de-loisirs',
    why: 'the paragraph names the centre’s "pôle jeunesse"; the leisure centre is named only in the page’s contact intro, not as part of this title',
    fix: (a) => {
      a.title = 'Pôle jeunesse';
    },
  },
];

/** Applies every correction to the sample's actions; throws when one names an action the sample lacks. */
export function correctExpectations(actions: Action[]): number {
  for (const c of CORRECTIONS) {
    const a = actions.find((x) => x.id === c.id);
    if (!a) throw new Error(`seed correction for a missing action: ${c.id}`);
    c.fix(a);
  }
  return CORRECTIONS.length;
}
