import type { ActionDefinition } from '@ci-suite/core'
import { readCoverageInputs, type CoverageInputs } from './inputs.js'
import { runCoverageGate } from './run.js'

export type { CoverageInputs } from './inputs.js'
export * from './model.js'
export { parseReport, detectFormat } from './formats/detect.js'
export { mergeReports } from './report/merge.js'
export { sumTotals, formatPercent, headlineRule, roundingFor } from './report/totals.js'
export { patchCoverage } from './gates/patch.js'

export const definition: ActionDefinition<CoverageInputs> = {
  name: 'coverage-gate',
  title: 'Coverage gate',
  failOn: { values: ['error', 'never'], default: 'error' },
  readInputs: readCoverageInputs,
  run: runCoverageGate
}
