/**
 * The département of a commune from its INSEE code: the first two characters (`'2A'`/`'2B'` for Corsica), or
 * three for the overseas départements (`'97411'` → `'974'`). `null` when the code is not a commune code of one
 * of the 101 départements (Saint-Pierre-et-Miquelon's `975…` included). Postal codes are not INSEE codes
 * (Corsica's start with 20): pass the INSEE code.
 *
 * A module of its own, without data, so that any code can use it without loading tables or geometry.
 */
export function departementOfInsee(insee: string): string | null {
  const match = /^(?:(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5])\d{3}|(97[1-46])\d\d)$/.exec(insee.trim().toUpperCase());
  return match ? (match[1] ?? match[2]!) : null;
}
