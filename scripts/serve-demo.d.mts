import type { Server } from 'node:http';

export const CSP: string;
export function startDemoServer(listenPort?: number): Promise<Server>;
