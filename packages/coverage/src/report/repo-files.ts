import { readdir, readFile } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { Git } from '@ci-suite/core'

/** The files of the repository, as paths relative to its top level, with the Go modules declared in it. */
export interface RepoFiles {
  root: string
  files: Set<string>
  byBasename: Map<string, string[]>
  /** longest module path first */
  goModules: Array<{ module: string; dir: string }>
}

const SKIPPED_DIRS = new Set(['.git', 'node_modules'])
const WALK_LIMIT = 500_000

/** Tracked and untracked-but-not-ignored files from git; a plain walk when the folder is not a git repository. */
export async function loadRepoFiles(root: string): Promise<RepoFiles> {
  const git = new Git(root)
  let paths: string[]
  if (await git.isRepository()) {
    const r = await git.run([
      '-c',
      'core.quotePath=false',
      'ls-files',
      '-z',
      '--cached',
      '--others',
      '--exclude-standard'
    ])
    paths = r.stdout.split('\0').filter(Boolean)
  } else {
    paths = await walk(root)
  }
  const files = new Set(paths)
  const byBasename = new Map<string, string[]>()
  for (const p of files) {
    const base = posix.basename(p)
    const list = byBasename.get(base)
    if (list) list.push(p)
    else byBasename.set(base, [p])
  }
  const goModules: RepoFiles['goModules'] = []
  for (const p of byBasename.get('go.mod') ?? []) {
    const text = await readFile(join(root, p), 'utf8').catch(() => '')
    const m = /^module\s+"?([^\s"]+)"?/m.exec(text)
    if (m) goModules.push({ module: m[1], dir: posix.dirname(p) === '.' ? '' : posix.dirname(p) })
  }
  goModules.sort((a, b) => b.module.length - a.module.length)
  return { root, files, byBasename, goModules }
}

async function walk(root: string): Promise<string[]> {
  const out: string[] = []
  const queue = ['']
  while (queue.length > 0 && out.length < WALK_LIMIT) {
    const dir = queue.shift() as string
    const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => [])
    for (const e of entries) {
      const rel = dir ? `${dir}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) queue.push(rel)
      } else if (e.isFile()) out.push(rel)
    }
  }
  return out
}
