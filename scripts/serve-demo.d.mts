/** Types of scripts/serve-demo.mjs for the TypeScript that imports it (benches). */
import type { Server } from 'node:http';

export const CSP: string;
export function startDemoServer(listenPort?: number, options?: { compress?: boolean }): Promise<Server>;
