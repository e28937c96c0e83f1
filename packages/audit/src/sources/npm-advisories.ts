import { ServiceError, fetchJson, type RetryPolicy } from '@ci-suite/core'
import semver from 'semver'
import { SERVICE_SILENCE_LIMIT_MS, ServiceSilence } from '../service-silence.js'

/** One advisory of the npm registry's bulk endpoint (arborist's `{ id, url, title, severity, vulnerable_versions }`). */
export interface NpmAdvisory {
  id: number | string
  url?: string
  title?: string
  severity?: string
  vulnerable_versions?: string
  cwe?: string[]
  cvss?: { score?: number; vectorString?: string | null }
}

export interface NpmAdvisoryMatch {
  name: string
  version: string
  advisory: NpmAdvisory
  /** the GHSA id from the advisory's URL, else `npm-<id>` */
  id: string
}

const optionalString = (v: unknown) => v === undefined || v === null || typeof v === 'string'

/** The fields read below have the types arborist expects; anything else is a damaged answer, not "no advisory". */
function isAdvisory(v: unknown): v is NpmAdvisory {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const a = v as Record<string, unknown>
  const cvss = a.cvss as Record<string, unknown> | undefined | null
  return (
    (typeof a.id === 'number' || typeof a.id === 'string') &&
    optionalString(a.url) &&
    optionalString(a.title) &&
    optionalString(a.severity) &&
    optionalString(a.vulnerable_versions) &&
    (cvss === undefined ||
      cvss === null ||
      (typeof cvss === 'object' &&
        (cvss.score === undefined || cvss.score === null || typeof cvss.score === 'number') &&
        optionalString(cvss.vectorString)))
  )
}

/**
 * `POST {registry}/-/npm/v1/security/advisories/bulk` with `{ name: [versions] }`; the answer maps names to advisories,
 * matched here against each installed version with `vulnerable_versions` (as arborist does).
 */
export async function npmBulkAdvisories(
  registryUrl: string,
  packages: Array<{ name: string; version: string }>,
  retry: Partial<RetryPolicy> = {},
  silenceLimitMs = SERVICE_SILENCE_LIMIT_MS
): Promise<{ matches: NpmAdvisoryMatch[]; requests: number }> {
  const body: Record<string, string[]> = {}
  for (const p of packages) {
    const versions = (body[p.name] ??= [])
    if (!versions.includes(p.version)) versions.push(p.version)
  }
  if (Object.keys(body).length === 0) return { matches: [], requests: 0 }
  const base = registryUrl.replace(/\/+$/, '')
  const service = `the npm registry (${new URL(base).host})`
  const answer = await new ServiceSilence(service, silenceLimitMs, 'npm-registry-url').bound(deadline =>
    fetchJson<Record<string, NpmAdvisory[]>>(
      `${base}/-/npm/v1/security/advisories/bulk`,
      { method: 'POST', body },
      { ...retry, ...deadline },
      service
    )
  )
  if (!answer || typeof answer !== 'object' || Array.isArray(answer)) {
    throw new ServiceError(
      `${service} answered the bulk advisory request with something other than an object: try again later`
    )
  }
  const matches: NpmAdvisoryMatch[] = []
  for (const [name, advisories] of Object.entries(answer)) {
    if (!Array.isArray(advisories) || !advisories.every(isAdvisory))
      throw new ServiceError(`${service} answered with advisories of the wrong shape for ${name}: try again later`)
    for (const version of body[name] ?? []) {
      for (const advisory of advisories) {
        const range = advisory.vulnerable_versions ?? '*'
        if (!semver.valid(version) || !semver.satisfies(version, range, { includePrerelease: true })) continue
        const ghsa = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/.exec(advisory.url ?? '')?.[0]
        matches.push({ name, version, advisory, id: ghsa ?? `npm-${advisory.id}` })
      }
    }
  }
  return { matches, requests: 1 }
}
