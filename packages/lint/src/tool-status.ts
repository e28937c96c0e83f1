import type { LinterAdapter } from './adapter.js'
import type { ToolRun } from './execute.js'
import type { LintFinding } from './lint-finding.js'

export type ToolStatus = 'pass' | 'fail' | 'error' | 'skipped'

export interface ToolSummary {
  run: ToolRun
  status: ToolStatus
  /** findings inside the filter */
  findings: LintFinding[]
  /** of those, how many count against the gate */
  failing: number
  outside: number
}

/** Whether a finding counts against the gate at this level. */
export function isFailing(finding: Pick<LintFinding, 'severity'>, level: 'error' | 'warning'): boolean {
  return finding.severity === 'error' || level === 'warning'
}

export function summarizeTool(
  run: ToolRun,
  kept: LintFinding[],
  outside: number,
  level: 'error' | 'warning'
): ToolSummary {
  const findings = kept.filter(f => f.tool === run.linter.adapter.id)
  const failing = findings.filter(f => isFailing(f, level)).length
  const status: ToolStatus =
    run.outcome === 'error' ? 'error' : run.outcome === 'skipped' ? 'skipped' : failing ? 'fail' : 'pass'
  return { run, status, findings, failing, outside }
}

/** words as a POSIX shell reads them back: plain when they can be, else in single quotes */
const shellWords = (words: string[]): string =>
  words.map(a => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')

/** A runbook command with the user's extra arguments put right after the tool's name: `flake8 --max-line-length=120 .` */
export function withArgs(command: string, adapter: LinterAdapter, extraArgs: string[]): string {
  if (!extraArgs.length) return command
  const head = [`npx ${adapter.title}`, adapter.title, adapter.executable].find(
    h => command.startsWith(`${h} `) || command === h
  )
  return head ? `${head} ${shellWords(extraArgs)}${command.slice(head.length)}` : command
}

/**
 * A runbook command that lists its files with `$(git ls-files '*.sh' …)`, with the scripts found by their `#!` line
 * named after that list (no pattern finds `script/bootstrap`): `shellcheck $(git ls-files '*.sh' '*.bash') script/bootstrap`
 */
export function withScripts(command: string, scripts: string[] | undefined): string {
  if (!scripts?.length) return command
  const list = /\$\(git ls-files[^)]*\)/.exec(command)
  if (!list) return command
  const end = list.index + list[0].length
  return `${command.slice(0, end)} ${shellWords(scripts)}${command.slice(end)}`
}
