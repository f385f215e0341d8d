import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Every file under `dir`, at any depth. */
export const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })

/** The TypeScript files under `srcDir` that ship in a build: no tests, stories or test servers. */
export const shippedSources = (srcDir: string): string[] =>
  walk(srcDir).filter((file) => file.endsWith('.ts') && !/\.(test|stories)\.ts$|test-server|test-helpers/.test(file))
