import { ConfigurationError, listFolder } from '@ci-suite/core'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, posix, relative, resolve } from 'node:path'
import type { Lockfile } from './model.js'
import { parseLockfile } from './parse.js'

/**
 * Reads and parses a lockfile from disk with what lies beside it (the manifest, `-r` includes, go.sum).
 * `path` is absolute or relative to `repoRoot`; the packages name it relative to `repoRoot`.
 */
export async function loadLockfile(path: string, repoRoot: string): Promise<Lockfile> {
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
  return parseLockfile(file, text, { readRelative, listFolder: rel => listFolder(join(folder, rel)) })
}
