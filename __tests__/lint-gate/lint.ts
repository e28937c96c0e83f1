import { InputReader, mapInputSource, type ActionResult, type CacheStore, type Env } from '@ci-suite/core'
import { definition } from '@ci-suite/lint'
import { testContext } from '../helpers/action-context.js'
import { testPath } from './projects.js'

export interface LintRun {
  result: ActionResult
  tools: Record<
    string,
    { status: string; exitCode: number | null; findings: number; outsideFilter: number; detail?: string; via?: string }
  >
}

/** Calls lint-gate's run() on a folder with inputs as the runner would give them. */
export async function lint(
  dir: string,
  inputs: Record<string, string>,
  options: {
    workingDirectory?: string
    path?: string[]
    cache?: CacheStore
    env?: Env
    failOn?: string
    payload?: Record<string, unknown>
    base?: string
    head?: string
  } = {}
): Promise<LintRun> {
  const parsed = definition.readInputs(new InputReader(mapInputSource(inputs)))
  const context = testContext('lint-gate', {
    workingDirectory: options.workingDirectory ?? dir,
    repoRoot: dir,
    env: { PATH: testPath(...(options.path ?? [])), ...options.env },
    payload: options.payload,
    cache: options.cache,
    common: { workingDirectory: '.', failOn: options.failOn ?? 'error', base: options.base, head: options.head }
  })
  const result = await definition.run(parsed, context)
  return { result, tools: result.metrics.tools as LintRun['tools'] }
}
