import { fileURLToPath } from 'node:url'
import { defineConfig, type UserConfig } from 'vite'
import { builtKeyOrder, messageKeyCodes, messageKeysPlugin } from './build/message-keys.js'
import { minifyTemplatesPlugin } from './build/minify-templates.js'
import { precompressPlugin } from './build/precompress.js'
import { privateMemberNames } from './build/private-names.js'
import { terserPass } from './build/terser-pass.js'
import { welshCataloguePlugin } from './build/welsh-catalogue.js'

/**
 * Three kinds of output, one mode each (the `build` script runs them in turn):
 * - default: ES modules for bundlers, one entry per component plus the index, with Lit left as an
 *   import so an app that already uses Lit ships it once;
 * - `bundle`: `dist/secure-base-widgets.js`, one self-contained minified file with all four
 *   elements, for a plain `<script type="module">` tag;
 * - `standalone-<name>`: the same for a single element, `dist/standalone/<name>.js`, for pages
 *   that embed only one widget (and for its size budget).
 */

const components = ['checklist', 'cycle', 'dimensions', 'resources'] as const

// Renaming internal members only pays in the files shipped as they are; bundlers minify the ESM entries themselves.
const internalMembers = (): RegExp => new RegExp(`^(?:${privateMemberNames('src').join('|')})$`)

const sourceDir = fileURLToPath(new URL('./src', import.meta.url))
const keyCodes = messageKeyCodes(sourceDir)

// Not lib mode: Vite keeps whitespace in ES library output, and this file is shipped as is.
const selfContained = (entry: string, fileName: string): UserConfig => ({
  plugins: [
    messageKeysPlugin(sourceDir, keyCodes),
    minifyTemplatesPlugin(sourceDir),
    terserPass(),
    welshCataloguePlugin(fileName.includes('/') ? fileName.slice(0, fileName.lastIndexOf('/')) : '', builtKeyOrder(keyCodes)),
    precompressPlugin(),
  ],
  // The same schemas and rules, checked by a smaller implementation of the valibot functions they use.
  resolve: { alias: { valibot: fileURLToPath(new URL('./build/valibot-lite.ts', import.meta.url)) } },
  build: {
    emptyOutDir: false,
    minify: 'oxc',
    target: 'es2022',
    sourcemap: false,
    modulePreload: false,
    rolldownOptions: {
      input: entry,
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: fileName,
        codeSplitting: false,
        minify: { compress: true, mangle: true, mangleProps: { include: internalMembers() } },
      },
    },
  },
})

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'bundle') return selfContained('src/define/all.ts', 'secure-base-widgets.js')
  const standalone = components.find((name) => mode === `standalone-${name}`)
  if (standalone) return selfContained(`src/define/${standalone}.ts`, `standalone/${standalone}.js`)
  return {
    build: {
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: {
          index: 'src/index.ts',
          'define/all': 'src/define/all.ts',
          ...Object.fromEntries(components.map((name) => [`define/${name}`, `src/define/${name}.ts`])),
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//],
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  }
})
