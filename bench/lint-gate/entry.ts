// The bench's view of lint-gate: the action's own run() on a folder, in a fresh process, printing the per-tool
// durations and the wall time. Usage: node <bundle> <dir> <linters> [args as JSON]
import {
  InputReader,
  MemoryLogger,
  SecretRegistry,
  mapInputSource,
  noCache,
  parseEventContext
} from '../../packages/core/src/index.js'
import { definition } from '../../packages/lint/src/index.js'

const [dir, linters, args = '{}'] = process.argv.slice(2)
// `base` and `head` are common inputs (a pull request's range); the rest are lint-gate's
const { base, head, ...own } = JSON.parse(args) as Record<string, string>
const inputs = definition.readInputs(new InputReader(mapInputSource({ linters, filter: 'nofilter', ...own })))
const started = performance.now()
const result = await definition.run(inputs, {
  action: 'lint-gate',
  common: { workingDirectory: '.', failOn: 'error', base, head },
  event: parseEventContext({}, {}),
  env: process.env,
  workspace: dir,
  workingDirectory: dir,
  repoRoot: dir,
  tempDir: dir,
  logger: new MemoryLogger(),
  secrets: new SecretRegistry(),
  cache: noCache,
  mode: 'terminal'
})
const tools = result.metrics.tools as Record<
  string,
  { durationMs: number; findings: number; status: string; detail?: string }
>
// this process's own CPU (the tools' CPU is their children's, not counted here): what lint-gate itself costs
const cpu = process.cpuUsage()
console.log(
  JSON.stringify({
    runMs: Math.round(performance.now() - started),
    uptimeMs: Math.round(performance.now()),
    selfCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    status: result.status,
    tools
  })
)
// the action's entry exits as soon as its output is flushed (packages/suite/src/step.ts), whatever handles a tool's
// library left open: so does this, or start-up would also count the wait for those handles
process.stdout.write('', () => process.exit(0))
