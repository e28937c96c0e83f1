import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import {
  ConfigurationError,
  Git,
  ParseError,
  comparedRange,
  fingerprint,
  renderMarkdown,
  type ActionContext,
  type ActionResult,
  type Annotation,
  type Finding
} from '@ci-suite/core'
import { parseReport } from './formats/detect.js'
import { evaluateGates } from './gates/evaluate.js'
import { patchCoverage, type PatchCoverage } from './gates/patch.js'
import { baselinePath, restoreBaseline, saveBaseline, type Baseline } from './gates/baseline.js'
import type { CoverageInputs } from './inputs.js'
import type { CoverageReport } from './model.js'
import { badgeColor, coverageBadge } from './publish/badge.js'
import { commentMarker, upsertStickyComment } from './publish/comment.js'
import { discoverReports } from './report/discover.js'
import { mergeReports, type MergedCoverage, type UnmappedFile } from './report/merge.js'
import { PathMapper } from './report/path-mapper.js'
import { loadRepoFiles } from './report/repo-files.js'
import { displayedPercent, formatPercent, headlineRule, roundingFor, sumTotals } from './report/totals.js'
import {
  folderChart,
  gateTable,
  headlineText,
  summarySections,
  uncoveredFilesTable,
  type SummaryData
} from './summary.js'

/** coverage-gate: read the reports, merge them, judge the gates, then publish (badge, baseline, PR comment). */
export async function runCoverageGate(inputs: CoverageInputs, context: ActionContext): Promise<ActionResult> {
  const { logger } = context
  const notes: string[] = []
  const rel = (p: string): string => relative(context.workingDirectory, p) || p

  const reports = await logger.group('Read coverage reports', async () => {
    const { files, auto } = await discoverReports(context.workingDirectory, inputs.files)
    const parsed: CoverageReport[] = []
    for (const file of files) {
      try {
        const report = await parseReport(file)
        logger.info(`${rel(file)}: ${report.format} from ${report.producer}, ${report.files.length} file(s)`)
        parsed.push(report)
      } catch (error) {
        if (!(error instanceof ParseError)) throw error
        const relError = new ParseError(rel(error.file), error.detail, error.line)
        // a file found only by its usual name that holds something else is skipped; one the user named is an error
        if (auto && /is not a coverage report|is JSON but/.test(error.detail)) {
          logger.warning(`coverage-gate: skipping ${relError.message}`)
          continue
        }
        throw relError
      }
    }
    if (parsed.length === 0)
      throw new ConfigurationError(
        `no coverage report among ${files.map(rel).join(', ')}: run the tests with coverage first`
      )
    return parsed
  })

  const merged = await logger.group('Map files to the repository', async () => {
    const repo = await loadRepoFiles(context.repoRoot)
    return mergeReports(reports, new PathMapper(repo), {
      workingDirectory: context.workingDirectory,
      repoRoot: context.repoRoot
    })
  })
  const measuredInReports = reports.reduce((n, r) => n + r.files.length, 0)
  if (measuredInReports === 0) {
    throw new ParseError(
      reports.map(r => rel(r.file)).join(', '),
      'the coverage report measures no files: were the tests run with coverage of the sources?'
    )
  }
  if (merged.files.size === 0) {
    throw new ConfigurationError(
      `none of the ${merged.unmapped.length} file(s) in the coverage report(s) is in the repository (first: ${merged.unmapped[0].path}): the report belongs to another checkout, or the tool wrote paths this action cannot map`
    )
  }
  for (const u of merged.unmapped) u.report = rel(u.report)

  const totals = sumTotals(merged.files.values(), headlineRule(merged.producers), roundingFor(merged.producers))
  if (totals.lines.total === 0 && (totals.statements?.total ?? 0) === 0) {
    throw new ParseError(
      reports.map(r => rel(r.file)).join(', '),
      'the coverage reports measure 0 lines: nothing ran under coverage, or every file is excluded'
    )
  }
  const coverage = displayedPercent(totals.headline, totals.rounding)

  const patch = await logger.group('Patch coverage', () => changedLines(context, merged, notes))
  const { delta, baselineNote, baselineToSave } = await logger.group('Baseline', () =>
    ratchet(inputs, context, coverage, totals, notes)
  )
  if (baselineNote) notes.push(baselineNote)

  const gates = evaluateGates(inputs, { totals, files: merged.files, patch, delta })
  const failed = gates.filter(g => g.status === 'fail')
  const patchGateFailed = failed.some(g => g.name === 'patch coverage')
  const status = failed.length > 0 ? 'fail' : 'pass'

  const findings: Finding[] = (patch?.uncovered ?? []).map(r => ({
    ruleId: 'uncovered-changed-lines',
    severity: patchGateFailed ? 'error' : 'warning',
    message:
      r.endLine > r.line
        ? `lines ${r.line}–${r.endLine} changed and no test runs them`
        : `line ${r.line} changed and no test runs it`,
    file: r.file,
    line: r.line,
    endLine: r.endLine,
    fingerprint: fingerprint('coverage-gate', r.file, r.line, r.endLine)
  }))
  const annotations: Annotation[] = findings.map(f => ({
    level: patchGateFailed ? 'error' : 'warning',
    title: 'Not covered by tests',
    message: f.message as string,
    file: f.file,
    line: f.line,
    endLine: f.endLine,
    priority: (f.endLine ?? 0) - (f.line ?? 0)
  }))

  const summaryData: SummaryData = {
    totals,
    merged,
    patch,
    delta,
    gates,
    notes,
    event: context.event,
    sha: context.event.pullRequest?.headSha || context.event.sha
  }

  if (inputs.badge) {
    const badgePath = resolve(context.workingDirectory, inputs.badge)
    await mkdir(dirname(badgePath), { recursive: true })
    await writeFile(
      badgePath,
      coverageBadge(
        inputs.flag ? `coverage ${inputs.flag}` : 'coverage',
        `${formatPercent(totals.headline, totals.rounding)}%`,
        badgeColor(coverage, inputs.minCoverage)
      )
    )
    notes.push(`badge written to ${rel(badgePath)}`)
  }
  if (baselineToSave)
    notes.push(
      await saveBaseline(context.cache, baselinePath(baselineDir(context), inputs.flag), baselineToSave, logger)
    )
  await postComment(inputs, context, summaryData, notes)

  const headline = headlineText(summaryData)
  const summary =
    status === 'pass' ? `${headline}: every gate passes` : `${headline}: ${failed.map(g => g.reason).join('; ')}`
  const outputs: Record<string, string> = {
    coverage: formatPercent(totals.headline, totals.rounding),
    'branch-coverage': totals.branches.total > 0 ? formatPercent(totals.branches, totals.rounding) : '',
    'patch-coverage': patch?.coverage ? formatPercent(patch.coverage, 'half-up') : '',
    delta: delta === undefined ? '' : `${delta >= 0 ? '+' : ''}${delta.toFixed(2)}`
  }
  return {
    status,
    summary,
    findings,
    failing: patchGateFailed ? findings.length : 0,
    metrics: {
      coverage,
      rule: totals.rule,
      lines: totals.lines,
      branches: totals.branches,
      ...(totals.functions ? { functions: totals.functions } : {}),
      ...(totals.statements ? { statements: totals.statements } : {}),
      patch: patch?.coverage ?? null,
      delta: delta ?? null,
      files: merged.files.size,
      unmappedFiles: merged.unmapped,
      reports: reports.map(r => ({ file: rel(r.file), format: r.format, producer: r.producer, files: r.files.length })),
      gates
    },
    outputs,
    annotations,
    counts: [
      ['files measured', merged.files.size],
      ['lines covered', `${totals.lines.covered}/${totals.lines.total}`],
      ...(totals.branches.total > 0
        ? ([['branches covered', `${totals.branches.covered}/${totals.branches.total}`]] as Array<[string, string]>)
        : []),
      ...(patch?.coverage
        ? ([['changed lines covered', `${patch.coverage.covered}/${patch.coverage.total}`]] as Array<[string, string]>)
        : []),
      ['uncovered changed ranges', findings.length],
      ...unmappedCounts(merged.unmapped)
    ],
    sections: summarySections(summaryData),
    fix:
      status === 'fail'
        ? [
            {
              kind: 'paragraph',
              text: [
                patch?.uncovered.length
                  ? 'Add tests that run the changed lines listed above, then run the tests with coverage again.'
                  : 'Add tests for the least covered files (the full table above), then run the tests with coverage again.'
              ]
            }
          ]
        : undefined
  }
}

async function changedLines(
  context: ActionContext,
  merged: MergedCoverage,
  notes: string[]
): Promise<PatchCoverage | undefined> {
  const range = comparedRange(context.event, context.common)
  if (!range) {
    notes.push('patch coverage: this event has no diff to measure (give base and head to measure one)')
    return undefined
  }
  const git = new Git(context.repoRoot)
  if (!(await git.isRepository()))
    throw new ConfigurationError(`patch coverage needs a git checkout, and ${context.repoRoot} is not one`)
  const ensured = await git.ensureRange({ base: range.base, head: range.head }, { mergeBase: range.mergeBase })
  const changes = await git.diff(ensured)
  const patch = patchCoverage(merged.files, changes)
  if (!patch.coverage) notes.push('patch coverage: the diff touches no measured line')
  return patch
}

function baselineDir(context: ActionContext): string {
  return context.env.RUNNER_TEMP || context.tempDir
}

async function ratchet(
  inputs: CoverageInputs,
  context: ActionContext,
  coverage: number,
  totals: ReturnType<typeof sumTotals>,
  notes: string[]
): Promise<{ delta?: number; baselineNote?: string; baselineToSave?: Baseline }> {
  const { event } = context
  const path = baselinePath(baselineDir(context), inputs.flag)
  const onDefaultBranch =
    event.eventName === 'push' &&
    event.refType === 'branch' &&
    !!event.defaultBranch &&
    event.refName === event.defaultBranch
  const pr = event.pullRequest
  const where = pr?.baseRef
    ? { flag: inputs.flag, branch: pr.baseRef, sha: pr.baseSha }
    : onDefaultBranch
      ? { flag: inputs.flag, branch: event.refName }
      : undefined
  const baselineToSave: Baseline | undefined = onDefaultBranch
    ? {
        schema: 'ci-suite/coverage-baseline@1',
        flag: inputs.flag,
        branch: event.refName,
        sha: event.sha,
        coverage,
        rule: totals.rule,
        lines: totals.lines,
        branches: totals.branches
      }
    : undefined
  if (!where) {
    if (inputs.maxDecrease !== undefined)
      notes.push('max-decrease: only pull requests and pushes to the default branch have a baseline')
    return { baselineToSave }
  }
  const found = await restoreBaseline(context.cache, path, where, context.logger)
  if (!found.baseline) return { baselineNote: found.note, baselineToSave }
  if (found.baseline.rule !== totals.rule) {
    return {
      baselineNote: `the baseline was measured as ${found.baseline.rule}, this run as ${totals.rule}: no delta`,
      baselineToSave
    }
  }
  const delta = Math.round((coverage - found.baseline.coverage) * 100) / 100
  return { delta, baselineNote: `${found.note}: ${found.baseline.coverage.toFixed(2)}%`, baselineToSave }
}

async function postComment(
  inputs: CoverageInputs,
  context: ActionContext,
  data: SummaryData,
  notes: string[]
): Promise<void> {
  const pr = context.event.pullRequest
  if (inputs.comment === 'never' || !pr?.number) return
  if (!context.github) {
    notes.push('PR comment skipped: no github-token')
    return
  }
  if (inputs.comment === 'auto' && pr.fromFork) {
    notes.push(
      'PR comment skipped: a fork’s token cannot write; the workflow_run companion workflow posts it from the report'
    )
    return
  }
  const body = renderMarkdown(
    [
      { kind: 'heading', level: 3, text: [`Coverage${inputs.flag ? ` (${inputs.flag})` : ''}: ${headlineText(data)}`] },
      gateTable(data.gates),
      ...uncoveredFilesTable(data),
      ...[folderChart(data)].filter(block => block !== undefined),
      ...(data.notes.length ? [{ kind: 'list' as const, items: data.notes.map(n => [n]) }] : [])
    ],
    60_000
  ).markdown
  const result = await upsertStickyComment(
    context.github,
    { owner: context.event.owner, repo: context.event.repo, issueNumber: pr.number },
    commentMarker(inputs.flag),
    body,
    context.logger
  )
  notes.push(
    result.action === 'skipped'
      ? (result.note as string)
      : `PR comment ${result.action}${result.url ? `: ${result.url}` : ''}`
  )
}

/** The summary's counts of reported files left out: not in the repository, and in it but ignored by git. */
function unmappedCounts(unmapped: UnmappedFile[]): Array<[string, number]> {
  const ignored = unmapped.filter(u => u.ignored).length
  const missing = unmapped.length - ignored
  return [
    ...(missing ? ([['files not in the repository', missing]] as Array<[string, number]>) : []),
    ...(ignored ? ([['files git ignores', ignored]] as Array<[string, number]>) : [])
  ]
}
