import { readdir, stat } from 'node:fs/promises'
import { posix, relative, resolve, sep } from 'node:path'
import { ConfigurationError } from '@ci-suite/core'

/** The names coverage tools write by default, looked for when `files` is not given. */
export const DEFAULT_REPORT_PATTERNS = [
  '**/coverage.xml',
  '**/cobertura.xml',
  '**/cobertura-coverage.xml',
  '**/coverage.cobertura.xml',
  '**/lcov.info',
  '**/*.lcov',
  '**/jacoco*.xml',
  '**/jacocoTestReport.xml',
  '**/clover.xml',
  '**/coverage.json',
  '**/coverage-final.json',
  '**/coverage-summary.json',
  '**/coverage.out',
  '**/cover.out',
  '**/*.coverprofile'
]

// one jest run writes the same data in several formats into one folder: read the richest one only
const ISTANBUL_FAMILY = [
  'coverage-final.json',
  'lcov.info',
  'cobertura-coverage.xml',
  'clover.xml',
  'coverage-summary.json'
]
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'lcov-report', 'htmlcov'])

export function globToRegExp(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '*' && pattern[i + 1] === '*') {
      i++
      if (pattern[i + 1] === '/') {
        i++
        re += '(?:.*/)?'
      } else re += '.*'
    } else if (ch === '*') re += '[^/]*'
    else if (ch === '?') re += '[^/]'
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

const isGlob = (p: string): boolean => /[*?]/.test(p)

/**
 * The report files for the `files` input, relative to the working directory. A plain path must exist; a glob must
 * match something; with no input the usual names are looked for and nothing found is an error too.
 */
export async function discoverReports(
  workingDirectory: string,
  patterns: string[]
): Promise<{ files: string[]; auto: boolean }> {
  const auto = patterns.length === 0
  const wanted = auto ? DEFAULT_REPORT_PATTERNS : patterns
  const found = new Set<string>()
  const globs: RegExp[] = []
  for (const pattern of wanted) {
    if (!isGlob(pattern)) {
      const abs = resolve(workingDirectory, pattern)
      const s = await stat(abs).catch(() => undefined)
      if (!s?.isFile())
        throw new ConfigurationError(
          `files names ${pattern}, which does not exist in ${workingDirectory}: run the tests with coverage first`
        )
      found.add(abs)
    } else globs.push(globToRegExp(pattern.replace(/^\.\//, '')))
  }
  if (globs.length > 0) {
    for (const rel of await walk(workingDirectory))
      if (globs.some(g => g.test(rel))) found.add(resolve(workingDirectory, rel))
  }
  let files = [...found].sort()
  if (auto) files = richestPerFolder(files)
  if (files.length === 0) {
    throw new ConfigurationError(
      auto
        ? `no coverage report found under ${workingDirectory} (looked for coverage.xml, lcov.info, coverage-final.json, jacoco*.xml, clover.xml, cover.out, …): run the tests with coverage first, or set files`
        : `files (${patterns.join(', ')}) matched no file in ${workingDirectory}: run the tests with coverage first`
    )
  }
  return { files, auto }
}

function richestPerFolder(files: string[]): string[] {
  const byDir = new Map<string, string[]>()
  for (const f of files) {
    const dir = posix.dirname(f.split(sep).join('/'))
    byDir.set(dir, [...(byDir.get(dir) ?? []), f])
  }
  const keep: string[] = []
  for (const group of byDir.values()) {
    const family = group.filter(f => ISTANBUL_FAMILY.includes(posix.basename(f.split(sep).join('/'))))
    const best = family.sort(
      (a, b) => ISTANBUL_FAMILY.indexOf(posix.basename(a)) - ISTANBUL_FAMILY.indexOf(posix.basename(b))
    )[0]
    keep.push(...group.filter(f => !family.includes(f) || f === best))
  }
  return keep.sort()
}

async function walk(root: string): Promise<string[]> {
  const out: string[] = []
  const queue = [root]
  while (queue.length > 0) {
    const dir = queue.shift() as string
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    for (const e of entries) {
      const abs = resolve(dir, e.name)
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name)) queue.push(abs)
      } else if (e.isFile()) out.push(relative(root, abs).split(sep).join('/'))
    }
  }
  return out
}
