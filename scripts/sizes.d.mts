/** Types of scripts/sizes.mjs for bench.ts. */
export interface SizeRow {
  id: string;
  label: string;
  bytes: number;
  budgetKb: number;
  /** Files of dist/cdn the row counts, relative to it. */
  files: string[];
  /** Modules of a row built apart from the CDN bundle (the card alone). */
  modules?: ModuleSize[];
  ok: boolean;
}
export interface ModuleSize {
  module: string;
  bytes: number;
  gzip: number;
}
export function measureSizes(cdn?: string): Promise<SizeRow[]>;
export function modulesByChunk(): Promise<Map<string, ModuleSize[]>>;
