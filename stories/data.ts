/// <reference types="vite/client" />
/**
 * The data every story uses, imported as modules: `?url` makes Vite emit each feed as one hashed asset
 * of the static Storybook (stories still load it over HTTP through `src`, as a CMS page does), so the
 * build copies only these files, never the demo pages or the fixtures folder.
 */
import sampleFeedUrl from '../demo/sample-feed.json?url';
import centreBUrl from '../test/fixtures/dashboard-centre-b.json?url';
import sampleFeedModule from '../demo/sample-feed.json';
import type { FeedInput } from '../src/feed/schema.js';

/** The sample feed's address (38 actions of real fiches). */
export const FEED = sampleFeedUrl;
/** The sample feed itself, for stories that hand a feed over as a property or derive one from it. */
export const sampleFeed = sampleFeedModule as FeedInput;
/** A second centre's feed, merged by the dashboard's several-sources story. */
export const CENTRE_B_FEED = centreBUrl;
/** An address nothing answers with a feed: the server says 404. */
export const MISSING_FEED = '/flux-introuvable.json';

const LONG_STRUCTURE = 'Centre social et culturel intercommunal des Trois Vallées, du Plateau et des Hameaux';
const longFunders = [
  { label: 'Caisse d’allocations familiales du Pas-de-Calais, prestation de service jeunesse', funderType: 'caf', amount: 9_400 },
  { label: 'Communauté d’agglomération des Deux Baies en Montreuillois, politique de la ville', funderType: 'intercommunalite', amount: 6_150 },
  { label: 'Conseil départemental du Pas-de-Calais, direction de l’action sociale', funderType: 'departement', amount: 4_800 },
  { label: 'Fondation pour l’égalité des chances et l’accès à la culture en milieu rural', funderType: 'fondation', amount: 2_300 },
  { label: 'Participation des familles selon le quotient familial', funderType: 'usagers', amount: 1_350 },
] as const;
const longRoles = [
  { role: 'animatrice coordinatrice du pôle enfance, jeunesse et familles', kind: 'salarie', etp: 0.8 },
  { role: 'conseiller en économie sociale et familiale détaché par le département', kind: 'salarie', etp: 0.35 },
  { role: 'bénévoles de l’accompagnement à la scolarité et des sorties familiales', kind: 'benevole', count: 9, hoursPerWeek: 4 },
  { role: 'volontaire en service civique chargée de la médiation numérique', kind: 'service-civique', hoursPerWeek: 24 },
] as const;

/**
 * Long texts everywhere a centre writes them: titles, structure name, keywords, funders' labels and roles.
 * Four actions so the list wraps its cards and the dashboard's distributions have several long bars.
 */
export const longTextFeed: FeedInput = {
  version: '1.0',
  title: 'Fiches aux textes très longs, comme certains centres les écrivent',
  structures: [{ id: 'trois-vallees', name: LONG_STRUCTURE, kind: 'centre-social', departement: '62', commune: { name: 'Montreuil-sur-Mer', insee: '62588' } }],
  actions: Array.from({ length: 4 }, (_, i) => ({
    id: `fiche-longue-${i + 1}`,
    structureId: 'trois-vallees',
    title: `Accompagnement des familles et des jeunes des hameaux vers les loisirs, la culture et les droits, volet ${i + 1}, qui doit passer à la ligne sans déborder`,
    status: { state: i % 2 ? 'terminee' : 'en-cours' },
    year: 2022 + (i % 3),
    keywords: ['Parentalité et soutien aux familles monoparentales', 'Éducation populaire / accompagnement à la scolarité', 'Mobilité en milieu rural'].slice(0, 1 + (i % 3)),
    public: ['Familles', 'Jeunesse (11-17 ans) des communes rurales'],
    summary: 'Un résumé écrit d’une traite, sans titre intermédiaire, qui décrit longuement ce que fait l’action. '.repeat(6),
    budget: { total: 24_000 + i * 1_000, revenues: longFunders.map((f) => ({ ...f })) },
    staffing: { people: longRoles.map((p) => ({ ...p })) },
  })),
};
