import type { ActionDefinition } from '@ci-suite/core'
import { FAIL_ON, readAuditInputs, type AuditInputs } from './inputs.js'
import { runAudit } from './run.js'

export const definition: ActionDefinition<AuditInputs> = {
  name: 'audit',
  title: 'Dependency audit',
  failOn: FAIL_ON,
  readInputs: readAuditInputs,
  run: runAudit
}

export { readAuditInputs, FAIL_ON, type AuditInputs } from './inputs.js'
export { cvss3BaseScore } from './severity/cvss3.js'
export { cvss4BaseScore } from './severity/cvss4.js'
export { OsvClient } from './osv/client.js'
