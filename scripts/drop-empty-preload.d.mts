/** Types of scripts/drop-empty-preload.mjs for vite.config.ts and its unit test. */
import type { Plugin } from 'vite';

export function unwrapEmptyPreloads(code: string, helperFile: string): { code: string; helperStillUsed: boolean } | undefined;
export function dropEmptyPreload(): Plugin;
