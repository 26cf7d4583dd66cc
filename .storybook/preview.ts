import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

// Storybook's iframe says lang="en"; Vitrine's default language is French, which elements read from <html lang>.
document.documentElement.lang = 'fr';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: { controls: { expanded: true } },
};
export default preview;
