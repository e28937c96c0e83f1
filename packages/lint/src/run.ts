import { availableParallelism } from 'node:os'
import { relative, sep } from 'node:path'
import {
  comparedRange,
  ConfigurationError,
  Git,
  type ActionContext,
  type ActionResult,
  type LineRange
} from '@ci-suite/core'
import type { LinterId } from './adapter.js'
import { adapterFor } from './adapters/index.js'
import { detectLinters, type SelectedLinter } from './detect.js'
import { runLinter, type ToolRun } from './execute.js'
import { changedLines, inFilter } from './filter.js'
import type { FilterMode, LintInputs } from './inputs.js'
import { installMissingTools } from './install.js'
import { ProcessSlots } from './pool.js'
import { locateFinding, type LintFinding } from './lint-finding.js'
import { excludeMatcher, listProjectFiles, ProjectFiles } from './project-files.js'
import { buildLintResult } from './result.js'
import { toolSearchPath } from './tool-path.js'

/**
 * Expected CPU milliseconds per file, to start the longest tools first: with as many slots as cores, a long tool that
 * starts last makes the wall time its own plus whatever ran before it. Measured in bench/lint-gate (flask, ky).
 */
const MS_PER_FILE: Record<LinterId, number> = {
  mypy: 650,
  pylint: 400,
  'pre-commit': 400,
  black: 150,
  prettier: 100,
  bandit: 60,
  flake8: 55,
  tsc: 55,
  eslint: 50,
  shellcheck: 30,
  hadolint: 30,
  isort: 20,
  yamllint: 20,
  markdownlint: 20,
  actionlint: 20,
  'ruff-check': 5,
  'ruff-format': 5
}

export interface FilterScope {
  mode: FilterMode
  changes: Map<string, LineRange[]>
  /** the compared commits, when there are */
  base?: string
  head?: string
}

export interface LintOutcome {
  runs: ToolRun[]
  /** findings inside the filter, repository-relative */
  kept: LintFinding[]
  /** per tool, findings left out by the filter */
  outside: Map<LinterId, number>
  scope: FilterScope
  gateLevel: 'error' | 'warning'
  wallMs: number
}

export function selectLinters(inputs: LintInputs, project: ProjectFiles): SelectedLinter[] {
  const selected = new Map<LinterId, SelectedLinter>()
  if (inputs.auto) for (const s of detectLinters(project)) selected.set(s.adapter.id, s)
  for (const id of inputs.linters)
    selected.set(id, { adapter: adapterFor(id)!, reason: 'listed in linters', configured: true })
  return [...selected.values()]
}

async function filterScope(inputs: LintInputs, context: ActionContext): Promise<FilterScope> {
  // a base given (a local run that repeats a pull request job's reproduce line) filters as the pull request did
  const mode: FilterMode = inputs.filter ?? (context.event.pullRequest || context.common.base ? 'added' : 'nofilter')
  if (mode === 'nofilter') return { mode, changes: new Map() }
  const range = comparedRange(context.event, context.common)
  if (!range) {
    throw new ConfigurationError(
      `filter: ${mode} needs two commits to compare, and this ${context.event.eventName || 'local'} run has none: give \`base\` (and \`head\`), or set filter: nofilter`
    )
  }
  const git = new Git(context.repoRoot)
  const ensured = await git.ensureRange(range, { mergeBase: range.mergeBase })
  return { mode, changes: changedLines(await git.diff(ensured)), base: ensured.base, head: ensured.head }
}

/** The changed files under the working directory, relative to it; undefined without a filter. */
function changedFilesUnder(scope: FilterScope, workingDirectory: string): Set<string> | undefined {
  if (scope.mode === 'nofilter') return undefined
  const prefix = workingDirectory ? `${workingDirectory.split(sep).join('/')}/` : ''
  const under = new Set<string>()
  for (const path of scope.changes.keys()) if (path.startsWith(prefix)) under.add(path.slice(prefix.length))
  return under
}

export async function lintProject(inputs: LintInputs, context: ActionContext): Promise<LintOutcome> {
  const started = Date.now()
  const cwd = context.workingDirectory
  const isExcluded = excludeMatcher(inputs.exclude)
  const scopePromise = filterScope(inputs, context)
  scopePromise.catch(() => undefined)
  const files = (await listProjectFiles(cwd)).filter(f => !isExcluded(f))
  // detection and the run ask it the same questions: it answers each tool once (a file's `#!` line is read once)
  const project = new ProjectFiles(cwd, files)
  const linters = selectLinters(inputs, project)
  if (!linters.length) {
    throw new ConfigurationError(
      `linters: auto found no linter configuration in ${context.workingDirectory} (pyproject.toml [tool.*], setup.cfg, package.json, ...): list the linters to run in \`linters\``
    )
  }
  const env = { ...process.env, ...context.env }
  let searchPath = toolSearchPath(env, cwd, context.repoRoot)
  if (inputs.install) searchPath = await installMissingTools(linters, searchPath, context)
  // with a filter, a tool gets only the changed files: its findings anywhere else would all be left out. A tool that
  // runs on the whole project (tsc, flake8) still does, and is skipped when no file of its kind changed; eslint names
  // the changed files (changedFilesUnderFilter).
  const scope = await scopePromise
  const changed = changedFilesUnder(scope, relative(context.repoRoot, cwd))
  const matching = new Map(linters.map(l => [l, project.forAdapter(l.adapter)]))
  const filesOf = new Map(linters.map(l => [l, matching.get(l)!.files.filter(f => !changed || changed.has(f))]))
  const cost = (l: SelectedLinter) => MS_PER_FILE[l.adapter.id] * filesOf.get(l)!.length
  const order = [...linters].sort((a, b) => cost(b) - cost(a))
  const slots = new ProcessSlots(availableParallelism())
  context.logger.info(`linting with ${order.map(l => l.adapter.title).join(', ')} (${slots.limit} at a time)`)
  const finished = await Promise.all(
    order.map((linter, priority) =>
      runLinter(linter, {
        cwd,
        searchPath,
        env,
        files: filesOf.get(linter)!,
        scripts: matching.get(linter)!.scripts,
        extraArgs: inputs.args.get(linter.adapter.id) ?? [],
        exclude: inputs.exclude,
        timeoutMs: inputs.timeoutMinutes * 60_000,
        slots,
        priority,
        origin: started,
        changedOnly: changed !== undefined && matching.get(linter)!.files.length > 0
      })
    )
  )
  const runs = linters.map(l => finished.find(r => r.linter === l)!)

  const kept: LintFinding[] = []
  const outside = new Map<LinterId, number>()
  for (const run of runs) {
    for (const raw of run.findings) {
      const finding = locateFinding(run.linter.adapter.id, raw, cwd, context.repoRoot)
      if (finding.localFile && isExcluded(finding.localFile)) continue
      if (inFilter(finding, scope.mode, scope.changes)) kept.push(finding)
      else outside.set(finding.tool, (outside.get(finding.tool) ?? 0) + 1)
    }
  }
  // under `never` the verdict is still given at the default level, `error`
  const level = context.common.failOn === 'warning' ? 'warning' : 'error'
  return {
    runs,
    kept,
    outside,
    scope,
    gateLevel: level === 'warning' ? 'warning' : 'error',
    wallMs: Date.now() - started
  }
}

export async function runLintGate(inputs: LintInputs, context: ActionContext): Promise<ActionResult> {
  const outcome = await lintProject(inputs, context)
  return buildLintResult(outcome, inputs, context)
}
