/**
 * Colours of funder types, the same in every element on the page: Okabe–Ito first
 * (safe for the common colour-vision deficiencies), then Paul Tol's muted scheme.
 * Charts never rely on colour alone: every segment also has a label or a table row.
 * A site overrides a colour with `--vitrine-funder-<type>` on any ancestor.
 */
import type { FunderType } from '../feed/funders.js';

export const FUNDER_COLORS: Record<FunderType, string> = {
  caf: '#0072b2',
  commune: '#e69f00',
  intercommunalite: '#b8860b',
  departement: '#009e73',
  region: '#56b4e9',
  etat: '#d55e00',
  europe: '#332288',
  msa: '#117733',
  carsat: '#88ccee',
  sante: '#cc6677',
  bailleur: '#aa4499',
  fondation: '#cc79a7',
  entreprise: '#999933',
  usagers: '#ddcc77',
  autofinancement: '#882255',
  autre: '#8a8a8a',
};

/** A CSS colour value for a funder type that honours the site's override. */
export function funderColor(type: FunderType): string {
  return `var(--vitrine-funder-${type}, ${FUNDER_COLORS[type]})`;
}
