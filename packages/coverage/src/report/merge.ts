import { existsSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import type { CoverageReport, FileCoverage, Producer } from '../model.js'
import type { PathMapper } from './path-mapper.js'

/** One repository file's coverage after every report that names it was merged in. */
export interface MergedFile extends FileCoverage {
  /** relative to the repository's top level */
  path: string
  /** how many reports measured it */
  reports: number
}

export interface UnmappedFile {
  report: string
  path: string
  /** the file is in the checkout, but git ignores it (build output such as CMake's `CMakeCCompilerId.c`) */
  ignored?: boolean
}

export interface MergedCoverage {
  files: Map<string, MergedFile>
  unmapped: UnmappedFile[]
  producers: Set<Producer>
  reports: CoverageReport[]
}

/**
 * Merges reports file by file: a line is covered when any report covers it (its count is the largest), a named
 * branch is covered when any report covers it, and a line's unnamed branch counts (Cobertura, JaCoCo) take the
 * larger of each (BranchTable.mergeMax). A file's declared totals (Clover, coverage-summary.json) stand only while one report measures it.
 */
export function mergeReports(
  reports: CoverageReport[],
  mapper: PathMapper,
  roots: { workingDirectory: string; repoRoot: string }
): MergedCoverage {
  const files = new Map<string, MergedFile>()
  const unmapped: UnmappedFile[] = []
  const producers = new Set<Producer>()
  const add = (path: string, file: FileCoverage) => {
    const existing = files.get(path)
    if (!existing) files.set(path, { ...file, path, reports: 1 })
    else mergeInto(existing, file)
  }
  for (const report of reports) {
    producers.add(report.producer)
    const reportDir = dirname(resolve(report.file))
    const searchRoots = [
      ...report.sourceRoots.map(s => resolve(reportDir, s)),
      reportDir,
      roots.workingDirectory,
      // vitest and jest name files from where they ran, usually the folder above their coverage/ folder
      ...foldersAbove(reportDir, roots.repoRoot),
      roots.repoRoot
    ]
    const pending: FileCoverage[] = []
    const mappedRelative: Array<[string, string]> = []
    for (const file of report.files) {
      const path = mapper.map(file.path, searchRoots)
      if (!path) {
        pending.push(file)
        continue
      }
      if (!isAbsolute(file.path)) mappedRelative.push([file.path, path])
      add(path, file)
    }
    // a name several repository files share (src/index.ts in a monorepo) is looked up again under the folder the
    // report's other relative paths turned out to be relative to (a report moved out of its project, an artifact)
    const inferred = pending.length ? commonRoot(mappedRelative) : undefined
    for (const file of pending) {
      const path = inferred === undefined ? undefined : mapper.map(file.path, [resolve(roots.repoRoot, inferred)])
      if (path) add(path, file)
      else
        unmapped.push({
          report: report.file,
          path: file.path,
          ...(inCheckout(file.path, searchRoots, roots.repoRoot) ? { ignored: true } : {})
        })
    }
  }
  return { files, unmapped, producers, reports }
}

/** Whether a path the mapper could not place names a file that is in the checkout after all (one git ignores). */
function inCheckout(path: string, searchRoots: string[], repoRoot: string): boolean {
  const candidates = isAbsolute(path) ? [path] : searchRoots.map(root => resolve(root, path))
  return candidates.some(c => !relative(repoRoot, c).startsWith('..') && existsSync(c))
}

/** The folders from `dir`'s parent up to (not including) the repository root, nearest first; none outside it. */
function foldersAbove(dir: string, repoRoot: string): string[] {
  const folders: string[] = []
  if (relative(repoRoot, dir).startsWith('..')) return folders
  for (let d = dirname(dir); d !== repoRoot && d.startsWith(repoRoot) && d !== dirname(d); d = dirname(d))
    folders.push(d)
  return folders
}

/**
 * The repository folder that the report's relative paths were relative to, from the ones that mapped: the folder
 * each mapped file adds in front of its report path (`libs/version/` for `src/lib/a.ts` → `libs/version/src/lib/a.ts`),
 * when more than half of them agree on it.
 */
function commonRoot(mapped: Array<[string, string]>): string | undefined {
  const counts = new Map<string, number>()
  for (const [reportPath, repoPath] of mapped) {
    const tail = reportPath.replace(/\\/g, '/').replace(/^(\.\/)+/, '')
    if (repoPath !== tail && !repoPath.endsWith(`/${tail}`)) continue
    const prefix = repoPath.slice(0, repoPath.length - tail.length)
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1)
  }
  let best: [string, number] | undefined
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry
  return best && best[1] * 2 > mapped.length ? best[0] : undefined
}

function mergeInto(target: MergedFile, source: FileCoverage): void {
  target.reports++
  for (const [line, hits] of source.lines) target.lines.max(line, hits)
  target.branches.mergeMax(source.branches)
  if (source.functions) {
    const fns = target.functions ?? (target.functions = new Map())
    for (const [key, hits] of source.functions) fns.set(key, Math.max(fns.get(key) ?? 0, hits))
  }
  if (source.statements) {
    const stmts = target.statements ?? (target.statements = new Map())
    for (const [key, s] of source.statements) {
      const before = stmts.get(key)
      stmts.set(key, before ? { weight: before.weight, hits: Math.max(before.hits, s.hits) } : s)
    }
  }
  const detailed = target.lines.size > 0
  if (detailed) target.declared = undefined
  else if (source.declared && target.declared && source.declared.lines.covered > target.declared.lines.covered)
    target.declared = source.declared
}
