import type { FileChange } from '@ci-suite/core'
import { counter, type Counter } from '../model.js'
import type { MergedFile } from '../report/merge.js'

/** A run of changed, measured lines that no test ran, with no covered measured line inside it. */
export interface UncoveredRange {
  file: string
  line: number
  endLine: number
}

export interface PatchFile {
  file: string
  coverage: Counter
  uncovered: UncoveredRange[]
}

export interface PatchCoverage {
  /** undefined when the diff touches no measured line */
  coverage?: Counter
  files: PatchFile[]
  uncovered: UncoveredRange[]
  /** changed files the reports do not measure (not code, or not run at all) */
  unmeasured: string[]
}

/**
 * Coverage of the lines a change adds or modifies: only changed lines the reports measure count (as diff-cover
 * counts them); a changed line is covered when its count is above zero.
 */
export function patchCoverage(files: Map<string, MergedFile>, changes: FileChange[]): PatchCoverage {
  const result: PatchCoverage = { files: [], uncovered: [], unmeasured: [] }
  let covered = 0
  let total = 0
  for (const change of changes) {
    if (change.status === 'deleted' || change.binary || change.added.length === 0) continue
    const file = files.get(change.path)
    if (!file) {
      result.unmeasured.push(change.path)
      continue
    }
    const patchFile: PatchFile = { file: change.path, coverage: counter(0, 0), uncovered: [] }
    let fileCovered = 0
    let fileTotal = 0
    for (const range of change.added) {
      let open: UncoveredRange | undefined
      for (let line = range.start; line <= range.end; line++) {
        const hits = file.lines.get(line)
        if (hits === undefined) continue
        fileTotal++
        if (hits > 0) {
          fileCovered++
          open = undefined
        } else if (open) open.endLine = line
        else patchFile.uncovered.push((open = { file: change.path, line, endLine: line }))
      }
    }
    if (fileTotal === 0) continue
    patchFile.coverage = counter(fileCovered, fileTotal)
    covered += fileCovered
    total += fileTotal
    result.files.push(patchFile)
    result.uncovered.push(...patchFile.uncovered)
  }
  if (total > 0) result.coverage = counter(covered, total)
  return result
}
