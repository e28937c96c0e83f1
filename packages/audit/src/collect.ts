import { ConfigurationError, Git, type Logger } from '@ci-suite/core'
import { discoverLockfiles, loadLockfile, parseLockfile, type Lockfile } from '@ci-suite/lockfiles'
import { existsSync } from 'node:fs'
import { posix, relative, resolve } from 'node:path'

/** The lockfiles to audit, as paths relative to the repository top level: the files input, or all found under the working directory. */
export async function lockfilePaths(
  files: string[],
  exclude: string[],
  workingDirectory: string,
  repoRoot: string
): Promise<string[]> {
  const toRepo = (absolute: string) => relative(repoRoot, absolute).split('\\').join('/')
  if (files.length > 0) {
    return files.map(file => {
      const absolute = resolve(workingDirectory, file)
      if (!existsSync(absolute))
        throw new ConfigurationError(`files: ${file} does not exist in ${toRepo(workingDirectory) || '.'}`)
      return toRepo(absolute)
    })
  }
  const found = await discoverLockfiles(workingDirectory, { exclude })
  return found.map(f => toRepo(resolve(workingDirectory, f)))
}

/** The lockfiles as they are now; `discoveredFrom` is where discovery found them (none when the files input named them). */
export async function loadHeadLockfiles(
  paths: string[],
  repoRoot: string,
  discoveredFrom?: string
): Promise<Lockfile[]> {
  return Promise.all(paths.map(path => loadLockfile(path, repoRoot, { discoveredFrom })))
}

/**
 * The same lockfiles as they were at a base commit (`git show base:path`), with their neighbours (manifest, includes,
 * go.sum) read from that commit too. A lockfile the base did not have yields nothing: all of it is new.
 */
export async function loadBaseLockfiles(git: Git, base: string, paths: string[], logger: Logger): Promise<Lockfile[]> {
  const lockfiles: Lockfile[] = []
  for (const path of paths) {
    const text = await git.show(base, path)
    if (text === undefined) continue
    const neighbours = new Map<string, string | undefined>()
    // parse, fetch what the parser asked for, parse again: neighbours are only known once asked for
    for (let round = 0; round < 4; round++) {
      const missing: string[] = []
      const readRelative = (rel: string) => {
        const target = posix.normalize(posix.join(posix.dirname(path), rel))
        if (!neighbours.has(target)) missing.push(target)
        return neighbours.get(target)
      }
      try {
        const lockfile = parseLockfile(path, text, { readRelative })
        if (missing.length === 0) {
          lockfiles.push(lockfile)
          break
        }
      } catch (error) {
        if (missing.length === 0) {
          logger.warning(`base ${base.slice(0, 7)}: ${(error as Error).message}: its vulnerabilities all count as new`)
          break
        }
      }
      for (const target of missing) neighbours.set(target, await git.show(base, target))
    }
  }
  return lockfiles
}
