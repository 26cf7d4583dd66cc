import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The sample feed and test fixtures are served so stories load them over HTTP like a real page.
  staticDirs: [{ from: '../demo', to: '/' }, { from: '../test/fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true },
};
export default config;
