import type { Logger, RetryPolicy } from '@ci-suite/core'
import { pep503Name, type Ecosystem, type LockedPackage } from '@ci-suite/lockfiles'
import type { AdvisorySource } from './inputs.js'
import { OsvClient } from './osv/client.js'
import type { OsvVulnerability } from './osv/types.js'
import { rateRecord, type SeverityRating } from './severity/record-severity.js'
import { bandOf, severityFromWord, severityRank, type Severity } from './severity/levels.js'
import { npmBulkAdvisories } from './sources/npm-advisories.js'
import { affectedEntry, compareVersions, fixedVersions } from './versions.js'
import { cvss3BaseScore } from './severity/cvss3.js'
import { cvss4BaseScore } from './severity/cvss4.js'

/** One advisory (all its ids merged) affecting one package version. */
export interface Advisory {
  /** the GHSA id when there is one, else the first id */
  id: string
  /** every other id it is known by (PYSEC-…, CVE-…) */
  aliases: string[]
  title: string
  url: string
  rating: SeverityRating
  fixedIn: string[]
  sources: AdvisorySource[]
}

/**
 * `ecosystem NUL name NUL version` as OSV spells them: PyPI names per PEP 503, Go versions without the `v` that go.mod
 * writes (OSV's Go records, and osv-scanner's queries, use bare semver).
 */
export function packageKey(ecosystem: Ecosystem, name: string, version: string): string {
  const osvName = ecosystem === 'PyPI' ? pep503Name(name) : name
  const osvVersion = ecosystem === 'Go' ? version.replace(/^v/, '') : version
  return `${ecosystem}\u0000${osvName}\u0000${osvVersion}`
}

export function isAuditable(pkg: LockedPackage): boolean {
  return (pkg.source ?? 'registry') === 'registry' && pkg.version !== ''
}

export interface AdvisoryLookup {
  byPackage: Map<string, Advisory[]>
  requests: { osvBatch: number; osvVulns: number; npm: number }
  cacheHits: number
  /** ids fetched over the network this run (to save to the cache) */
  fetched: number
}

export interface LookupOptions {
  sources: AdvisorySource[]
  osvUrl: string
  npmRegistryUrl: string
  logger: Logger
  cacheDir?: string
  retry?: Partial<RetryPolicy>
  /** how long each source may stay silent before it counts as down (SERVICE_SILENCE_LIMIT_MS by default) */
  silenceLimitMs?: number
  /** called after the batch query with the ids, before records are fetched (to restore the cache) */
  beforeRecords?: (ids: string[]) => Promise<void>
}

const PREFERRED_PREFIXES = ['GHSA-', 'PYSEC-', 'GO-', 'RUSTSEC-', 'CVE-']
function primaryId(ids: string[]): string {
  for (const prefix of PREFERRED_PREFIXES) {
    const hit = ids.filter(i => i.startsWith(prefix)).sort()[0]
    if (hit) return hit
  }
  return [...ids].sort()[0] as string
}

function betterRating(a: SeverityRating, b: SeverityRating): SeverityRating {
  const rank = (r: SeverityRating) =>
    (r.severity === 'unknown' ? 0 : severityRank(r.severity) * 10) + (r.basis === 'cvss' ? 1 : 0)
  if (rank(b) !== rank(a)) return rank(b) > rank(a) ? b : a
  return (b.score ?? 0) > (a.score ?? 0) ? b : a
}

/** Records that share an id or an alias are one advisory (a PYSEC record and the GHSA it aliases). */
function groupRecords(records: OsvVulnerability[]): OsvVulnerability[][] {
  const parent = new Map<string, string>()
  const find = (x: string): string => {
    let root = x
    while (parent.get(root) !== root) root = parent.get(root) ?? root
    parent.set(x, root)
    return root
  }
  const union = (a: string, b: string) => {
    if (!parent.has(a)) parent.set(a, a)
    if (!parent.has(b)) parent.set(b, b)
    parent.set(find(a), find(b))
  }
  for (const r of records) {
    union(r.id, r.id)
    for (const alias of r.aliases ?? []) union(r.id, alias)
  }
  const groups = new Map<string, OsvVulnerability[]>()
  for (const r of records) {
    const root = find(r.id)
    groups.set(root, [...(groups.get(root) ?? []), r])
  }
  return [...groups.values()]
}

function advisoryFromRecords(
  records: OsvVulnerability[],
  ecosystem: Ecosystem,
  name: string,
  version: string
): Advisory {
  const ids = [...new Set(records.flatMap(r => [r.id, ...(r.aliases ?? [])]))]
  // the id of a record we hold (OSV's own id), preferring GHSA's
  const id = primaryId(records.map(r => r.id))
  let rating: SeverityRating = { severity: 'unknown', basis: 'unknown' }
  const fixes = new Set<string>()
  for (const record of records) {
    rating = betterRating(rating, rateRecord(record, affectedEntry(record, ecosystem, name)?.index))
    for (const fix of fixedVersions(record, ecosystem, name, version)) fixes.add(fix)
  }
  const main = records.find(r => r.id === id) ?? records[0]!
  return {
    id,
    aliases: ids.filter(i => i !== id).sort(),
    title: (main.summary ?? records.find(r => r.summary)?.summary ?? main.details?.split('\n')[0] ?? id).trim(),
    url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}`,
    rating,
    fixedIn: [...fixes].sort(compareVersions),
    sources: ['osv']
  }
}

function npmRating(
  score: number | undefined,
  vector: string | null | undefined,
  severity: string | undefined
): SeverityRating {
  const computed = vector ? (cvss4BaseScore(vector) ?? cvss3BaseScore(vector)) : undefined
  if (computed !== undefined && vector) return { severity: bandOf(computed), score: computed, vector, basis: 'cvss' }
  if (score) return { severity: bandOf(score), score, basis: 'cvss' }
  const word = severityFromWord(severity)
  return word ? { severity: word, basis: 'database' } : { severity: 'unknown' as Severity, basis: 'unknown' }
}

/**
 * Asks each source about every distinct package version once. An unreachable source throws a ServiceError: the caller
 * turns it into status `error`, never into "no vulnerabilities".
 */
export async function lookupAdvisories(packages: LockedPackage[], options: LookupOptions): Promise<AdvisoryLookup> {
  const distinct = new Map<string, LockedPackage>()
  for (const pkg of packages) if (isAuditable(pkg)) distinct.set(packageKey(pkg.ecosystem, pkg.name, pkg.version), pkg)
  const keys = [...distinct.keys()]
  const byPackage = new Map<string, Advisory[]>()
  const requests = { osvBatch: 0, osvVulns: 0, npm: 0 }
  let cacheHits = 0
  let fetched = 0

  if (options.sources.includes('osv') && keys.length > 0) {
    const client = new OsvClient({
      url: options.osvUrl,
      logger: options.logger,
      cacheDir: options.cacheDir,
      retry: options.retry,
      silenceLimitMs: options.silenceLimitMs
    })
    const refs = await client.queryBatch(
      keys.map(key => {
        const [ecosystem, name, version] = key.split('\u0000') as [string, string, string]
        return { package: { ecosystem, name }, version }
      })
    )
    requests.osvBatch = client.requests
    const allRefs = refs.flat()
    await options.beforeRecords?.([...new Set(allRefs.map(r => r.id))])
    const records = await client.vulnerabilities(allRefs)
    requests.osvVulns = client.requests - requests.osvBatch
    cacheHits = client.cacheHits
    fetched = client.fetched.size
    keys.forEach((key, i) => {
      const pkg = distinct.get(key)!
      const found = (refs[i] ?? [])
        .map(r => records.get(r.id))
        .filter((r): r is OsvVulnerability => r !== undefined && !r.withdrawn)
      if (found.length > 0)
        byPackage.set(
          key,
          groupRecords(found).map(group => advisoryFromRecords(group, pkg.ecosystem, pkg.name, pkg.version))
        )
    })
  }

  if (options.sources.includes('npm')) {
    const npmPackages = [...distinct.values()].filter(p => p.ecosystem === 'npm')
    const { matches, requests: made } = await npmBulkAdvisories(
      options.npmRegistryUrl,
      npmPackages,
      options.retry,
      options.silenceLimitMs
    )
    requests.npm = made
    for (const match of matches) {
      const key = packageKey('npm', match.name, match.version)
      const list = byPackage.get(key) ?? []
      const existing = list.find(a => a.id === match.id || a.aliases.includes(match.id))
      if (existing) {
        if (!existing.sources.includes('npm')) existing.sources.push('npm')
        continue
      }
      list.push({
        id: match.id,
        aliases: [],
        title: match.advisory.title ?? match.id,
        url: match.advisory.url ?? `https://osv.dev/vulnerability/${match.id}`,
        rating: npmRating(match.advisory.cvss?.score, match.advisory.cvss?.vectorString, match.advisory.severity),
        fixedIn: [],
        sources: ['npm']
      })
      byPackage.set(key, list)
    }
  }
  return { byPackage, requests, cacheHits, fetched }
}
