import { ConfigurationError, ParseError, listFolder } from '@ci-suite/core'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, posix, relative, resolve } from 'node:path'
import type { Lockfile } from './model.js'
import { parseLockfile } from './parse.js'

/**
 * Reads and parses a lockfile from disk with what lies beside it (the manifest, `-r` includes, go.sum).
 * `path` is absolute or relative to `repoRoot`; the packages name it relative to `repoRoot`.
 *
 * `discoveredFrom`: the folder discovery found it under (not named by the files input). Such a lockfile that does not
 * parse still stops the step, with the parser's words and the exclude glob that leaves it out: discovery also finds a
 * repository's test fixtures (poetry's own tests hold a deliberately broken poetry.lock), and only the repository's
 * owners can say that a file is none of the project's lockfiles.
 */
export async function loadLockfile(
  path: string,
  repoRoot: string,
  options: { discoveredFrom?: string } = {}
): Promise<Lockfile> {
  const absolute = resolve(repoRoot, path)
  let text: string
  try {
    text = await readFile(absolute, 'utf8')
  } catch {
    throw new ConfigurationError(`lockfile ${path} not found: check the files input or the working-directory`)
  }
  const folder = dirname(absolute)
  const readRelative = (rel: string): string | undefined => {
    try {
      return readFileSync(join(folder, rel), 'utf8')
    } catch {
      return undefined
    }
  }
  const file = relative(repoRoot, absolute).split('\\').join(posix.sep)
  try {
    return parseLockfile(file, text, { readRelative, listFolder: rel => listFolder(join(folder, rel)) })
  } catch (error) {
    if (!(error instanceof ParseError) || options.discoveredFrom === undefined) throw error
    const fromDiscovery = relative(options.discoveredFrom, absolute).split('\\').join(posix.sep)
    const parent = posix.dirname(fromDiscovery)
    const glob = parent === '.' ? fromDiscovery : `${parent}/**`
    throw new ParseError(
      error.file,
      `${error.detail}. If it is none of the project's lockfiles (a test fixture), leave it out with the input exclude: ${glob}`,
      error.line
    )
  }
}
