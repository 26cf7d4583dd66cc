/**
 * Funder and partner vocabularies. The order of FUNDER_TYPES is the display order
 * (public funders first, then private, then the centre's own resources) and the
 * index into the colour palette, so a funder type keeps its colour across elements.
 */
/** The public bodies, from the closest to the centre to the State: they fund and they partner alike. */
const PUBLIC_BODIES = ['caf', 'commune', 'intercommunalite', 'departement', 'region', 'etat'] as const;

export const FUNDER_TYPES = [
  ...PUBLIC_BODIES,
  'europe',
  'msa',
  'carsat',
  'sante',
  'bailleur',
  'fondation',
  'entreprise',
  'usagers',
  'autofinancement',
  'autre',
] as const;

export type FunderType = (typeof FUNDER_TYPES)[number];

export const PARTNER_TYPES = [
  ...PUBLIC_BODIES,
  'education',
  'emploi',
  'sante',
  'social',
  'bailleur',
  'association',
  'fondation',
  'entreprise',
  'culture',
  'habitants',
  'autre',
] as const;

export type PartnerType = (typeof PARTNER_TYPES)[number];

export const PERSON_KINDS = [
  'salarie',
  'benevole',
  'service-civique',
  'prestataire',
  'partenaire',
] as const;

export type PersonKind = (typeof PERSON_KINDS)[number];

/** Stable palette position of a funder type (unknown strings fall back to "autre"). */
export function funderIndex(type: string): number {
  const i = FUNDER_TYPES.indexOf(type as FunderType);
  return i === -1 ? FUNDER_TYPES.length - 1 : i;
}
