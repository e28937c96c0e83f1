import { buildSarif, plural, type ActionContext, type ActionResult, type Annotation } from '@ci-suite/core'
import type { LintInputs } from './inputs.js'
import { lintFingerprints, reportFindings } from './lint-finding.js'
import type { LintOutcome } from './run.js'
import { lintFixBlocks, lintSections } from './summary.js'
import { lintSarifResults, lintSarifRules } from './sarif.js'
import { summarizeTool, isFailing, type ToolSummary } from './tool-status.js'

function oneLine(tools: ToolSummary[], kept: number, failing: number, outside: number, mode: string): string {
  const errored = tools.filter(t => t.status === 'error')
  const ran = tools.filter(t => t.status !== 'skipped' && t.status !== 'error')
  const where = mode === 'added' ? ' on changed lines' : mode === 'file' ? ' in changed files' : ''
  const outsideNote = outside ? ` (${outside} more outside the filter)` : ''
  if (errored.length) {
    return `${errored.map(t => t.run.linter.adapter.title).join(', ')} could not run; ${plural(failing, 'finding')}${where} from ${plural(ran.length, 'other linter')}`
  }
  if (failing) {
    const failed = tools.filter(t => t.status === 'fail').map(t => t.run.linter.adapter.title)
    const others = kept - failing
    return `${plural(failing, 'failing finding')}${others ? ` (and ${plural(others, 'warning')})` : ''}${where} from ${failed.join(', ')}${outsideNote}`
  }
  return `${plural(ran.length, 'linter')} passed${where}${outsideNote}`
}

/** Turns the tools' runs into the action's result: verdict, report findings, metrics, annotations and summary. */
export function buildLintResult(outcome: LintOutcome, inputs: LintInputs, context: ActionContext): ActionResult {
  const level = outcome.gateLevel
  const tools = outcome.runs.map(run =>
    summarizeTool(run, outcome.kept, outcome.outside.get(run.linter.adapter.id) ?? 0, level)
  )
  const failing = outcome.kept.filter(f => isFailing(f, level)).length
  const outside = [...outcome.outside.values()].reduce((a, b) => a + b, 0)
  const status = tools.some(t => t.status === 'error') ? 'error' : failing ? 'fail' : 'pass'

  const annotations: Annotation[] = [
    ...tools
      .filter(t => t.status === 'error')
      .map((t): Annotation => ({
        level: 'error',
        title: `${t.run.linter.adapter.title} could not run`,
        message: t.run.detail ?? '',
        priority: 3
      })),
    ...outcome.kept
      .filter(f => f.file)
      .map((f): Annotation => ({
        level: f.severity === 'error' ? 'error' : 'warning',
        title: `${f.tool}: ${f.ruleId}`,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        priority: isFailing(f, level) ? 2 : 1
      }))
  ]
  const errors = outcome.kept.filter(f => f.severity === 'error').length
  const prints = lintFingerprints(outcome.kept)
  return {
    status,
    summary: oneLine(tools, outcome.kept.length, failing, outside, outcome.scope.mode),
    findings: reportFindings(outcome.kept, prints),
    failing,
    metrics: {
      tools: Object.fromEntries(
        tools.map(t => [
          t.run.linter.adapter.id,
          {
            status: t.status,
            exitCode: t.run.exitCode ?? null,
            findings: t.findings.length,
            outsideFilter: t.outside,
            durationMs: t.run.durationMs,
            ...(t.run.startMs === undefined ? {} : { startMs: t.run.startMs }),
            files: t.run.files,
            ...(t.run.via ? { via: t.run.via } : {}),
            ...(t.run.processes ? { processes: t.run.processes } : {}),
            ...(t.run.version ? { version: t.run.version } : {}),
            ...(t.run.detail ? { detail: t.run.detail } : {})
          }
        ])
      ),
      filter: outcome.scope.mode,
      outsideFilter: outside,
      wallMs: outcome.wallMs
    },
    annotations,
    counts: [
      ['Linters run', tools.filter(t => t.run.outcome === 'ran').length],
      ['Errors', errors],
      ['Warnings', outcome.kept.length - errors],
      [`Outside the filter (${outcome.scope.mode})`, outside],
      ['Linters that could not run', tools.filter(t => t.status === 'error').length]
    ],
    sections: lintSections(tools, outcome, inputs, context),
    fix: lintFixBlocks(tools, inputs),
    ...(inputs.sarif
      ? {
          sarif: buildSarif(
            { name: 'ci-suite lint-gate', version: '0.1.0' },
            lintSarifRules(outcome.kept),
            lintSarifResults(outcome.kept, prints)
          )
        }
      : {})
  }
}
