import type { ActionDefinition } from '@ci-suite/core'
import { readSbomInputs, type SbomInputs } from './inputs.js'
import { runSbom } from './run.js'

export type { SbomInputs, UploadMode } from './inputs.js'
export type { SbomComponent, SbomModel, SbomProject } from './model.js'
export { SBOM_FORMATS, type SbomFormat, renderSbom, sbomDocument } from './document.js'
export { buildSbomModel } from './build.js'
export { describeProject } from './project.js'
export { uploadReleaseAsset, uploadsBaseUrl } from './release/upload.js'

export const definition: ActionDefinition<SbomInputs> = {
  name: 'sbom',
  title: 'SBOM',
  failOn: { values: ['error', 'never'], default: 'error' },
  readInputs: readSbomInputs,
  run: runSbom
}
