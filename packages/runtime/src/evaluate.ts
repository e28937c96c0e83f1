import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import {
  ConfigurationError,
  Git,
  InputReader,
  SecretRegistry,
  comparedRange,
  isUserFacing,
  mapBlockText,
  redactingLogger,
  errorMessage,
  noCache,
  parseEventContext,
  readCommonInputs,
  selectAnnotations,
  type ActionContext,
  type ActionDefinition,
  type ActionResult,
  type Annotation,
  type AnnotationSelection,
  type Block,
  type CommonInputs,
  type Env,
  type InputSource,
  type Report,
  type Status
} from '@ci-suite/core'
import type { StepIO } from './io/step-io.js'
import { reproduceCommand } from './reproduce.js'
import { createActionsCache } from './services/actions-cache.js'
import { createGitHubApi } from './services/github-api.js'
import { summaryPage } from './summary-page.js'

/** What one gate left: its report, where it was written, its outputs, annotations and summary section. */
export interface GateOutcome {
  report: Report
  reportPath: string
  outputs: Record<string, string>
  annotations: Annotation[]
  blocks: Block[]
  failOn: string
  /** the one-line reason for an error or a failure, prefixed with the action's name */
  failureMessage?: string
  /** exit code this gate asks for on its own */
  exitCode: 0 | 1
  secrets: SecretRegistry
}

export interface EvaluateOptions {
  source: InputSource
  env: Env
  io: StepIO
  /** shared with other gates of one pipeline run, which masks what it registers (once, not once a gate) */
  secrets?: SecretRegistry
  cwd?: string
}

function describeError(action: string, error: unknown, env: Env): string {
  if (isUserFacing(error)) return `${action}: ${error.message}`
  const detail = env.RUNNER_DEBUG === '1' && error instanceof Error && error.stack ? `\n${error.stack}` : ''
  return `${action} stopped on an internal error (${errorMessage(error).split('\n')[0]}). This is a bug in ci-suite: please report it with the debug log (re-run with debug logging on).${detail}`
}

function defaultReportPath(env: Env, action: string): string {
  const temp = env.RUNNER_TEMP || tmpdir()
  const step = (env.GITHUB_ACTION || 'local').replace(/[^A-Za-z0-9_.-]/g, '_')
  return join(temp, 'ci-suite', `${action}-${step}.json`)
}

/** A run's temporary folder goes when the run ends: what an action wants kept it writes elsewhere (report, outputs). */
function removeTempDir(dir: string, io: StepIO): void {
  try {
    rmSync(dir, { recursive: true, force: true })
  } catch (error) {
    io.logger.debug(`the temporary folder ${dir} could not be removed: ${errorMessage(error)}`)
  }
}

async function findRepoRoot(dir: string): Promise<string> {
  const git = new Git(dir)
  try {
    return (await git.isRepository()) ? await git.topLevel() : dir
  } catch {
    return dir
  }
}

/** Reads inputs, runs one action and turns its result (or its error) into a report, outputs and a summary. */
export async function evaluateAction(definition: ActionDefinition, options: EvaluateOptions): Promise<GateOutcome> {
  const started = Date.now()
  const { env, io } = options
  let secrets = options.secrets
  if (!secrets) {
    secrets = new SecretRegistry()
    secrets.onRegister(value => io.mask(value))
  }
  const reader = new InputReader(options.source)
  let common: CommonInputs = { workingDirectory: '.', failOn: definition.failOn.default }
  let result: ActionResult | undefined
  let failure: string | undefined
  let errorStatus = false
  let range
  /** this run's own temporary folder: removed when the action is done (a developer's machine keeps no runner temp) */
  let tempDir: string | undefined
  // read first: a report is written even when another input is bad
  const reportPathInput = reader.string('report-path')
  try {
    common = readCommonInputs(reader, definition.failOn)
    secrets.register(common.githubToken)
    const inputs = definition.readInputs(reader)
    const event = parseEventContext(env)
    range = comparedRange(event, common)
    const workspace = resolve(env.GITHUB_WORKSPACE || options.cwd || process.cwd())
    const workingDirectory = resolve(workspace, common.workingDirectory)
    if (!existsSync(workingDirectory) || !statSync(workingDirectory).isDirectory()) {
      throw new ConfigurationError(`working-directory ${common.workingDirectory} does not exist in ${workspace}`)
    }
    const tempRoot = join(env.RUNNER_TEMP || tmpdir(), 'ci-suite')
    mkdirSync(tempRoot, { recursive: true })
    tempDir = mkdtempSync(join(tempRoot, `${definition.name}-`))
    const context: ActionContext = {
      action: definition.name,
      common,
      event,
      env,
      workspace,
      workingDirectory,
      repoRoot: await findRepoRoot(workingDirectory),
      tempDir,
      logger: redactingLogger(io.logger, secrets),
      secrets,
      cache: io.mode === 'runner' ? createActionsCache(io.logger, env) : noCache,
      github: common.githubToken
        ? createGitHubApi({ token: common.githubToken, baseUrl: event.apiUrl, logger: io.logger })
        : undefined,
      mode: io.mode
    }
    result = await definition.run(inputs, context)
    if (result.status === 'error') {
      errorStatus = true
      failure = `${definition.name}: ${result.summary}`
    }
  } catch (error) {
    errorStatus = true
    failure = describeError(definition.name, error, env)
  }
  if (tempDir) removeTempDir(tempDir, io)
  const status: Status = errorStatus ? 'error' : (result?.status ?? 'error')
  if (status === 'fail') failure = `${definition.name}: ${result?.summary ?? 'the gate failed'}`
  const durationMs = Date.now() - started
  const summaryLine = result?.summary ?? failure?.replace(`${definition.name}: `, '') ?? ''
  const report: Report = {
    schema: 'ci-suite/report@1',
    action: definition.name,
    status,
    summary: secrets.redact(summaryLine.split('\n')[0]),
    durationMs,
    findings: result?.findings ?? [],
    metrics: result?.metrics ?? {},
    ...(result?.reportFields ?? {})
  }
  const reportPath = resolve(options.cwd ?? process.cwd(), reportPathInput ?? defaultReportPath(env, definition.name))
  const outputs: Record<string, string> = {
    status,
    findings: String(result?.failing ?? 0),
    report: reportPath,
    ...(result?.outputs ?? {})
  }
  try {
    mkdirSync(dirname(reportPath), { recursive: true })
    writeFileSync(reportPath, secrets.redact(JSON.stringify(report, null, 2)) + '\n')
    if (result?.sarif) {
      const sarifPath = reportPath.replace(/\.json$/, '') + '.sarif'
      writeFileSync(sarifPath, secrets.redact(JSON.stringify(result.sarif, null, 2)) + '\n')
      outputs.sarif = sarifPath
    }
  } catch (error) {
    failure ??= `${definition.name}: the report could not be written to ${reportPath} (${errorMessage(error)}): check report-path`
  }
  const annotations = (result?.annotations ?? []).map(a => ({
    ...a,
    message: secrets.redact(a.message),
    title: a.title && secrets.redact(a.title)
  }))
  const selection: AnnotationSelection = selectAnnotations(annotations)
  const page = summaryPage({
    title: definition.title,
    status,
    reason: secrets.redact(
      status === 'error' ? (failure ?? summaryLine).replace(`${definition.name}: `, '').split('\n')[0] : summaryLine
    ),
    result: status === 'error' && !result ? undefined : result,
    annotations: selection,
    reproduce: reproduceCommand(definition.name, reader.given, range),
    failOn: common.failOn,
    durationMs
  })
  // every piece of text an action shows (a formatter's diff, a linter's message, a command line) is redacted
  const blocks = mapBlockText(page, text => secrets.redact(text))
  return {
    report,
    reportPath,
    outputs: Object.fromEntries(Object.entries(outputs).map(([k, v]) => [k, secrets.redact(v)])),
    annotations,
    blocks,
    failOn: common.failOn,
    failureMessage: failure && secrets.redact(failure),
    exitCode: status !== 'pass' && common.failOn !== 'never' ? 1 : 0,
    secrets
  }
}
