import type { ActionDefinition } from '@ci-suite/core'
import { runSecretScan } from './action.js'
import { FAIL_ON, readSecretScanInputs, type SecretScanInputs } from './inputs.js'

export const definition: ActionDefinition<SecretScanInputs> = {
  name: 'secret-scan',
  title: 'Secret scan',
  failOn: FAIL_ON,
  readInputs: readSecretScanInputs,
  run: runSecretScan
}

export type { SecretScanInputs } from './inputs.js'
export type { SecretFinding } from './scanner.js'
export { builtinRules, BUILTIN_SPECS } from './rules/builtin.js'
export { Detector } from './engine/detector.js'
export { redactSecret } from './report/redact.js'
