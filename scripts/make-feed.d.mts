/** Types of scripts/make-feed.mjs for the TypeScript that imports it (bench, stories). */
import type { FeedInput } from '../src/feed/schema.js';

export interface Commune {
  code: string;
  nom: string;
  departement: string;
  population?: number;
}

export function makeFeed(count: number, seed: number, sample: FeedInput, communes?: readonly Commune[]): FeedInput;
export function makeFeedParts(count: number, seed: number, sample: FeedInput, communes?: readonly Commune[]): Omit<FeedInput, "actions"> & { actions: Iterable<NonNullable<FeedInput["actions"]>[number]> };
export function loadInputs(): Promise<{ sample: FeedInput; communes: Commune[] }>;
