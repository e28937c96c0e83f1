import { ConfigurationError, mapInputSource, type Env } from '@ci-suite/core'
import { TerminalIO, evaluateAction, publishGate, stderr, stdout } from '@ci-suite/runtime'
import { readActionMetadata, type ActionMetadata } from './metadata.js'
import { runPipeline } from './pipeline.js'
import { actionNames, loadAction } from './registry.js'

export interface CliOptions {
  argv: string[]
  env: Env
  /** the suite's own folder */
  root: string
  cwd?: string
  out?: (text: string) => void
  err?: (text: string) => void
}

/** `run` is the root action (several gates, one summary), as `uses: org/ci-suite@v1` runs them. */
const PIPELINE_COMMAND = 'run'

async function usage(root: string): Promise<string> {
  const lines = [
    'Usage: npx ci-suite <action> [--<input> <value> ...]',
    '       npx ci-suite <action> --help',
    '',
    'Runs a ci-suite action at a terminal with the same code, inputs and report as on a runner.',
    '',
    'Actions:'
  ]
  for (const name of [...actionNames(), PIPELINE_COMMAND]) {
    const meta = await readActionMetadata(root, name === PIPELINE_COMMAND ? 'ci-suite' : name)
    lines.push(`  ${name.padEnd(16)} ${meta.description.split('\n')[0]}`)
  }
  lines.push('', 'Exit code 1 when a gate fails or cannot run; the JSON report path is printed at the end.')
  return lines.join('\n') + '\n'
}

function actionHelp(command: string, meta: ActionMetadata): string {
  const lines = [`Usage: npx ci-suite ${command} [--<input> <value> ...]`, '', meta.description.trim(), '', 'Inputs:']
  for (const [name, input] of Object.entries(meta.inputs)) {
    const fallback = input.default !== undefined && input.default !== '' ? ` (default: ${input.default})` : ''
    lines.push(`  --${name}${fallback}`, `      ${input.description.trim().replace(/\s*\n\s*/g, ' ')}`)
  }
  lines.push('', 'Outputs (in the JSON report and, on a runner, as step outputs):')
  for (const [name, output] of Object.entries(meta.outputs))
    lines.push(`  ${name.padEnd(16)} ${output.description.trim().replace(/\s*\n\s*/g, ' ')}`)
  return lines.join('\n') + '\n'
}

/** `--name value`, `--name=value`; a flag with no value is `true`. Every name must be an input of the action. */
export function parseFlags(args: string[], meta: ActionMetadata, command: string): Map<string, string> {
  const values = new Map<string, string>()
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (!arg.startsWith('--'))
      throw new ConfigurationError(`unexpected argument ${JSON.stringify(arg)}: inputs are given as --<input> <value>`)
    const eq = arg.indexOf('=')
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2)
    if (!(name in meta.inputs)) {
      throw new ConfigurationError(
        `${command} has no input --${name}; its inputs are ${Object.keys(meta.inputs)
          .map(n => `--${n}`)
          .join(', ')}`
      )
    }
    let value: string
    if (eq > 0) value = arg.slice(eq + 1)
    else if (i + 1 < args.length && !args[i + 1].startsWith('--')) value = args[++i]
    else value = 'true'
    values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value)
  }
  return values
}

/** The local CLI. Returns the exit code. */
export async function runCli(options: CliOptions): Promise<number> {
  const out = options.out ?? stdout.write
  const err = options.err ?? stderr.write
  const [command, ...rest] = options.argv
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out(await usage(options.root))
    return command ? 0 : 1
  }
  if (command !== PIPELINE_COMMAND && !actionNames().includes(command)) {
    err(`error: there is no action named ${JSON.stringify(command)}\n\n`)
    out(await usage(options.root))
    return 1
  }
  const meta = await readActionMetadata(options.root, command === PIPELINE_COMMAND ? 'ci-suite' : command)
  if (rest.includes('--help') || rest.includes('-h')) {
    out(actionHelp(command, meta))
    return 0
  }
  const io = new TerminalIO(out, err)
  let flags: Map<string, string>
  try {
    flags = parseFlags(rest, meta, command)
  } catch (error) {
    err(`error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  // a local run is not a workflow run, even inside one: no event, no runner files
  const env: Env = {
    ...options.env,
    GITHUB_OUTPUT: undefined,
    GITHUB_STEP_SUMMARY: undefined,
    GITHUB_EVENT_PATH: undefined,
    GITHUB_EVENT_NAME: undefined
  }
  if (command === PIPELINE_COMMAND) {
    return runPipeline({ source: mapInputSource(flags), env, io, root: options.root, cwd: options.cwd })
  }
  const definition = await loadAction(command)
  const outcome = await evaluateAction(definition, { source: mapInputSource(flags), env, io, cwd: options.cwd })
  const code = await publishGate(outcome, io)
  out(`\nReport: ${outcome.reportPath}\n`)
  return code
}
