/** Types of scripts/minify-lit-templates.mjs for the Storybook config. */
import type { Plugin } from 'vite';
export const MINIFY_OPTIONS: Record<string, unknown>;
export function minifyLitTemplates(): Plugin;
