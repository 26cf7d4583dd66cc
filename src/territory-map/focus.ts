/**
 * Reading the `focus` attribute. Every région code is also a département code (32 is Hauts-de-France and Gers,
 * 75 Nouvelle-Aquitaine and Paris), so a bare code is read at the map's level, and a prefix chooses explicitly:
 * `region:32`, `departement:75`. Several codes may be given, separated by commas or spaces. Pure.
 */
import divisions from '../geo/divisions.json';
import { compareCodes } from './aggregate-territory.js';

export type Level = 'departement' | 'region';

export interface Focus {
  /** The départements to frame, in INSEE order (a région stands for its départements). */
  readonly departements: readonly string[];
  /** The codes as understood, for the caption: `{ level, code }` in the order given. */
  readonly targets: readonly { readonly level: Level; readonly code: string }[];
}

const regionOf: Readonly<Record<string, string>> = divisions.regionOfDepartement;
const regionCodes = new Set(divisions.regions.map((r) => r.code));

/** The départements of a région, in INSEE order. */
export function departementsOfRegion(region: string): string[] {
  return Object.keys(regionOf)
    .filter((d) => regionOf[d] === region)
    .sort(compareCodes);
}

/** The focus named by the attribute, or `null` when it names no known area (the whole map is shown). */
export function parseFocus(value: string | null | undefined, level: Level): Focus | null {
  const departements = new Set<string>();
  const targets: { level: Level; code: string }[] = [];
  for (const token of (value ?? '').split(/[\s,;]+/)) {
    const match = /^(?:(region|departement):)?([0-9]{2,3}|2[ab])$/i.exec(token.trim());
    if (!match) continue;
    const code = match[2]!.toUpperCase();
    const kind = (match[1]?.toLowerCase() as Level | undefined) ?? level;
    if (kind === 'region' && regionCodes.has(code)) {
      targets.push({ level: 'region', code });
      for (const d of departementsOfRegion(code)) departements.add(d);
    } else if (kind === 'departement' && Object.hasOwn(regionOf, code)) {
      targets.push({ level: 'departement', code });
      departements.add(code);
    }
  }
  return targets.length ? { departements: [...departements].sort(compareCodes), targets } : null;
}
