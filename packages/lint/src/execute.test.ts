import { describe, expect, test } from '@jest/globals'
import type { LinterAdapter, ToolFinding } from './adapter.js'
import { ParseError } from '@ci-suite/core'
import { runLinter, type ExecuteOptions } from './execute.js'
import { ProcessSlots } from './pool.js'

/** a tool whose executable is printf, so that it is found and starts fast; its in-process parts are the test's */
const tool = (parts: Partial<LinterAdapter>): LinterAdapter => ({
  id: 'prettier',
  title: 'slowtool',
  executable: 'printf',
  ecosystem: 'node',
  install: 'npm install slowtool',
  kind: 'formatter',
  filePatterns: ['**/*.js'],
  exitCodes: [0, 1],
  args: ({ files }) => ['%s\\n', ...files],
  parse: ({ stdout }) =>
    stdout
      .split('\n')
      .filter(Boolean)
      .map((file): ToolFinding => ({ ruleId: 'format', severity: 'error', message: 'not formatted', file })),
  check: 'slowtool --check .',
  ...parts
})

const options = (timeoutMs: number): ExecuteOptions => ({
  cwd: process.cwd(),
  searchPath: (process.env.PATH ?? '/usr/bin:/bin').split(':'),
  env: process.env,
  files: ['a.js', 'b.js'],
  extraArgs: [],
  exclude: [],
  timeoutMs,
  slots: new ProcessSlots(2),
  priority: 0
})

const never = <T>(): Promise<T> => new Promise<T>(() => {})

describe('a tool that runs in this process', () => {
  test('as a library that never answers, is an error after the timeout that says so, and frees its slot', async () => {
    const opts = options(200)
    const started = Date.now()
    const run = await runLinter({ adapter: tool({ library: never }), reason: 'test', configured: true }, opts)
    expect(run).toMatchObject({ outcome: 'error', via: 'library', detail: 'slowtool did not finish within 0 s' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(190)
    // the slot is free again: another run starts and finishes (with time enough to start a process on a busy machine)
    const next = await runLinter(
      { adapter: tool({}), reason: 'test', configured: true },
      { ...opts, timeoutMs: 60_000 }
    )
    expect(next.findings.map(f => f.file)).toEqual(['a.js', 'b.js'])
  })

  test('as a WebAssembly build (no executable) that never answers, is an error after the timeout', async () => {
    const run = await runLinter(
      { adapter: tool({ executable: 'no-such-slowtool', inProcess: never }), reason: 'test', configured: true },
      options(200)
    )
    expect(run).toMatchObject({ outcome: 'error', detail: 'slowtool did not finish within 0 s' })
  })

  test('as a step that completes the findings and never ends, leaves the findings as the tool gave them', async () => {
    // the limit also bounds the tool's process, so it leaves a busy machine time to start one
    const run = await runLinter({ adapter: tool({ complete: never }), reason: 'test', configured: true }, options(1500))
    expect(run.outcome).toBe('ran')
    expect(run.findings).toEqual([
      { ruleId: 'format', severity: 'error', message: 'not formatted', file: 'a.js' },
      { ruleId: 'format', severity: 'error', message: 'not formatted', file: 'b.js' }
    ])
  })

  test('as a library that answers in time, gives its findings; the processes it starts get the same limit', async () => {
    let given: number | undefined
    const library = async (context: { timeoutMs: number; files: string[] }) => {
      given = context.timeoutMs
      return context.files.map((file): ToolFinding => ({ ruleId: 'lib', severity: 'warning', message: 'm', file }))
    }
    const run = await runLinter({ adapter: tool({ library }), reason: 'test', configured: true }, options(60_000))
    expect(run).toMatchObject({ outcome: 'ran', via: 'library', processes: 0 })
    expect(run.findings.map(f => f.file)).toEqual(['a.js', 'b.js'])
    expect(given).toBe(60_000)
  })
})

describe('a tool whose output cannot be read', () => {
  test('is an error that shows the end of what it said, each line clipped', async () => {
    const parse = () => {
      throw new ParseError('slowtool output', 'not the JSON slowtool writes')
    }
    const long = 'x'.repeat(100_000)
    const run = await runLinter(
      { adapter: tool({ parse, args: () => ['%s\\n', 'first', long] }), reason: 'test', configured: true },
      options(60_000)
    )
    expect(run.outcome).toBe('error')
    expect(run.detail).toContain("slowtool's output could not be read (not the JSON slowtool writes)")
    expect(run.detail).toContain('first\n' + 'x'.repeat(300) + ' … (99700 more characters)')
    expect(run.detail!.length).toBeLessThan(500)
  })
})
