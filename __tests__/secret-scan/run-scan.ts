import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mapInputSource } from '@ci-suite/core'
import { evaluateAction, publishGate, type GateOutcome } from '@ci-suite/runtime'
import { definition } from '@ci-suite/secrets'
import { RecordingIO } from '../helpers/recording-io.js'

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
  const io = new RecordingIO('runner')
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
        io.logger.groups.join('\n'),
        io.logger.lines.map(l => l.message).join('\n')
      ].join('\n')
  }
}
