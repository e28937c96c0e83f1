import { ConfigurationError, type InputReader } from '@ci-suite/core'
import { defaultOutputFile, SBOM_FORMATS, type SbomFormat } from './document.js'

export const UPLOAD_MODES = ['auto', 'always', 'never'] as const
export type UploadMode = (typeof UPLOAD_MODES)[number]

export interface SbomInputs {
  format: SbomFormat
  /** where the SBOM is written, relative to the working directory */
  output: string
  includeDev: boolean
  /** lockfiles relative to the working directory; empty: discover them */
  files: string[]
  /** globs (relative to the working directory) that discovery leaves out */
  exclude: string[]
  upload: UploadMode
  releaseTag?: string
}

/** Every sbom input, read and checked in one place. */
export function readSbomInputs(reader: InputReader): SbomInputs {
  const format = reader.choice('format', SBOM_FORMATS, 'cyclonedx-json')
  const output = reader.string('output', defaultOutputFile(format))
  if (output.endsWith('/'))
    throw new ConfigurationError(
      `output must name a file (e.g. ${defaultOutputFile(format)}); got the folder ${JSON.stringify(output)}`
    )
  const upload = reader.choice('upload', UPLOAD_MODES, 'auto')
  const releaseTag = reader.string('release-tag')
  return {
    format,
    output,
    includeDev: reader.boolean('include-dev', false),
    files: reader.list('files'),
    exclude: reader.list('exclude'),
    upload,
    ...(releaseTag ? { releaseTag } : {})
  }
}
