import { closeSync, openSync, readSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import picomatch from 'picomatch'
import { Git } from '@ci-suite/core'
import type { LinterAdapter } from './adapter.js'

const SKIPPED_DIRS = new Set([
  '.git',
  'node_modules',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.mypy_cache',
  '.ruff_cache'
])

/**
 * The files of the working directory, relative to it: what git tracks plus untracked files it does not ignore; outside
 * a git repository, a walk that skips dependency and cache folders.
 */
export async function listProjectFiles(workingDirectory: string): Promise<string[]> {
  const git = new Git(workingDirectory)
  if (await git.isRepository()) return git.workingTreeFiles()
  return walk(workingDirectory, '').sort()
}

function walk(root: string, prefix: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(join(root, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) out.push(...walk(root, rel))
    } else if (entry.isFile()) out.push(rel)
  }
  return out
}

/** A matcher for globs relative to the working directory (`**` crosses folders; dot files match). */
export function globMatcher(globs: string[]): (path: string) => boolean {
  if (!globs.length) return () => false
  const match = picomatch(globs, { dot: true })
  return path => match(path)
}

/**
 * `exclude` globs: a glob matches a path, or any of its parent folders; a bare name (`migrations`) matches that name
 * at any depth, as in .gitignore.
 */
export function excludeMatcher(globs: string[]): (path: string) => boolean {
  if (!globs.length) return () => false
  const patterns = globs.flatMap(g => {
    const glob = g.replace(/^\.\//, '').replace(/\/+$/, '')
    return glob.includes('/') ? [glob] : [glob, `**/${glob}`]
  })
  const match = picomatch(patterns, { dot: true })
  return path => {
    const parts = path.split('/')
    for (let i = parts.length; i > 0; i--) if (match(parts.slice(0, i).join('/'))) return true
    return false
  }
}

/** The files one tool takes, and those of them that only their `#!` line gave it (no file pattern of its own names them). */
export interface AdapterFiles {
  files: string[]
  scripts: ReadonlySet<string>
}

type FileQuery = Pick<LinterAdapter, 'filePatterns' | 'interpreters'>

const NO_SCRIPTS: ReadonlySet<string> = new Set()

/**
 * The project's files, relative to the working directory, and which of them each tool takes. Detection and the run
 * ask the same questions of one instance, which answers each tool once: a file's `#!` line is read once a run.
 */
export class ProjectFiles {
  private readonly byAdapter = new Map<FileQuery, AdapterFiles>()

  constructor(
    readonly cwd: string,
    readonly list: string[]
  ) {}

  has(name: string): boolean {
    return this.list.includes(name)
  }

  /** the first file one of the globs matches */
  find(globs: string[]): string | undefined {
    const match = globMatcher(globs)
    return this.list.find(f => match(f))
  }

  /**
   * The files a tool takes: those its globs match, and, for a tool that names interpreters, the files without an
   * extension whose first line is a `#!` naming one (`#!/usr/bin/env bash` in script/bootstrap), as super-linter
   * finds shell scripts. Only the first 128 bytes of such a file are read.
   */
  forAdapter(adapter: FileQuery): AdapterFiles {
    let found = this.byAdapter.get(adapter)
    if (found) return found
    const match = globMatcher(adapter.filePatterns)
    const { interpreters } = adapter
    const files: string[] = []
    let scripts: Set<string> | undefined
    for (const f of this.list) {
      if (match(f)) files.push(f)
      else if (interpreters && isScriptFor(interpreters, join(this.cwd, f))) {
        files.push(f)
        ;(scripts ??= new Set()).add(f)
      }
    }
    found = { files, scripts: scripts ?? NO_SCRIPTS }
    this.byAdapter.set(adapter, found)
    return found
  }
}

/** a file without an extension whose first line is a `#!` naming one of `interpreters` */
function isScriptFor(interpreters: RegExp, path: string): boolean {
  if (basename(path).includes('.')) return false
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const head = Buffer.alloc(128)
    const length = readSync(fd, head, 0, head.length, 0)
    const first = head.toString('latin1', 0, length).split('\n', 1)[0]
    return first.startsWith('#!') && interpreters.test(first)
  } catch {
    // a file that cannot be read (a dangling link, a folder of a submodule) is no script
    return false
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
