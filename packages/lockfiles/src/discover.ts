import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { lockfileKind } from './detect.js'

export interface DiscoverOptions {
  /** globs relative to root (`**` any folders, `*` within a name) of files or folders to leave out */
  exclude?: string[]
}

/** Folders that hold installed or vendored copies, never the project's own lockfiles. */
const SKIPPED_FOLDERS = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'vendor',
  'bower_components',
  '.venv',
  'venv',
  '.tox',
  '.nox',
  '__pycache__',
  'site-packages',
  '.yarn',
  '.pnpm-store',
  '.mypy_cache',
  '.pytest_cache'
])

export function globToRegExp(glob: string): RegExp {
  let source = ''
  const g = glob.replace(/^\.\//, '').replace(/\/$/, '')
  for (let i = 0; i < g.length; i++) {
    const c = g[i] as string
    if (c === '*' && g[i + 1] === '*') {
      source += g[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += g[i + 2] === '/' ? 2 : 1
    } else if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}(?:/.*)?$`)
}

/**
 * The lockfiles under root, as sorted paths relative to root (forward slashes). Skips installed and vendored copies
 * (node_modules, virtualenvs: any folder with a pyvenv.cfg, vendor, .git). Where npm would read npm-shrinkwrap.json, the
 * package-lock.json beside it is left out; go.sum is only listed where there is no go.mod beside it (go.mod reads it).
 */
export async function discoverLockfiles(root: string, options: DiscoverOptions = {}): Promise<string[]> {
  const excluded = (options.exclude ?? []).map(globToRegExp)
  const isExcluded = (rel: string) => excluded.some(re => re.test(rel))
  const found: string[] = []
  const walk = async (dir: string, rel: string) => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    const names = new Set(entries.map(e => e.name))
    if (names.has('pyvenv.cfg')) return
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name
      if (isExcluded(childRel)) continue
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) await walk(join(dir, entry.name), childRel)
        continue
      }
      if (!entry.isFile() || !lockfileKind(childRel)) continue
      if (entry.name === 'package-lock.json' && names.has('npm-shrinkwrap.json')) continue
      if (entry.name === 'go.sum' && names.has('go.mod')) continue
      found.push(childRel)
    }
  }
  if (existsSync(root)) await walk(root, '')
  return found.sort()
}
