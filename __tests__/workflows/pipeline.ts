import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseOutputFile, REPO_ROOT, runAction, type ActionRun, type RunActionOptions } from '../harness/run-action.js'
import { git, writeFiles, type Files } from '../helpers/git-repo.js'
import { readWorkflow, type Job, type Step, type WorkflowCallInput, type WorkflowFile } from './workflow-files.js'

/**
 * Runs the jobs of a template's reusable workflow the way a runner would, on a local fixture repository: the inputs
 * are the template's `with:` over the reusable workflow's defaults, `${{ }}` expressions are resolved from them, our
 * actions' steps run through their bundles (runAction) and `run:` steps through bash, as GitHub runs them
 * (`bash --noprofile --norc -eo pipefail`). Third-party steps (checkout, setup-python, artifacts) are the fixture's
 * set-up: the repository is already there, the tools are the machine's, files stay where the tests wrote them.
 */

export type Context = Record<string, string>

/**
 * `${{ a.b }}` with a dotted path the context knows, and the one conditional form the templates use,
 * `${{ a.b == 'x' && 'then' || 'else' }}`; anything else is refused rather than guessed.
 */
export function expand(value: unknown, context: Context): string {
  return String(value ?? '').replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expression: string) => {
    if (expression in context) return context[expression]
    const conditional = /^([\w.-]+) == '([^']*)' && '([^']*)' \|\| '([^']*)'$/.exec(expression)
    if (conditional && conditional[1] in context)
      return context[conditional[1]] === conditional[2] ? conditional[3] : conditional[4]
    throw new Error(`the pipeline runner cannot evaluate \${{ ${expression} }}`)
  })
}

export interface ReusableCall {
  template: WorkflowFile
  workflow: WorkflowFile
  inputs: Record<string, string>
}

/** The reusable workflow a template's job calls, with the inputs it receives (defaults, then the template's). */
export function reusableCall(templatePath: string, jobName: string, templateContext: Context = {}): ReusableCall {
  const template = readWorkflow(templatePath)
  const job = template.doc.jobs[jobName]
  if (!job?.uses) throw new Error(`${templatePath} has no job ${jobName} that calls a reusable workflow`)
  const path = /^org\/ci-suite\/(\.github\/workflows\/[\w.-]+\.yml)@v1$/.exec(job.uses)?.[1]
  if (!path) throw new Error(`${job.uses} is not one of our reusable workflows`)
  const workflow = readWorkflow(path)
  const declared =
    (workflow.doc.on as { workflow_call: { inputs?: Record<string, WorkflowCallInput> } }).workflow_call.inputs ?? {}
  const inputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(declared))
    inputs[name] = spec.default === undefined ? '' : String(spec.default)
  for (const [name, value] of Object.entries(job.with ?? {})) inputs[name] = expand(value, templateContext)
  return { template, workflow, inputs }
}

export const inputContext = (inputs: Record<string, string>): Context =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`inputs.${k}`, v]))

const listOf = (value: string): string[] =>
  value
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(Boolean)

/** The gate a job stands for, read from its `if: ... contains(inputs.gates, '<gate>')`. */
export const gateOf = (job: Job): string | undefined =>
  /contains\(inputs\.gates, '([^']+)'\)/.exec(String(job.if ?? ''))?.[1]

/** The jobs the call's `gates` input turns on, in the workflow's order. */
export function enabledJobs(call: ReusableCall): string[] {
  const gates = listOf(call.inputs.gates ?? '')
  return Object.entries(call.workflow.doc.jobs)
    .filter(([, job]) => {
      const gate = gateOf(job)
      return gate !== undefined && gates.includes(gate)
    })
    .map(([name]) => name)
}

/** The step of a job that uses one of our actions, and the inputs its `with:` gives it. */
export function ourStep(
  call: ReusableCall,
  jobName: string,
  context: Context = {}
): { action: string; inputs: Record<string, string> } {
  const job = call.workflow.doc.jobs[jobName]
  const step = (job.steps ?? []).find(s => s.uses?.startsWith('org/ci-suite/'))
  if (!step?.uses) throw new Error(`${call.workflow.path} job ${jobName} uses none of our actions`)
  const action = /^org\/ci-suite\/([\w-]+)@v1$/.exec(step.uses)?.[1] ?? 'ci-suite'
  const full = { ...inputContext(call.inputs), ...context }
  const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(v, full)]))
  return { action, inputs }
}

/** Runs the job's action step through its bundle; `overrides` stand for the runner's environment (a local OSV). */
export async function runGate(
  call: ReusableCall,
  jobName: string,
  options: RunActionOptions & { overrides?: Record<string, string>; context?: Context }
): Promise<ActionRun & { action: string; inputs: Record<string, string> }> {
  const { action, inputs } = ourStep(call, jobName, options.context)
  const run = await runAction(action, { ...options, inputs: { ...inputs, ...options.overrides } })
  return { ...run, action, inputs }
}

export interface ScriptRun {
  exitCode: number
  /** the step that failed, when one did */
  failedStep?: string
  output: string
  outputs: Record<string, string>
  summary: string
  /** what the steps appended to GITHUB_ENV, as the next steps see it */
  env: Record<string, string>
}

/** Runs the named `run:` steps of a job in order, stopping at the first that fails, as a runner does. */
export async function runScriptSteps(
  call: ReusableCall,
  jobName: string,
  stepNames: string[],
  options: { cwd: string; context?: Context; env?: Record<string, string>; runnerTemp?: string }
): Promise<ScriptRun> {
  const job = call.workflow.doc.jobs[jobName]
  const context = { ...inputContext(call.inputs), ...options.context }
  const files = mkdtempSync(join(tmpdir(), 'ci-suite-job-'))
  const [outputFile, envFile, summaryFile] = ['output', 'env', 'summary'].map(n => join(files, n))
  for (const f of [outputFile, envFile, summaryFile]) writeFileSync(f, '')
  let output = ''
  const defaultDirectory = (job as Job & { defaults?: { run?: { 'working-directory'?: string } } }).defaults?.run?.[
    'working-directory'
  ]
  for (const name of stepNames) {
    const step = (job.steps ?? []).find(s => s.name === name) as (Step & { 'working-directory'?: string }) | undefined
    if (!step?.run) throw new Error(`${call.workflow.path} job ${jobName} has no run step named ${name}`)
    const directory = expand(step['working-directory'] ?? defaultDirectory ?? '.', context)
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, context)]))
    const script = join(files, 'step.sh')
    writeFileSync(script, step.run)
    // Asynchronous, so that a server the test runs in this process (a webhook, an API) can answer the step.
    const result = await new Promise<{ status: number; out: string }>(resolve => {
      const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
        cwd: join(options.cwd, directory),
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          LANG: 'C.UTF-8',
          // what the steps' tools leave in a temporary folder goes under this test run's own (global-setup.ts)
          ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
          ...options.env,
          ...parseOutputFile(readFileSync(envFile, 'utf8')),
          GITHUB_OUTPUT: outputFile,
          GITHUB_ENV: envFile,
          GITHUB_STEP_SUMMARY: summaryFile,
          RUNNER_TEMP: options.runnerTemp ?? files,
          ...stepEnv
        },
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let out = ''
      child.stdout.on('data', d => (out += d))
      child.stderr.on('data', d => (out += d))
      const timer = setTimeout(() => child.kill('SIGKILL'), 300_000)
      child.on('close', code => {
        clearTimeout(timer)
        resolve({ status: code ?? 1, out })
      })
    })
    output += result.out
    if (result.status !== 0) return finish(result.status, name)
  }
  return finish(0)

  function finish(exitCode: number, failedStep?: string): ScriptRun {
    return {
      exitCode,
      failedStep,
      output,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      env: parseOutputFile(readFileSync(envFile, 'utf8'))
    }
  }
}

/** A git repository with the files committed on main. */
export function fixtureRepository(files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-suite-runbook-'))
  git(dir, 'init', '-q', '-b', 'main')
  writeFiles(dir, files)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'the project')
  return dir
}

/**
 * What actions/checkout gives a pull_request run: the merge of the pull request's commit into the base, with the
 * base as the first parent. `change` is the pull request's diff.
 */
export function pullRequestMerge(dir: string, change: Files): { base: string; head: string; merge: string } {
  const base = git(dir, 'rev-parse', 'HEAD')
  git(dir, 'checkout', '-q', '-b', 'feature')
  writeFiles(dir, change)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'the pull request')
  const head = git(dir, 'rev-parse', 'HEAD')
  git(dir, 'checkout', '-q', '--detach', base)
  git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge the pull request', head)
  return { base, head, merge: git(dir, 'rev-parse', 'HEAD') }
}

/** A folder of executables for PATH: `python` as Debian's Python 3 (which has pytest), `ruff` on its wasm build. */
export function toolFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-suite-tools-'))
  const tool = (name: string, body: string) => {
    writeFileSync(join(dir, name), `#!/bin/sh\n${body}\n`)
    chmodSync(join(dir, name), 0o755)
  }
  tool('python', 'exec /usr/bin/python3 "$@"')
  tool('ruff', `exec node "${join(REPO_ROOT, '__tests__', 'lint-gate', 'support', 'ruff-wasm-cli.mjs')}" "$@"`)
  return dir
}

/** The actions the built CLI bundle offers (`npx ci-suite --help`): a gate can only run through a bundle that has it. */
export function bundledActions(): string[] {
  const help = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli', 'index.js'), '--help'], { encoding: 'utf8' })
  const section = help.stdout.split(/^Actions:$/m)[1] ?? ''
  return [...section.matchAll(/^ {2}([a-z-]+) /gm)].map(m => m[1])
}

/** A workflow of this repository that is not reusable (ci.yml, publish.yml), to run its steps like a call's. */
export function ownWorkflow(path: string): ReusableCall {
  const workflow = readWorkflow(path)
  return { template: workflow, workflow, inputs: {} }
}
