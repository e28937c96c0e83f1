import { ConfigurationError, type InputReader } from '@ci-suite/core'
import type { LinterId } from './adapter.js'
import { adapterFor, LINTER_IDS } from './adapters/index.js'
import { splitArgs } from './split-args.js'

export const FILTER_MODES = ['added', 'file', 'nofilter'] as const
export type FilterMode = (typeof FILTER_MODES)[number]

export interface LintInputs {
  /** detect from the repository (`auto`), plus any listed by name */
  auto: boolean
  linters: LinterId[]
  /** extra command-line arguments per linter (input `args`) */
  args: Map<LinterId, string[]>
  /** globs relative to the working directory */
  exclude: string[]
  /** undefined: `added` on pull requests and wherever `base` is given, `nofilter` elsewhere */
  filter?: FilterMode
  install: boolean
  sarif: boolean
  /** per tool, in minutes */
  timeoutMinutes: number
}

function linterId(name: string, input: string): LinterId {
  const adapter = adapterFor(name)
  if (!adapter)
    throw new ConfigurationError(`${input}: unknown linter "${name}"; known linters: auto, ${LINTER_IDS.join(', ')}`)
  return adapter.id
}

export function readLintInputs(reader: InputReader): LintInputs {
  const listed = reader.list('linters', ['auto'])
  const auto = listed.some(l => l.toLowerCase() === 'auto')
  const linters = [...new Set(listed.filter(l => l.toLowerCase() !== 'auto').map(l => linterId(l, 'linters')))]
  const args = new Map<LinterId, string[]>()
  for (const [name, value] of reader.mapping('args'))
    args.set(linterId(name, 'args'), splitArgs(value, `args: ${name}`))
  const filterValue = reader.string('filter')
  return {
    auto,
    linters,
    args,
    exclude: reader.list('exclude'),
    filter: filterValue === undefined ? undefined : reader.choice('filter', FILTER_MODES, 'nofilter'),
    install: reader.boolean('install', false),
    sarif: reader.boolean('sarif', false),
    timeoutMinutes: reader.number('timeout-minutes', 15, { min: 1, max: 360 })
  }
}
