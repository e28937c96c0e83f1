import { Git, type Logger } from '@ci-suite/core'
import { loadLockfile, parseLockfile, selectLockfiles, type Lockfile, type SelectedLockfile } from '@ci-suite/lockfiles'
import { posix, relative } from 'node:path'

/**
 * The lockfiles to audit, as paths relative to the repository top level: the files input (paths or globs, as sbom
 * reads it), or all found under the working directory.
 */
export async function lockfilePaths(
  files: string[],
  exclude: string[],
  workingDirectory: string,
  repoRoot: string
): Promise<SelectedLockfile[]> {
  const toRepo = (absolute: string) => relative(repoRoot, absolute).split('\\').join('/')
  const selected = await selectLockfiles(files, workingDirectory, { exclude, shownAs: toRepo(workingDirectory) || '.' })
  return selected.map(s => ({ ...s, path: toRepo(s.path) }))
}

/** The lockfiles as they are now; a parse error in one that discovery found names the exclude glob that leaves it out. */
export async function loadHeadLockfiles(
  selected: SelectedLockfile[],
  repoRoot: string,
  workingDirectory: string
): Promise<Lockfile[]> {
  return Promise.all(
    selected.map(s => loadLockfile(s.path, repoRoot, { discoveredFrom: s.discovered ? workingDirectory : undefined }))
  )
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
