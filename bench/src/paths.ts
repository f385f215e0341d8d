import { existsSync, realpathSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const repoDir = resolve(benchDir, '..')
export const cmsDir = join(repoDir, 'apps', 'cms')

/** Where an installed dependency of the bench package lives, following pnpm's symlink to the real files. */
export const packageDir = (name: string): string => {
  const linked = join(benchDir, 'node_modules', name)
  if (!existsSync(linked)) throw new Error(`${name} is not installed; run pnpm install`)
  return realpathSync(linked)
}
