import { ServiceError, fetchJson, type Logger, type RetryPolicy } from '@ci-suite/core'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mapWithConcurrency } from '../concurrency.js'
import { SERVICE_SILENCE_LIMIT_MS, ServiceSilence } from '../service-silence.js'
import { isBatchResult, isOsvRecord } from './record-shape.js'
import type { OsvBatchResponse, OsvPackageQuery, OsvVulnerability } from './types.js'

/** osv.dev's limit per querybatch request (OSV's Go bindings: MaxQueriesPerQueryBatchRequest). */
export const OSV_BATCH_LIMIT = 1000

export interface VulnerabilityRef {
  id: string
  modified?: string
}

export interface OsvClientOptions {
  /** the API base, e.g. https://api.osv.dev */
  url: string
  logger: Logger
  /** concurrent GET /v1/vulns requests */
  concurrency?: number
  retry?: Partial<RetryPolicy>
  /** a folder that keeps fetched records between runs (restored and saved through the Actions cache) */
  cacheDir?: string
  /** how long the client waits for the service to answer anything before it gives up (retries included) */
  silenceLimitMs?: number
}

/**
 * The OSV API client: `POST /v1/querybatch` in chunks of at most 1000 queries, re-sending only the queries that
 * carry a `next_page_token`; then `GET /v1/vulns/{id}` once per distinct id, from the run's memory or the cache
 * folder when the cached record is as new as the batch answer says.
 */
export class OsvClient {
  /** HTTP requests made (retries included only once: fetchWithRetry counts as one call here) */
  requests = 0
  cacheHits = 0
  readonly fetched = new Set<string>()
  private readonly records = new Map<string, Promise<OsvVulnerability>>()
  private readonly base: string
  private readonly service: string
  private readonly silence: ServiceSilence

  constructor(private readonly options: OsvClientOptions) {
    this.base = options.url.replace(/\/+$/, '')
    this.service = `OSV (${new URL(this.base).host})`
    this.silence = new ServiceSilence(this.service, options.silenceLimitMs ?? SERVICE_SILENCE_LIMIT_MS, 'osv-url')
  }

  async queryBatch(queries: OsvPackageQuery[]): Promise<VulnerabilityRef[][]> {
    const results: VulnerabilityRef[][] = queries.map(() => [])
    let pending = queries.map((query, index) => ({ index, query }))
    for (let round = 0; pending.length > 0; round++) {
      if (round > 100)
        throw new ServiceError(`${this.service} kept sending next_page_token after 100 pages: try again later`)
      const next: typeof pending = []
      for (let start = 0; start < pending.length; start += OSV_BATCH_LIMIT) {
        const chunk = pending.slice(start, start + OSV_BATCH_LIMIT)
        this.requests++
        const response = await this.silence.bound(retry =>
          fetchJson<OsvBatchResponse>(
            `${this.base}/v1/querybatch`,
            { method: 'POST', body: { queries: chunk.map(c => c.query) } },
            { ...this.options.retry, ...retry },
            this.service
          )
        )
        if (!response || !Array.isArray(response.results) || response.results.length !== chunk.length) {
          throw new ServiceError(
            `${this.service} answered querybatch with ${Array.isArray(response?.results) ? response.results.length : 'no'} results for ${chunk.length} queries: try again later`
          )
        }
        if (!response.results.every(isBatchResult))
          throw new ServiceError(`${this.service} answered querybatch with results of the wrong shape: try again later`)
        response.results.forEach((result, i) => {
          const { index, query } = chunk[i] as (typeof chunk)[number]
          for (const vuln of result.vulns ?? []) if (vuln && typeof vuln.id === 'string') results[index]?.push(vuln)
          if (result.next_page_token) next.push({ index, query: { ...query, page_token: result.next_page_token } })
        })
      }
      pending = next
    }
    return results
  }

  /** Full records for the refs, each id fetched at most once per run. */
  async vulnerabilities(refs: VulnerabilityRef[]): Promise<Map<string, OsvVulnerability>> {
    const distinct = new Map<string, VulnerabilityRef>()
    for (const ref of refs) if (!distinct.has(ref.id)) distinct.set(ref.id, ref)
    const records = await mapWithConcurrency([...distinct.values()], this.options.concurrency ?? 8, ref =>
      this.vulnerability(ref)
    )
    return new Map(records.map(r => [r.id, r]))
  }

  vulnerability(ref: VulnerabilityRef): Promise<OsvVulnerability> {
    let record = this.records.get(ref.id)
    if (!record) {
      record = this.load(ref)
      this.records.set(ref.id, record)
    }
    return record
  }

  private cachePath(id: string): string | undefined {
    return this.options.cacheDir
      ? join(this.options.cacheDir, `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.json`)
      : undefined
  }

  private async load(ref: VulnerabilityRef): Promise<OsvVulnerability> {
    const path = this.cachePath(ref.id)
    if (path && existsSync(path)) {
      try {
        const cached = JSON.parse(readFileSync(path, 'utf8')) as OsvVulnerability
        if (isOsvRecord(cached) && cached.id === ref.id && (!ref.modified || cached.modified === ref.modified)) {
          this.cacheHits++
          return cached
        }
      } catch {
        // a damaged cache entry is fetched again
      }
    }
    this.requests++
    const record = await this.silence.bound(retry =>
      fetchJson<OsvVulnerability>(
        `${this.base}/v1/vulns/${encodeURIComponent(ref.id)}`,
        {},
        { ...this.options.retry, ...retry },
        this.service
      )
    )
    if (!isOsvRecord(record)) {
      throw new ServiceError(`${this.service} sent no readable OSV record for ${ref.id}: try again later`)
    }
    this.fetched.add(ref.id)
    if (path) {
      try {
        mkdirSync(this.options.cacheDir as string, { recursive: true })
        writeFileSync(path, JSON.stringify(record))
      } catch (error) {
        this.options.logger.debug(`could not cache ${ref.id}: ${(error as Error).message}`)
      }
    }
    return record
  }
}
