import type { Preview } from '@storybook/web-components-vite'
import { setCustomElementsManifest } from '@storybook/web-components-vite'
import manifest from '../custom-elements.json'
import '../src/define/all.js'

// Docs pages list attributes, events, parts and custom properties straight from the JSDoc headers.
setCustomElementsManifest(manifest)

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
}

export default preview
