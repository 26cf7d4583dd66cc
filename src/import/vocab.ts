/**
 * What the words of a fiche mean: funder types (FUNDER_TYPES), partner types (PARTNER_TYPES),
 * kinds of people (PERSON_KINDS), territory scales, statuses and structure kinds. Rules are
 * tried in order on the folded text (lowercase, no accents); the first that matches wins,
 * so specific names come before generic words.
 */
import type { FunderType, PartnerType, PersonKind } from '../feed/funders.js';
import type { Action, Structure } from '../feed/schema.js';
import { fold } from './text.js';
import { communeByName, communesLoaded, headOfCommune } from './communes.js';

type Rule<T> = readonly [RegExp, T];

/** Acronyms are written with or without dots: "D.R.AC.", "F.A.S.I.L.D.", "C.M.P.". */
function undotted(folded: string): string {
  return folded.replace(/\b(\w)\.(?=\w)/g, '$1').replace(/(\w)\.(?=\s|$)/g, '$1');
}

/** Answers per rule list: the same roles, funders and labels come back in every fiche. */
const ANSWERS = new WeakMap<readonly Rule<unknown>[], Map<string, unknown>>();

function firstMatch<T>(rules: readonly Rule<T>[], text: string): T | undefined {
  let answers = ANSWERS.get(rules) as Map<string, T | null> | undefined;
  if (!answers) ANSWERS.set(rules, (answers = new Map()));
  const known = answers.get(text);
  if (known !== undefined) return known ?? undefined;
  const t = fold(text);
  const bare = undotted(t);
  let found: T | null = null;
  for (const [re, value] of rules) {
    if (re.test(t) || re.test(bare)) {
      found = value;
      break;
    }
  }
  if (answers.size >= 20_000) answers.clear();
  answers.set(text, found);
  return found ?? undefined;
}

const FUNDER_RULES: readonly Rule<FunderType>[] = [
  // "Ventes aux bénéficiaires" (an épicerie's till): the people served pay it, as a participation.
  [/\bventes? (?:aux|a des) (?:beneficiaires|familles|usagers|adherents|participants|habitants|clients)\b/, 'usagers'],
  // "Buvette et tombola : 700 €", "loto", "vide-grenier": what the centre's own events bring in.
  [/autofinanc|fonds propres|ressources propres|\bventes?\b|recettes propres|\bbuvettes?\b|\btombolas?\b|\blotos?\b|kermesses?|vide-greniers?|brocantes?/, 'autofinancement'],
  [/\bopco\b|\bopca\b|uniformation/, 'autre'],
  [/fondation|fonds de dotation/, 'fondation'],
  // "Fonds publics et territoires", "Bonus territoire": the national family fund's lines, paid by the CAF.
  [/\bcaf\b|allocations familiales|fonds publics et territoires|bonus (?:territoire|ctg)/, 'caf'],
  [/\bmsa\b|mutualite sociale agricole/, 'msa'],
  [/carsat|\bcnav\b|caisse de retraite|agirc|arrco/, 'carsat'],
  [/\bars\b|\bcpam\b|assurance maladie|agence regionale de sante/, 'sante'],
  // The Collectivité européenne d'Alsace holds the Bas-Rhin's and the Haut-Rhin's départements' powers (2021): no European money.
  [/collectivite europeenne d'alsace/, 'departement'],
  [/\bfse\b|\bfeder\b|\bleader\b|europ|erasmus/, 'europe'],
  // The conférence des financeurs de la prévention de la perte d'autonomie is chaired by the Département.
  [/conseil (departemental|general)|departement|conference des financeurs|\bcd ?\d{2}\b|\bcg ?\d{2}\b/, 'departement'],
  [/conseil regional|\bregion\b/, 'region'],
  [/\bccas\b|centre communal d'action sociale/, 'commune'],
  [/communaute (de(?:s)? communes|d'agglomeration|urbaine)|[a-z] communaute\b|agglo|metropole|intercommunal|\bepci\b|\bcc[a-z]{2,5}\b|\bcu[a-z]\b|sivom|syndicat intercommunal|^grand (?!est\b)(?!.*\bhabitat\b)[a-z]/, 'intercommunalite'],
  [/\bville\b|commune|mairie|municipal/, 'commune'],
  [/\betat\b|prefecture|politique de la ville|contrat de ville|\bacse\b|\bancv\b|\banct\b|\bcget\b|\bddcs\b|\bdrac\b|\bdreets\b|\bddets\b|\bdireccte\b|\bdrjscs\b|\bfasild\b|\bfonjep\b|\bfdva\b|\bdrdjscs\b|ministere|jeunesse et sports|education nationale|pole emploi|france travail/, 'etat'],
  [/bailleur|\bhlm\b|\boph\b|logement social|habitat\b/, 'bailleur'],
  [/entreprise|mecenat|mecene|\bsarl\b|\bsas\b|banque|credit|supermarche|hypermarche|biocoop|magasin|leclerc|carrefour|intermarche|auchan|\blidl\b/, 'entreprise'],
  [/usagers?|familles|participants?|clients|convives|aidants|adhesions?|cotisations?|parents\b|habitants|adherente?s|inscriptions|billetterie|beneficiaires|jeunes\b/, 'usagers'],
];

/** "Ville de Genève", "la ville de Liège": a town the list of French communes does not hold. */
const TOWN_NAMED = /\b[Vv]ille d(?:e |['’])(\p{Lu}[\p{L}'’-]+(?:[ -](?:sur|sous|en|le|la|les|lès)[ -]\p{Lu}[\p{L}'’-]+)?)/u;

/** A town abroad is no French commune: its money or its help is typed "autre", not "commune". */
function foreignTown(label: string): boolean {
  const m = TOWN_NAMED.exec(label);
  // "Ville de Saint-Dié" is Saint-Dié-des-Vosges, shortened: a French town.
  return !!m && communesLoaded() && !communeByName(m[1]!) && !headOfCommune(m[1]!);
}

/** Every funder type a label names, in the order they appear ("MSA et CCVA" → msa, intercommunalite). */
export function funderTypesIn(label: string): FunderType[] {
  const abroad = foreignTown(label);
  const t = undotted(fold(abroad ? label.replace(TOWN_NAMED, '') : label));
  const hits: { at: number; type: FunderType }[] = abroad ? [{ at: TOWN_NAMED.exec(label)!.index, type: 'autre' }] : [];
  for (const [re, type] of FUNDER_RULES) {
    const m = re.exec(t);
    if (m && !hits.some((h) => h.type === type)) hits.push({ at: m.index, type });
  }
  // "Fondation Crédit Mutuel" is one foundation, not a foundation and a bank.
  const named = hits.some((h) => h.type === 'fondation') ? hits.filter((h) => h.type !== 'entreprise') : hits;
  return named.sort((a, b) => a.at - b.at).map((h) => h.type);
}

/** The funder type of a revenue label; "autre" when nothing is recognised. */
export function funderTypeOf(label: string): FunderType {
  return funderTypesIn(label)[0] ?? 'autre';
}

const PARTNER_RULES: readonly Rule<PartnerType>[] = [
  [/^autres?$/, 'autre'],
  // A name that starts with the kind of body it is: "Réseau …", "Fédération …", "Associations caritatives …".
  [/^(?:(?:le|la|les|l') ?)?(?:reseau|federation|collectif|union|associations)\b/, 'association'],
  [/\bcaf\b|allocations familiales/, 'caf'],
  // "Auto-école solidaire ECF" is a driving school, a business.
  [/auto-?ecole/, 'entreprise'],
  [/education nationale|college|\becoles?\b|lycee|universite|\biut\b|etablissements? scolaires?|groupes? scolaires?|rectorat|enseignant|equipe pedagogique/, 'education'],
  [/mission locale|pole emploi|france travail|\bplie\b|plan local (?:pour l'|d')insertion|\bafpa\b|cap emploi|organisme de formation|association intermediaire|entreprise d'insertion|chantier d'insertion/, 'emploi'],
  // "Association de la fondation étudiante pour la ville (AFEV)": an association that names a foundation is still an association.
  [/^(?:(?:l') ?)?association\b.*\bfondation\b/, 'association'],
  [/fondation/, 'fondation'],
  // "Loire Habitat", "Habitat 44": public housing bodies; "Habitat et Humanisme" and the "Habitat Jeunes" hostels are associations.
  [/bailleur|\bhlm\b|\boph\b|logement social|\bhabitat\b(?! et humanisme| jeunes)/, 'bailleur'],
  // A village's "foyer rural" is an association of the federation of that name, not a hostel.
  [/foyers? ruraux|foyer rural/, 'association'],
  [/club de prevention|prevention specialisee|\bccas\b|centre communal d'action sociale|epicerie (?:sociale|solidaire)|relais (?:petite enfance|assistantes? maternelles)|\brpe\b|\bram\b|services? (?:d'aide )?a domicile|\badmr\b|plateformes? de (?:repit|l'aidant)|\bsaad\b|\bclic\b|\bssiad\b|medico-sociaux|medico-social|\bmsa\b|carsat|\budaf\b|\btisf\b|^as$|travailleurs? sociaux|assistantes? sociales?|service social|centres? sociaux|centre social|\bsasi\b|protection de l'enfance|mediation|\bpaej\b|ecoute jeunes|droits des femmes|aide aux victimes|foyers?\b|enfants?[ /-]parents?|\blaep\b|\besat\b|aide par le travail/, 'social'],
  // The CDIAE, despite its name, is the prefect's council for work-based integration.
  [/insertion par l'activite economique|\bcdiae\b/, 'etat'],
  // "médiathèque municipale", "ludothèque de la ville": a cultural venue, whoever runs it (a town, an intercommunality, a département).
  [/^(?:(?:le|la|les|l') ?)?(?:mediatheque|bibliotheque|ludotheque|musee|conservatoire(?! d'espaces)|theatre|cinema)s?\b/, 'culture'],
  [/conseil (departemental|general)|departement|collectivite europeenne d'alsace/, 'departement'],
  [/conseil regional|\bregion\b/, 'region'],
  // "Grand Poitiers", "Quimperlé Communauté": agglomerations named after their town ("Grand Est" is a region).
  [/regroupement de communes|communaute (de(?:s)? communes|d'agglomeration|urbaine)|\bagglomeration\b|metropole|intercommunal|\bepci\b|\bcc[a-z]{2,5}\b|^grand (?!est\b)(?!.*\bhabitat\b)[a-z]|^[a-z][a-z' -]+ communaute$/, 'intercommunalite'],
  [/\bcpam\b|\bars\b|maisons? des adolescents|hopital|sante|medic|\bcmp\b|csapa|\bpmi\b|mutualite|ehpad|psycholog|addicto|soins|entraide mutuelle|\bgem\b/, 'sante'],
  [/\bville\b|commune|mairie|municipal/, 'commune'],
  [/\betat\b|prefecture|\bacse\b|\bancv\b|\banct\b|\bcget\b|\bddcs\b|\bdrac\b|\bdreets\b|\bfasild\b|politique de la ville|ministere|justice|police|gendarmerie/, 'etat'],
  // "Club des aînés", "club du 3e âge": seniors' associations, not a sports club.
  [/club (?:des (?:aines|anciens|retraites|seniors)|du (?:3e|troisieme) age)/, 'association'],
  // "Conservatoire d'espaces naturels", "CPIE": nature bodies, associations (not a music conservatoire).
  [/espaces? naturels|protection de la nature|\bcpie\b|\blpo\b|environnement/, 'association'],
  // "Association Sport pour tous": an association whatever its field (but "association des parents d'élèves" is read above).
  [/^(?:(?:l') ?)?association\b(?! (?:des |de )?(?:parents|habitants|locataires))/, 'association'],
  [/club|sport|musee|theatre|botanique|bibliotheque|mediatheque|ludotheque|conservatoire|cinema|artiste|compagnie|culture|randonnee/, 'culture'],
  [/habitants|conseil citoyen|parents|collectif d'habitants/, 'habitants'],
  // A régie de quartier and the national charities named "France X" are associations (loi 1901).
  [/association|\basso\b|\bligue\b|regies? de quartier|^france (?:alzheimer|parkinson|benevolat|terre d'asile)\b|ressourcerie|recyclerie|\bmjc\b|maisons? de quartier|amicale|croix-rouge|restos du coeur|secours|vacances et familles|jardins? de cocagne|banque alimentaire|emmaus|\bclcv\b|consommat/, 'association'],
  // Shops and chains a centre works with ("Biocoop Albi", "la boulangerie du quartier", "Leclerc").
  [/entreprise|societe|commerce|commercant|supermarche|hypermarche|banque|\bsarl\b|biocoop|magasin|boulangerie|pharmacie|leclerc|carrefour|intermarche|auchan|\blidl\b|super u\b/, 'entreprise'],
  [/europ|\bfse\b/, 'autre'],
];

const EMPLOYED_BY = /^(?:(?:les?|la|l') ?)?(?:assistantes? sociales?|travailleu(?:r|se)s? soci(?:al|aux|ales?)|educat(?:eur|rice)s?(?: specialise(?:e|s|es)?)?|conseill(?:er|ere)s?|agents?|referente?s?)\s+(?:du|de la|de l'|des)\s+(departement|ville|mairie|commune|caf|ccas|region|conseil (?:departemental|regional))\b/;

/** A partner name's head, before the dash, comma or bracket that adds a service or a town. */
const NAME_HEAD = /^(.+?)(?:\s*[,(]|\s+[–—-]\s|[–—-]\s)/u;

/**
 * The partner type of a partner name ("Éducation Nationale" → education); "autre" when
 * unknown. The head decides first: "Ateliers Santé Ville, CCAS de la Ville" is a health
 * programme hosted by the CCAS, not the CCAS.
 */
export function partnerTypeOf(name: string): PartnerType {
  // "assistantes sociales du Département", "éducateurs de la Ville": a profession is typed by the body that employs it.
  const employer = EMPLOYED_BY.exec(fold(name))?.[1];
  const employerType = employer ? firstMatch(PARTNER_RULES, employer) : undefined;
  if (employerType && employerType !== 'autre') return employerType;
  const head = NAME_HEAD.exec(name)?.[1];
  return (head && firstMatch(PARTNER_RULES, head)) || (firstMatch(PARTNER_RULES, name) ?? 'autre');
}

/** A staffing phrase names staff of some kind, or the people the action serves. */
export type PersonClass = PersonKind | 'beneficiaire';

const PERSON_RULES: readonly Rule<PersonClass>[] = [
  [/civique|volontaire/, 'service-civique'],
  [/benevole|administrateur|membres? du bureau|elus associatifs|president|tresorier/, 'benevole'],
  [/partenaire|partenariat|mission locale|pole emploi|representant|\bcaf\b|\bccas\b|ehpad|enseignant|\bcollege\b|\becole\b/, 'partenaire'],
  [/prestataire|vacataire|comedien|intervenant|metteur en scene|journaliste|artiste|illustrateur|organisme de formation|formateurs? exterieurs?|psychologue|auteur/, 'prestataire'],
  [/sal(a)?rie|professionnel|permanent|employe|contrat aide|animat|educat|referent|directeur|directrice|coordinat|charge|technicien|assistante? sociale|assistante?s? (?:administrati\w*|de direction|de gestion)|comptable|gestionnaire|conseill|mediat|equipe|personnel|agent|secretaire|charg\w* d'accueil|tuteur|encadrant|\bcesf\b|cuisinier|chauffeu(?:r|se)|format(?:eur|rice)|thecaire|psy|relais\b/, 'salarie'],
  [/jeunes|participant|habitants|familles|enfants|seniors|personnes|membres|adolescent|usagers|beneficiaires|parents|adherents|filles|garcons|femmes|hommes/, 'beneficiaire'],
];

/** Who a staffing phrase describes ("animatrice jeunesse" → salarie, "6 bénévoles" → benevole). */
export function personClassOf(role: string): PersonClass | undefined {
  return firstMatch(PERSON_RULES, role);
}

type Scale = NonNullable<Action['territory']>['scale'];

const SCALE_RULES: readonly Rule<NonNullable<Scale>>[] = [
  [/plusieurs communes|intercommunal|communaute de communes|canton/, 'plusieurs-communes'],
  [/quartier/, 'quartier'],
  [/commune|ville/, 'commune'],
  [/departement/, 'departement'],
  [/region|national|europe/, 'autre'],
];

/** "Une commune" → commune, "Plusieurs quartiers" → quartier, "Plusieurs communes" → plusieurs-communes. */
export function scaleOf(label: string): Scale {
  return firstMatch(SCALE_RULES, label);
}

type State = NonNullable<Action['status']>['state'];

const STATE_RULES: readonly Rule<State>[] = [
  // "non reconduite", "pas reconduite": the action stopped.
  [/(?:non|pas(?: ete)?) reconduit|termine|acheve|fini|clos|clotur|arrete/, 'terminee'],
  [/en cours|poursuivi|permanent|perenne|reconduit|renouvele|actif|active/, 'en-cours'],
  // "Le projet est : ☒ nouveau": a form's new project has not started yet; "à créer en 2026" neither.
  [/projet|a venir|a (?:creer|lancer|mettre en place)\b|en construction|prevu|en preparation|en reflexion|a l'etude|^nouveau$|^nouvelle action$|^creation$/, 'en-projet'],
];

/** "En cours" → en-cours, "Terminée" → terminee, "En projet" → en-projet. */
export function stateOf(label: string): State | undefined {
  return firstMatch(STATE_RULES, label);
}

const KIND_RULES: readonly Rule<NonNullable<Structure['kind']>>[] = [
  [/espace de vie sociale|\bevs\b/, 'espace-de-vie-sociale'],
  [/centre (social|socio)|\bcsc\b|\bcsci\b|maison pour tous|maison de quartier|\bmpt\b|espace social|foyer rural/, 'centre-social'],
  [/mairie|^ville de|^commune|\bccas\b|conseil (departemental|general|regional)/, 'collectivite'],
  [/association|^asso\b/, 'association'],
];

/** The kind of a structure from its name, when the name says it. */
export function structureKindOf(name: string): Structure['kind'] {
  return firstMatch(KIND_RULES, name);
}
