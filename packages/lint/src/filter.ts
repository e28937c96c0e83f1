import type { FileChange, LineRange } from '@ci-suite/core'
import type { FilterMode } from './inputs.js'
import type { LintFinding } from './lint-finding.js'

/** Changed files and their added lines, by repository-relative path (deleted files left out). */
export function changedLines(changes: FileChange[]): Map<string, LineRange[]> {
  return new Map(changes.filter(c => c.status !== 'deleted').map(c => [c.path, c.added]))
}

const overlaps = (a: LineRange, b: LineRange) => a.start <= b.end && b.start <= a.end

/**
 * reviewdog's filter modes: `added` keeps findings on added or changed lines (a formatter finding when any of its
 * hunks touches them), `file` keeps findings in changed files, `nofilter` keeps all. A finding without a file (a
 * pre-commit hook that failed as a whole) is always kept.
 */
export function inFilter(finding: LintFinding, mode: FilterMode, changes: Map<string, LineRange[]>): boolean {
  if (mode === 'nofilter' || !finding.file) return true
  const added = changes.get(finding.file)
  if (!added) return false
  if (mode === 'file') return true
  if (finding.hunks?.length) return finding.hunks.some(h => added.some(r => overlaps(h, r)))
  if (finding.line === undefined) return added.length > 0
  const span = { start: finding.line, end: Math.max(finding.line, finding.endLine ?? finding.line) }
  return added.some(r => overlaps(span, r))
}
