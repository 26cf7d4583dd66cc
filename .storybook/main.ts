import type { StorybookConfig } from '@storybook/web-components-vite';
import { minifyLitTemplates } from '../scripts/minify-lit-templates.mjs';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // No staticDirs: the feeds stories load over HTTP are imported as modules (stories/data.ts), so the
  // output holds Storybook and those files only, never the demo pages or the repository's sources.
  core: { disableTelemetry: true },
  // The static Storybook (what the visual tests screenshot) minifies Lit's templates as the CDN build does,
  // so a defect of the minifier shows in the stories too, not only on a CMS page.
  // Feeds imported with ?url stay files however small: a data: URL would not be loaded the way a site's feed is.
  viteFinal: (vite, { configType }) => {
    const build = { ...vite.build, assetsInlineLimit: (file: string) => (file.endsWith('.json') ? false : undefined) };
    return configType === 'PRODUCTION'
      ? { ...vite, build, plugins: [...(vite.plugins ?? []), minifyLitTemplates()] }
      : { ...vite, build };
  },
};
export default config;
