import { dirname, resolve } from 'node:path'
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
  for (const report of reports) {
    producers.add(report.producer)
    const reportDir = dirname(resolve(report.file))
    const searchRoots = [
      ...report.sourceRoots.map(s => resolve(reportDir, s)),
      reportDir,
      roots.workingDirectory,
      roots.repoRoot
    ]
    for (const file of report.files) {
      const path = mapper.map(file.path, searchRoots)
      if (!path) {
        unmapped.push({ report: report.file, path: file.path })
        continue
      }
      const existing = files.get(path)
      if (!existing) files.set(path, { ...file, path, reports: 1 })
      else mergeInto(existing, file)
    }
  }
  return { files, unmapped, producers, reports }
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
