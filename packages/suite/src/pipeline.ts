import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import {
  COMMON_INPUT_NAMES,
  ConfigurationError,
  InputReader,
  SecretRegistry,
  heading,
  layeredInputSource,
  mapInputSource,
  paragraph,
  parseMapping,
  runInOrder,
  table,
  worstStatus,
  type Block,
  type Env,
  type InputSource,
  type PipelineReport
} from '@ci-suite/core'
import { STATUS_ICON, evaluateAction, publishStep, withLog, type GateOutcome, type StepIO } from '@ci-suite/runtime'
import { readActionMetadata } from './metadata.js'
import { actionNames, loadAction } from './registry.js'

export interface PipelineOptions {
  source: InputSource
  env: Env
  io: StepIO
  /** the suite's own folder (where actions/<name>/action.yml are) */
  root: string
  cwd?: string
}

interface GatePlan {
  name: string
  mapping: Map<string, string>
}

/** Reads `gates` and each gate's `key: value` mapping, checking every name against the gate's action.yml. */
export async function planGates(source: InputSource, root: string): Promise<GatePlan[]> {
  const reader = new InputReader(source)
  const gates = reader.list('gates')
  if (gates.length === 0)
    throw new ConfigurationError(`gates is required: name one or more of ${actionNames().join(', ')}`)
  const seen = new Set<string>()
  const plans: GatePlan[] = []
  for (const name of gates) {
    if (!actionNames().includes(name)) {
      throw new ConfigurationError(
        `gates names ${JSON.stringify(name)}, which is not a gate; the gates are ${actionNames().join(', ')}`
      )
    }
    if (seen.has(name)) throw new ConfigurationError(`gates names ${name} twice`)
    seen.add(name)
    const mapping = parseMapping(reader.raw(name) ?? '', name)
    const known = Object.keys((await readActionMetadata(root, name)).inputs)
    for (const key of mapping.keys()) {
      if (!known.includes(key))
        throw new ConfigurationError(`${name} has no input ${JSON.stringify(key)}; its inputs are ${known.join(', ')}`)
    }
    plans.push({ name, mapping })
  }
  return plans
}

function defaultPipelineReportPath(env: Env): string {
  const step = (env.GITHUB_ACTION || 'local').replace(/[^A-Za-z0-9_.-]/g, '_')
  return join(env.RUNNER_TEMP || tmpdir(), 'ci-suite', `ci-suite-${step}.json`)
}

/** the line under the gates' table: they ran at once, so the step took less than their durations add up to */
function atOnce(outcomes: GateOutcome[], stepMs: number): string {
  const gateMs = outcomes.reduce((sum, o) => sum + o.report.durationMs, 0)
  return `The ${outcomes.length} gates ran at once: ${(stepMs / 1000).toFixed(1)} s for the step, ${(gateMs / 1000).toFixed(1)} s of gate time.`
}

/** The root action: several gates in one process, one combined summary, one merged report. */
export async function runPipeline(options: PipelineOptions): Promise<0 | 1> {
  const { io, env } = options
  const started = Date.now()
  const secrets = new SecretRegistry()
  secrets.onRegister(value => io.mask(value))
  let plan: GatePlan[]
  const commonNames = COMMON_INPUT_NAMES.filter(n => n !== 'report-path')
  const rootReader = new InputReader(options.source)
  try {
    plan = await planGates(options.source, options.root)
  } catch (error) {
    io.fail(`ci-suite: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  const shared = (name: string) =>
    (commonNames as readonly string[]).includes(name) ? options.source(name) : undefined
  // the gates run at once (a gate waiting on git, a network or a tool leaves the cores to the others); their logs
  // come out one gate after another, in the order of `gates`
  const outcomes: GateOutcome[] = await runInOrder(
    plan.map(gate => ({
      title: `ci-suite: ${gate.name}`,
      run: async log =>
        evaluateAction(await loadAction(gate.name), {
          source: layeredInputSource(mapInputSource(gate.mapping), shared),
          env: { ...env, GITHUB_ACTION: `${env.GITHUB_ACTION || 'local'}-${gate.name}` },
          io: withLog(io, log),
          secrets,
          cwd: options.cwd
        })
    })),
    io.log,
    text => secrets.redact(text)
  )
  const status = worstStatus(outcomes.map(o => o.report.status))
  const failing = outcomes.filter(o => o.report.status !== 'pass')
  const summary =
    failing.length === 0
      ? `${outcomes.length} of ${outcomes.length} gates passed`
      : `${failing.length} of ${outcomes.length} gates did not pass: ${failing.map(o => `${o.report.action} (${o.report.status})`).join(', ')}`
  const report: PipelineReport = {
    schema: 'ci-suite/report@1',
    action: 'ci-suite',
    status,
    summary,
    durationMs: Date.now() - started,
    gates: outcomes.map(o => o.report)
  }
  const reportPath = resolve(
    options.cwd ?? process.cwd(),
    rootReader.string('report-path') ?? defaultPipelineReportPath(env)
  )
  mkdirSync(dirname(reportPath), { recursive: true })
  writeFileSync(reportPath, secrets.redact(JSON.stringify(report, null, 2)) + '\n')
  const blocks: Block[] = [
    heading(2, `${STATUS_ICON[status]} ci-suite: ${status}`),
    paragraph(summary),
    table(
      ['gate', 'status', 'findings', 'duration'],
      outcomes.map(o => [
        o.report.action,
        `${STATUS_ICON[o.report.status]} ${o.report.status}`,
        o.outputs.findings ?? '0',
        `${(o.report.durationMs / 1000).toFixed(1)} s`
      ]),
      ['left', 'left', 'right', 'right']
    ),
    ...(outcomes.length > 1 ? [paragraph(atOnce(outcomes, report.durationMs))] : []),
    ...outcomes.flatMap(o =>
      o.blocks.map(b => (b.kind === 'heading' ? { ...b, level: Math.min(4, b.level + 1) as 3 | 4 } : b))
    )
  ]
  const exitCode: 0 | 1 = outcomes.some(o => o.exitCode === 1) ? 1 : 0
  const reasons = outcomes.filter(o => o.failureMessage && o.exitCode === 1).map(o => o.failureMessage)
  return publishStep(outcomes, io, {
    outputs: {
      status,
      findings: String(outcomes.reduce((n, o) => n + Number(o.outputs.findings ?? 0), 0)),
      report: reportPath
    },
    blocks,
    failureMessage: failing.length ? `ci-suite: ${reasons.length ? reasons.join('; ') : summary}` : undefined,
    exitCode
  })
}
