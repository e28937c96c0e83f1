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

/**
 * One fingerprint per finding that does not change when lines move, so a baseline or a code scanning alert follows
 * the finding: tool, rule, file and message. Findings alike in all four (flake8's `W291 trailing whitespace` on
 * several lines) are told apart by their order in the file, as code scanning's own line hashes are; the first of
 * them keeps the plain fingerprint.
 */
export function lintFingerprints(findings: LintFinding[]): string[] {
  const position = (f: LintFinding) => [f.line ?? 0, f.column ?? 0]
  const inFileOrder = findings
    .map((f, i) => ({ i, at: position(f) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.i - b.i)
  const seen = new Map<string, number>()
  const prints = new Array<string>(findings.length)
  for (const { i } of inFileOrder) {
    const f = findings[i]
    const parts = ['lint-gate', f.tool, f.ruleId, f.file ?? '', f.message]
    const key = parts.join('\u0000')
    const earlier = seen.get(key) ?? 0
    seen.set(key, earlier + 1)
    prints[i] = earlier === 0 ? fingerprint(...parts) : fingerprint(...parts, earlier)
  }
  return prints
}

/** The report's shape (CONTRACT.md: lint-gate findings): no diff, no internals. `prints[i]` is finding i's fingerprint. */
export function reportFindings(findings: LintFinding[], prints: string[]) {
  return findings.map((f, i) => reportFinding(f, prints[i]))
}

function reportFinding(f: LintFinding, print: string) {
  return {
    tool: f.tool,
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    ...(f.endLine && f.line && f.endLine > f.line ? { endLine: f.endLine } : {}),
    fingerprint: print
  }
}
