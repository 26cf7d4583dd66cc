import type { StorybookConfig } from '@storybook/web-components-vite';
import { minifyLitTemplates } from '../scripts/minify-lit-templates.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The sample feed and test fixtures are served so stories load them over HTTP like a real page.
  staticDirs: [{ from: '../demo', to: '/' }, { from: '../test/fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true },
  // The static Storybook (what the visual tests screenshot) minifies Lit's templates as the CDN build does,
  // so a defect of the minifier shows in the stories too, not only on a CMS page.
  viteFinal: (vite, { configType }) =>
    configType === 'PRODUCTION' ? { ...vite, plugins: [...(vite.plugins ?? []), minifyLitTemplates()] } : vite,
};
export default config;
