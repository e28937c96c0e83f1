import { writeCycloneDx } from './formats/cyclonedx.js'
import { writeSpdx } from './formats/spdx.js'
import type { DocumentIdentity, SbomModel, ToolInfo } from './model.js'

export const SBOM_FORMATS = ['cyclonedx-json', 'cyclonedx-json@1.6', 'cyclonedx-json@1.5', 'spdx-json'] as const
export type SbomFormat = (typeof SBOM_FORMATS)[number]

export function formatLabel(format: SbomFormat): string {
  if (format === 'spdx-json') return 'SPDX 2.3 JSON'
  return `CycloneDX ${format === 'cyclonedx-json@1.5' ? '1.5' : '1.6'} JSON`
}

export function defaultOutputFile(format: SbomFormat): string {
  return format === 'spdx-json' ? 'sbom.spdx.json' : 'sbom.cdx.json'
}

/** The document as an object, in the stable key and item order the writers give. */
export function sbomDocument(
  model: SbomModel,
  format: SbomFormat,
  identity: DocumentIdentity,
  tool: ToolInfo
): Record<string, unknown> {
  if (format === 'spdx-json') return writeSpdx(model, identity, tool)
  return writeCycloneDx(model, identity, tool, format === 'cyclonedx-json@1.5' ? '1.5' : '1.6')
}

/** Two-space JSON with a final newline, so that two runs diff line by line. */
export function renderSbom(model: SbomModel, format: SbomFormat, identity: DocumentIdentity, tool: ToolInfo): string {
  return `${JSON.stringify(sbomDocument(model, format, identity, tool), null, 2)}\n`
}
