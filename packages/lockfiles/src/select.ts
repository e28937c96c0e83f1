import { existsSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { ConfigurationError } from '@ci-suite/core'
import { discoverLockfiles, globToRegExp } from './discover.js'

/**
 * A lockfile a gate reads: its path (absolute from `selectLockfiles`; audit makes it relative to the repository), and
 * whether discovery found it (everything, or a glob's matches).
 */
export interface SelectedLockfile {
  path: string
  discovered: boolean
}

/**
 * The lockfiles of the `files` input (paths or globs relative to the working directory; audit and sbom read it
 * alike): each path named, which must exist, and each glob's matches among the lockfiles discovery finds; every
 * lockfile discovery finds when `files` is empty. Sorted, each once. A path that does not exist, or globs that match
 * nothing, are a ConfigurationError; `shownAs` names the working directory in it.
 */
export async function selectLockfiles(
  files: string[],
  workingDirectory: string,
  options: { exclude: string[]; shownAs: string }
): Promise<SelectedLockfile[]> {
  const discover = () => discoverLockfiles(workingDirectory, { exclude: options.exclude })
  if (files.length === 0) return (await discover()).map(f => ({ path: resolve(workingDirectory, f), discovered: true }))
  const paths = new Map<string, boolean>()
  let discovered: string[] | undefined
  for (const item of files) {
    if (!/[*?]/.test(item)) {
      const path = isAbsolute(item) ? item : resolve(workingDirectory, item)
      if (!existsSync(path)) throw new ConfigurationError(`files: ${item} does not exist in ${options.shownAs}`)
      paths.set(path, false)
      continue
    }
    discovered ??= await discover()
    const pattern = globToRegExp(item)
    for (const file of discovered) {
      const path = resolve(workingDirectory, file)
      if (pattern.test(file) && !paths.has(path)) paths.set(path, true)
    }
  }
  // globs alone that match nothing: the input names lockfiles, so finding none is a mistake, not a pass
  if (paths.size === 0)
    throw new ConfigurationError(`files: no lockfile matches ${files.join(', ')} in ${options.shownAs}`)
  return [...paths]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, fromDiscovery]) => ({ path, discovered: fromDiscovery }))
}
