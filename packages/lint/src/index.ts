import type { ActionDefinition } from '@ci-suite/core'
import { readLintInputs, type LintInputs } from './inputs.js'
import { runLintGate } from './run.js'

const FAIL_ON = { values: ['error', 'warning', 'never'], default: 'error' }

export const definition: ActionDefinition<LintInputs> = {
  name: 'lint-gate',
  title: 'Lint gate',
  failOn: FAIL_ON,
  readInputs: readLintInputs,
  run: runLintGate
}

export type { LintInputs } from './inputs.js'
export type { LinterAdapter, LinterId, ToolFinding } from './adapter.js'
export { ADAPTERS, adapterFor } from './adapters/index.js'
