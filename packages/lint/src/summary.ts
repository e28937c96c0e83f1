import {
  blobUrl,
  code,
  details,
  heading,
  inlineCode,
  link,
  list,
  paragraph,
  short,
  table,
  type ActionContext,
  type Block,
  type Inline
} from '@ci-suite/core'
import type { LintInputs } from './inputs.js'
import type { LintFinding } from './lint-finding.js'
import type { LintOutcome } from './run.js'
import { withArgs, withScripts, type ToolSummary } from './tool-status.js'

/** findings shown in the open; the rest go into a collapsed list */
export const TOP_FINDINGS = 15
/** formatter diffs shown (collapsed), and lines of each */
const MAX_DIFFS = 20
const MAX_DIFF_LINES = 150

const STATUS_WORD = { pass: '✅ pass', fail: '❌ fail', error: '⚠️ error', skipped: '⏭️ skipped' } as const

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}

/**
 * The command to run locally: the fix when the tool has one, otherwise the check; without the `.` when the tool's own
 * configuration names its files (`mypy`, not `mypy .`, which would also check what flask's `files` leaves out); naming
 * the scripts the tool was given for their `#!` line, which the command's file patterns would miss.
 */
export function toolCommand(t: ToolSummary, inputs: LintInputs): string {
  const adapter = t.run.linter.adapter
  const args = inputs.args.get(adapter.id) ?? []
  const check = t.run.configFiles ? adapter.check.replace(/ \.$/, '') : adapter.check
  return withArgs(withScripts(adapter.fix ?? check, t.run.scripts), adapter, args)
}

function findingItem(f: LintFinding, context: ActionContext, sha: string): Inline[] {
  const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : '(no file)'
  const url = f.file ? blobUrl(context.event, sha, f.file, f.line) : undefined
  // mypy 1.0 gives some messages no error code: the rule is then the tool's name, said once
  const rule = f.ruleId === f.tool ? f.tool : `${f.tool} ${f.ruleId}`
  return [url ? link(where, url) : inlineCode(where), ' ', inlineCode(rule), ` ${f.message}`]
}

function clip(diff: string): string {
  const lines = diff.split('\n')
  return lines.length <= MAX_DIFF_LINES
    ? diff
    : `${lines.slice(0, MAX_DIFF_LINES).join('\n')}\n… ${lines.length - MAX_DIFF_LINES} more lines`
}

export function lintSections(
  tools: ToolSummary[],
  outcome: LintOutcome,
  inputs: LintInputs,
  context: ActionContext
): Block[] {
  const blocks: Block[] = []
  blocks.push(
    table(
      ['Linter', 'Result', 'Findings', 'Time', 'Fix / run locally'],
      tools.map(t => [
        t.run.linter.adapter.title,
        STATUS_WORD[t.status],
        `${t.findings.length}${t.outside ? ` (+${t.outside} outside the filter)` : ''}`,
        t.run.outcome === 'skipped' ? '–' : seconds(t.run.durationMs),
        inlineCode(toolCommand(t, inputs))
      ]),
      ['left', 'left', 'right', 'right', 'left']
    )
  )

  for (const t of tools.filter(t => t.status === 'error')) {
    const [first, ...rest] = (t.run.detail ?? '').split('\n')
    blocks.push(paragraph('⚠️ ', { strong: t.run.linter.adapter.title }, ` ${first}`))
    if (rest.length) blocks.push(code(rest.join('\n')))
  }
  const skipped = tools.filter(t => t.status === 'skipped')
  if (skipped.length)
    blocks.push(list(skipped.map(t => [`${t.run.linter.adapter.title}: ${t.run.detail ?? 'skipped'}`])))

  const outside = [...outcome.outside.values()].reduce((a, b) => a + b, 0)
  if (outcome.scope.mode !== 'nofilter') {
    const against = outcome.scope.base ? [' compared with ', inlineCode(short(outcome.scope.base))] : []
    const what =
      outcome.scope.mode === 'added' ? 'the lines this change adds or modifies' : 'the files this change touches'
    blocks.push(
      paragraph(
        `Filter `,
        inlineCode(outcome.scope.mode),
        `: only findings on ${what}`,
        ...against,
        `. ${outside} finding${outside === 1 ? ' was' : 's were'} outside it.`
      )
    )
  }

  const sha = outcome.scope.head && /^[0-9a-f]{40}$/.test(outcome.scope.head) ? outcome.scope.head : context.event.sha
  const ordered = [...outcome.kept].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  if (ordered.length) {
    blocks.push(heading(3, 'Findings'))
    blocks.push(list(ordered.slice(0, TOP_FINDINGS).map(f => findingItem(f, context, sha))))
    if (ordered.length > TOP_FINDINGS) {
      blocks.push(
        details(`${ordered.length - TOP_FINDINGS} more findings`, [
          list(ordered.slice(TOP_FINDINGS).map(f => findingItem(f, context, sha)))
        ])
      )
    }
  }
  const diffs = outcome.kept.filter(f => f.diff)
  for (const f of diffs.slice(0, MAX_DIFFS)) blocks.push(details(`${f.tool}: ${f.file}`, [code(clip(f.diff!), 'diff')]))
  if (diffs.length > MAX_DIFFS)
    blocks.push(
      paragraph(`${diffs.length - MAX_DIFFS} more formatter diffs are not shown; run the formatters locally.`)
    )
  return blocks
}

/** The exact commands that fix what the failed tools can fix, chained as the runbooks write them; then the manual ones. */
export function lintFixBlocks(tools: ToolSummary[], inputs: LintInputs): Block[] {
  const failed = tools.filter(t => t.status === 'fail')
  if (!failed.length) return []
  const automatic = failed.filter(t => t.run.linter.adapter.fix)
  const manual = failed.filter(t => !t.run.linter.adapter.fix)
  const blocks: Block[] = []
  if (automatic.length) {
    blocks.push(paragraph('Fix automatically:'))
    blocks.push(code(automatic.map(t => toolCommand(t, inputs)).join(' && '), 'sh'))
  }
  if (manual.length) {
    blocks.push(paragraph('Fix by hand what these report:'))
    blocks.push(code(manual.map(t => toolCommand(t, inputs)).join('\n'), 'sh'))
  }
  return blocks
}
