import { fileURLToPath } from 'node:url'
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals'
import { defaultShouldMinifyCSS } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js'
import { defineConfig, type UserConfig } from 'vite'
import { builtKeyOrder, messageKeyCodes, messageKeysPlugin } from './build/message-keys.js'
import { precompressPlugin } from './build/precompress.js'
import { privatePropertiesPlugin } from './build/private-properties.js'
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

/**
 * Private members are named with a leading double underscore (`__loader`), the convention Lit's own
 * build uses: the self-contained builds shorten exactly those names, so a name that must survive
 * (a property, an event detail key, a content field) simply does not start with `__`. Letters and
 * digits only after the underscores, so the language's own `__proto__` keeps its name. Bundlers
 * minify the ESM entries themselves.
 */
const PRIVATE_MEMBER = /^__[A-Za-z][A-Za-z0-9]*$/

const sourceDir = fileURLToPath(new URL('./src', import.meta.url))
const keyCodes = messageKeyCodes(sourceDir)

// Not lib mode: Vite keeps whitespace in ES library output, and this file is shipped as is.
const selfContained = (entry: string, fileName: string): UserConfig => ({
  plugins: [
    messageKeysPlugin(sourceDir, keyCodes),
    // Lit's own template minifier: HTML through html-minifier-next, CSS through lightningcss.
    minifyHtmlLiterals({
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
      failOnError: true,
      // A css`` that holds only declarations (the theme tokens, spliced into rules) is not a
      // stylesheet lightningcss can parse; it is left as written.
      options: {
        shouldMinifyCSS: (template) =>
          defaultShouldMinifyCSS(template) && template.parts.some((part) => part.text.includes('{')),
      },
    }),
    privatePropertiesPlugin(sourceDir),
    terserPass(),
    welshCataloguePlugin(
      fileName.includes('/') ? fileName.slice(0, fileName.lastIndexOf('/')) : '',
      builtKeyOrder(keyCodes),
    ),
    precompressPlugin(),
  ],
  // The same schemas and rules, checked by a smaller implementation of the valibot functions they use.
  resolve: { alias: { valibot: fileURLToPath(new URL('./build/valibot-lite.ts', import.meta.url)) } },
  build: {
    emptyOutDir: false,
    minify: 'oxc',
    target: 'es2022',
    // Maps are written beside each file for anyone tracing an error, without the comment that would
    // make every visitor's browser fetch them.
    sourcemap: 'hidden',
    modulePreload: false,
    rolldownOptions: {
      input: entry,
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: fileName,
        codeSplitting: false,
        minify: { compress: true, mangle: true, mangleProps: { include: PRIVATE_MEMBER } },
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
