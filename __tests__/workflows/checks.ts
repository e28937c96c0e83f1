import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../harness/run-action.js'
import type { PinnedAction } from './third-party.js'
import {
  classifyUses,
  isReusable,
  ourActionYml,
  readAction,
  readWorkflow,
  stepsOf,
  triggers,
  yamlSnippets,
  type WorkflowCallInput,
  type WorkflowFile
} from './workflow-files.js'

/**
 * Our own checks of a workflow file. Each returns the problems it found, one line each (empty = clean), so a test can
 * run them on the real files and on broken examples alike.
 */

/** `permissions:` as a map of scope to level; `read-all`/`write-all` become the wildcard scope. */
export function permissionMap(permissions: unknown): Record<string, string> {
  if (permissions === undefined || permissions === null) return {}
  if (typeof permissions === 'string') return { '*': permissions.replace('-all', '') }
  return permissions as Record<string, string>
}

const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 }
const level = (value: string | undefined): number => LEVEL[value ?? 'none'] ?? 0

export function checkPermissions(file: WorkflowFile): string[] {
  const problems: string[] = []
  if (file.doc.permissions === undefined) problems.push('no workflow-level permissions')
  for (const [scope, value] of Object.entries(permissionMap(file.doc.permissions)))
    if (value === 'write') problems.push(`workflow-level ${scope}: write (grant it on the job that needs it)`)
  for (const [name, job] of Object.entries(file.doc.jobs ?? {}))
    if (job.permissions === undefined) problems.push(`${name}: no permissions`)
  return problems
}

export function checkTimeouts(file: WorkflowFile): string[] {
  return Object.entries(file.doc.jobs ?? {})
    .filter(([, job]) => job.steps && job['timeout-minutes'] === undefined)
    .map(([name]) => `${name}: no timeout-minutes`)
}

/** Any `${{ }}` inside `run:` is refused, trusted or not: values reach scripts through `env:` only. */
export function checkRunExpressions(file: WorkflowFile): string[] {
  return stepsOf(file)
    .filter(s => typeof s.step.run === 'string' && s.step.run.includes('${{'))
    .map(s => `${s.job} step ${s.index + 1}: \${{ }} inside run:`)
}

/**
 * One `uses:` against the table: a third-party action must be a row of it, at the row's commit, with the row's version
 * in a `# vX.Y.Z` comment on its line. `where` starts each problem (a job, a file and line).
 */
function pinProblems(
  where: string,
  uses: string,
  comment: string | undefined,
  pins: Map<string, PinnedAction>
): { problems: string[]; pin?: PinnedAction } {
  const target = classifyUses(uses)
  if (target.kind === 'docker') return { problems: [`${where}: docker://${target.image} (use a pinned action)`] }
  if (target.kind !== 'third-party') return { problems: [] }
  const name = target.path ? `${target.repo}/${target.path}` : target.repo
  const pin = pins.get(name)
  if (!pin) return { problems: [`${where}: ${name} is not in docs/third-party-actions.md`] }
  const problems: string[] = []
  if (target.ref !== pin.commit) problems.push(`${where}: ${name}@${target.ref} is not pinned to ${pin.commit}`)
  if (comment !== pin.version)
    problems.push(`${where}: ${name} has the comment ${comment ?? '(none)'}, not # ${pin.version}`)
  return { problems, pin }
}

const versionComment = (line: string | undefined): string | undefined => /#\s*(\S+)\s*$/.exec(line ?? '')?.[1]

export function checkPinning(file: WorkflowFile, pins: Map<string, PinnedAction>): string[] {
  const problems: string[] = []
  const lines = file.text.split('\n')
  for (const { job, step } of stepsOf(file)) {
    if (!step.uses) continue
    const line = lines.find(l => l.includes(`uses: ${step.uses}`))
    const found = pinProblems(job, step.uses, versionComment(line), pins)
    problems.push(...found.problems)
    const unknown = found.pin ? Object.keys(step.with ?? {}).filter(k => !found.pin!.inputs.includes(k)) : []
    if (unknown.length) problems.push(`${job}: ${found.pin!.action} has no input ${unknown.join(', ')}`)
  }
  return problems
}

/**
 * The workflow snippets of a Markdown page (a README's usage example): every `uses:` line of a third-party action is
 * pinned as a workflow's must be, since users copy them as they are.
 */
export function checkSnippetPinning(path: string, text: string, pins: Map<string, PinnedAction>): string[] {
  const problems: string[] = []
  text.split('\n').forEach((line, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*(\S+)/.exec(line)
    if (m) problems.push(...pinProblems(`${path}:${i + 1}`, m[1], versionComment(line), pins).problems)
  })
  return problems
}

/** every value under a `run` key, however deep (a snippet may be a whole workflow, a job or a list of steps) */
function runScripts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(runScripts)
  if (!node || typeof node !== 'object') return []
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'run' && typeof value === 'string' ? [value] : runScripts(value)
  )
}

/**
 * The YAML snippets of a Markdown page hold no `${{ }}` inside a `run:` script, as the workflows hold none: values
 * reach a script through `env:`. A snippet that is not YAML is a problem too (users paste it as it is).
 */
export function checkSnippetRunExpressions(path: string, text: string): string[] {
  const problems: string[] = []
  for (const { line, text: snippet } of yamlSnippets(text)) {
    let doc: unknown
    try {
      doc = parse(snippet)
    } catch (error) {
      problems.push(`${path}:${line}: the snippet is not YAML (${(error as Error).message.split('\n')[0]})`)
      continue
    }
    for (const script of runScripts(doc))
      if (script.includes('${{')) problems.push(`${path}:${line}: \${{ }} inside run: ${JSON.stringify(script)}`)
  }
  return problems
}

/** Every `uses:` of one of our actions names inputs its action.yml has, and gives each required one. */
export function checkOurActionInputs(file: WorkflowFile): string[] {
  const problems: string[] = []
  const template = file.path.startsWith('workflows-templates/')
  for (const { job, step } of stepsOf(file)) {
    if (!step.uses) continue
    const target = classifyUses(step.uses)
    if (target.kind !== 'ours' && target.kind !== 'local-action') continue
    if (target.kind === 'ours' && target.ref !== 'v1') problems.push(`${job}: ${step.uses} is not @v1`)
    if (target.kind === 'local-action' && template)
      problems.push(`${job}: a template cannot use a local action (${step.uses})`)
    const yml = ourActionYml(target.action)
    if (!existsSync(join(REPO_ROOT, yml))) {
      problems.push(`${job}: ${step.uses}: ${yml} does not exist`)
      continue
    }
    const inputs = readAction(yml).doc.inputs ?? {}
    for (const key of Object.keys(step.with ?? {}))
      if (!(key in inputs)) problems.push(`${job}: ${step.uses} has no input ${key}`)
    for (const [key, spec] of Object.entries(inputs))
      if (spec.required && spec.default === undefined && !(key in (step.with ?? {})))
        problems.push(`${job}: ${step.uses} needs its required input ${key}`)
  }
  return problems
}

/** One of our reusable workflows, named as `org/ci-suite/.github/workflows/<file>@v1` or `./.github/workflows/<file>`. */
export function calledWorkflow(uses: string): WorkflowFile | undefined {
  const m =
    /^(?:org\/ci-suite\/(\.github\/workflows\/[\w.-]+\.ya?ml)@v1|\.\/(\.github\/workflows\/[\w.-]+\.ya?ml))$/.exec(uses)
  const path = m?.[1] ?? m?.[2]
  if (!path || !existsSync(join(REPO_ROOT, path))) return undefined
  const called = readWorkflow(path)
  return isReusable(called.doc) ? called : undefined
}

interface WorkflowCall {
  inputs?: Record<string, WorkflowCallInput>
  secrets?: Record<string, unknown>
}
const workflowCall = (file: WorkflowFile): WorkflowCall =>
  ((file.doc.on as Record<string, WorkflowCall | null>).workflow_call ?? {}) as WorkflowCall

/**
 * A job that calls a reusable workflow passes only inputs and secrets it declares, every required input, and grants
 * every permission the called jobs ask for (GitHub refuses to start the run otherwise, whatever their `if:`).
 */
export function checkReusableCalls(file: WorkflowFile): string[] {
  const problems: string[] = []
  for (const [name, job] of Object.entries(file.doc.jobs ?? {})) {
    if (!job.uses) continue
    const called = calledWorkflow(job.uses)
    if (!called) {
      problems.push(`${name}: ${job.uses} is not one of our reusable workflows at @v1`)
      continue
    }
    const call = workflowCall(called)
    const inputs = call.inputs ?? {}
    for (const key of Object.keys(job.with ?? {}))
      if (!(key in inputs)) problems.push(`${name}: ${called.path} has no input ${key}`)
    for (const [key, spec] of Object.entries(inputs))
      if (spec.required && !(key in (job.with ?? {}))) problems.push(`${name}: ${called.path} needs its input ${key}`)
    if (job.secrets && job.secrets !== 'inherit')
      for (const key of Object.keys(job.secrets as object))
        if (!(key in (call.secrets ?? {}))) problems.push(`${name}: ${called.path} has no secret ${key}`)
    const granted = { ...permissionMap(file.doc.permissions), ...permissionMap(job.permissions) }
    for (const [calledJob, spec] of Object.entries(called.doc.jobs))
      for (const [scope, needed] of Object.entries(permissionMap(spec.permissions)))
        if (level(needed) > level(granted[scope] ?? granted['*']))
          problems.push(`${name}: ${called.path} job ${calledJob} needs ${scope}: ${needed}`)
  }
  return problems
}

/** `fetch-depth: 0` only with a comment within the six lines above it that says why the history is needed. */
export function checkFullHistory(file: WorkflowFile): string[] {
  const lines = file.text.split('\n')
  return lines.flatMap((line, i) =>
    /fetch-depth:\s*0\b/.test(line) && !lines.slice(Math.max(0, i - 6), i).some(l => /#.*history/i.test(l))
      ? [`line ${i + 1}: fetch-depth: 0 without a comment saying why the history is needed`]
      : []
  )
}

/** No pull_request_target at all, and no checkout of a pull request's head in a workflow_run workflow. */
export function checkPrivilegedCheckout(file: WorkflowFile): string[] {
  const on = triggers(file.doc)
  const problems = on.includes('pull_request_target')
    ? ['pull_request_target (runs with a write token on untrusted code)']
    : []
  if (on.includes('workflow_run') || on.includes('pull_request_target'))
    for (const s of stepsOf(file))
      if (
        s.step.uses?.startsWith('actions/checkout@') &&
        /pull_request\.head|head_ref|workflow_run\.head/.test(JSON.stringify(s.step.with ?? {}))
      )
        problems.push(`${s.job}: checks out the pull request's head in a privileged run`)
  return problems
}

/** A reusable workflow uses every input and secret it declares, and sets no concurrency (the caller's applies). */
export function checkReusableDeclarations(file: WorkflowFile): string[] {
  if (!isReusable(file.doc)) return []
  const call = workflowCall(file)
  const body = file.text.slice(file.text.indexOf('\njobs:'))
  return [
    ...Object.keys(call.inputs ?? {})
      .filter(i => !body.includes(`inputs.${i}`))
      .map(i => `input ${i} is never used`),
    ...Object.keys(call.secrets ?? {})
      .filter(s => !body.includes(`secrets.${s}`))
      .map(s => `secret ${s} is never used`),
    ...(file.doc.concurrency !== undefined
      ? ['a reusable workflow sets concurrency (the same group as its caller cancels it)']
      : [])
  ]
}

/** Concurrency that cancels a superseded pull-request run and never a run on a branch. */
export function checkConcurrency(file: WorkflowFile): string[] {
  if (isReusable(file.doc)) return []
  const concurrency = file.doc.concurrency
  if (typeof concurrency !== 'object' || concurrency === null) return ['no concurrency group']
  const problems: string[] = []
  const { group = '', 'cancel-in-progress': cancel } = concurrency
  if (!/github\.workflow/.test(group)) problems.push('the concurrency group does not name the workflow')
  if (!/pull_request\.number|pull_requests\[0\]\.number|github\.ref/.test(group))
    problems.push('the concurrency group does not name the pull request or ref')
  if (cancel !== false && cancel !== "${{ github.event_name == 'pull_request' }}")
    problems.push(`cancel-in-progress is ${JSON.stringify(cancel)}: only pull-request runs may be cancelled`)
  return problems
}
