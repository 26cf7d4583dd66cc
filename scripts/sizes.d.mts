/** Types of scripts/sizes.mjs for bench.ts. */
export interface SizeRow {
  label: string;
  bytes: number;
  budgetKb: number;
  ok: boolean;
}
export function measureSizes(cdn?: string): Promise<SizeRow[]>;
