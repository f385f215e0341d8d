/**
 * Compiles the production server, the `pnpm start` supervisor and the SQLite backup command to plain
 * JavaScript in `dist/`, so that production runs them with `node` alone. Packages stay external: Next, Payload and the
 * workspace packages are loaded from node_modules at run time, as the Next build does.
 */
import { build } from 'esbuild'

await build({
  entryPoints: {
    server: 'src/server/main.ts',
    start: 'src/server/supervise.ts',
    sqlite: 'src/server/sqlite-backup.ts',
  },
  outdir: 'dist',
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  outExtension: { '.js': '.js' },
  logLevel: 'warning',
})
