import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mapInputSource, renderMarkdown, type Annotation, type Block, type Logger } from '@ci-suite/core'
import { evaluateAction, publishGate, type GateOutcome, type StepIO } from '@ci-suite/runtime'
import { definition } from '@ci-suite/secrets'

/** A runner stand-in that keeps every write, so a test can read the summary and grep everything for secrets. */
export class RecordingIO implements StepIO {
  readonly mode = 'runner' as const
  readonly masked: string[] = []
  readonly outputs: Record<string, string> = {}
  readonly annotations: Annotation[] = []
  readonly failures: string[] = []
  readonly log: string[] = []
  summary = ''
  readonly logger: Logger = {
    debug: m => void this.log.push(m),
    info: m => void this.log.push(m),
    warning: m => void this.log.push(m),
    group: async (name, fn) => {
      this.log.push(name)
      return fn()
    }
  }
  mask(value: string): void {
    this.masked.push(value)
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value
  }
  annotate(annotation: Annotation): void {
    this.annotations.push(annotation)
  }
  fail(message: string): void {
    this.failures.push(message)
  }
  async writeSummary(blocks: Block[]): Promise<void> {
    this.summary = renderMarkdown(blocks).markdown
  }
}

export interface ScanRun {
  outcome: GateOutcome
  io: RecordingIO
  exitCode: 0 | 1
  report: {
    status: string
    summary: string
    findings: Array<
      Record<string, unknown> & { ruleId: string; file: string; line: number; commit: string | null; redacted: string }
    >
    metrics: Record<string, unknown>
  }
  sarif?: string
  /** every file written under RUNNER_TEMP plus outputs, annotations, summary and log: for leak greps */
  everything(): string
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

export async function runScan(
  dir: string,
  inputs: Record<string, string> = {},
  options: { eventName?: string; payload?: Record<string, unknown>; env?: Record<string, string> } = {}
): Promise<ScanRun> {
  const temp = mkdtempSync(join(tmpdir(), 'secret-scan-run-'))
  const eventPath = join(temp, 'event.json')
  writeFileSync(eventPath, JSON.stringify(options.payload ?? {}))
  const env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: temp,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    ...options.env
  }
  const io = new RecordingIO()
  const reportPath = join(temp, 'report.json')
  const outcome = await evaluateAction(definition, {
    source: mapInputSource({ 'report-path': reportPath, ...inputs }),
    env,
    io,
    cwd: dir
  })
  const exitCode = await publishGate(outcome, io)
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as ScanRun['report']
  const sarifPath = io.outputs.sarif
  return {
    outcome,
    io,
    exitCode,
    report,
    sarif: sarifPath ? readFileSync(sarifPath, 'utf8') : undefined,
    everything: () =>
      [
        ...filesUnder(temp).map(f => readFileSync(f, 'utf8')),
        JSON.stringify(io.outputs),
        JSON.stringify(io.annotations),
        io.summary,
        io.failures.join('\n'),
        io.log.join('\n')
      ].join('\n')
  }
}
