/**
 * The order of titles in the action list: French, numbers as numbers ("Atelier 2" before
 * "Atelier 10"), and quotes and dashes around a title ("« Liens à la maison »") do not
 * move it to the top. One collator for the list's sort (action-list/sort.ts) and the
 * columnar index's title order (feed-index.ts), so the two cannot disagree.
 */
export const titleCollator = new Intl.Collator('fr', { numeric: true, ignorePunctuation: true });
