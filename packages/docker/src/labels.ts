import { ConfigurationError } from '@ci-suite/core'

/** What the OCI labels are made of: the repository (from the event payload) and the build. */
export interface LabelSource {
  repositoryName: string
  description?: string
  /** the repository's web address */
  htmlUrl?: string
  /** the SPDX id of its licence */
  license?: string
  /** the image's version: the first tag */
  version?: string
  revision: string
  created: Date
}

/**
 * metadata-action's OCI labels (org.opencontainers.image.*), then the user's `labels` lines (`key=value`), which
 * win over a generated label of the same key; sorted by key. Empty generated values are left out.
 */
export function ociLabels(source: LabelSource, extra: string[]): Map<string, string> {
  const labels = new Map<string, string>()
  const generated: Array<[string, string | undefined]> = [
    ['title', source.repositoryName],
    ['description', source.description],
    ['url', source.htmlUrl],
    ['source', source.htmlUrl],
    ['version', source.version],
    ['created', source.created.toISOString()],
    ['revision', source.revision],
    ['licenses', source.license]
  ]
  for (const [key, value] of generated) {
    if (value) labels.set(`org.opencontainers.image.${key}`, value)
  }
  for (const line of extra) {
    const eq = line.indexOf('=')
    if (eq <= 0) throw new ConfigurationError(`labels: each line is key=value, got "${line}"`)
    labels.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim())
  }
  return new Map([...labels].sort(([a], [b]) => a.localeCompare(b)))
}

/** The repository facts of a push, pull_request or release payload's `repository` object. */
export function repositoryFacts(
  payload: Record<string, unknown>,
  fallbackName: string
): Omit<LabelSource, 'version' | 'revision' | 'created'> {
  const repository = (payload.repository ?? {}) as Record<string, unknown>
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined)
  const license = (repository.license ?? {}) as Record<string, unknown>
  const spdx = text(license.spdx_id)
  return {
    repositoryName: text(repository.name) ?? fallbackName,
    description: text(repository.description),
    htmlUrl: text(repository.html_url),
    license: spdx === 'NOASSERTION' ? undefined : spdx
  }
}
