import { isAbsolute, relative, resolve, sep } from 'node:path'
import { fingerprint } from '@ci-suite/core'
import type { LinterId, ToolFinding } from './adapter.js'

/** A finding with its tool, its file relative to the repository's top level. */
export interface LintFinding extends ToolFinding {
  tool: LinterId
  /** the file relative to the working directory (for `exclude`) */
  localFile?: string
}

const posix = (p: string) => p.split(sep).join('/')

/** Tools print paths relative to where they ran, or absolute: the report names them from the repository root. */
export function locateFinding(tool: LinterId, finding: ToolFinding, cwd: string, repoRoot: string): LintFinding {
  if (!finding.file) return { ...finding, tool }
  const absolute = isAbsolute(finding.file) ? finding.file : resolve(cwd, finding.file)
  const fromRoot = relative(repoRoot, absolute)
  const file = fromRoot.startsWith('..') ? posix(absolute) : posix(fromRoot)
  return {
    ...finding,
    tool,
    file,
    // isort and black name the file in their diff as they were given it; the summary shows the repository path
    ...(finding.diff && isAbsolute(finding.file) ? { diff: finding.diff.split(finding.file).join(file) } : {}),
    localFile: posix(relative(cwd, absolute))
  }
}

/** The report's shape (CONTRACT.md: lint-gate findings): no diff, no internals. */
export function reportFinding(f: LintFinding) {
  return {
    tool: f.tool,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    ...(f.endLine && f.line && f.endLine > f.line ? { endLine: f.endLine } : {}),
    fingerprint: fingerprint('lint-gate', f.tool, f.ruleId, f.file, f.message)
  }
}
