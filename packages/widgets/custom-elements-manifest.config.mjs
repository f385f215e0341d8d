// The manifest is generated from the components' JSDoc headers; tests, stories and the node-only
// fixture server are not part of the public API.

/** The base class's generic `emit(name, …)` reads to the analyzer as an event called "name"; it is not one. */
const dropGenericEmit = {
  name: 'drop-generic-emit',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules)
      for (const declaration of mod.declarations ?? [])
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'name')
  },
}

export default {
  globs: ['src/{checklist,cycle,dimensions,resources,define}/*.ts', 'src/internal/base-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json already points at the committed manifest; the check's second output directory must not rewrite it.
  packagejson: false,
  plugins: [dropGenericEmit],
}
