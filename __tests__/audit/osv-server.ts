import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** An OSV record as osv.dev serves it (the fields the audit reads, shaped like real GHSA and PYSEC records). */
export interface OsvRecord {
  id: string
  modified: string
  summary?: string
  details?: string
  aliases?: string[]
  withdrawn?: string
  severity?: Array<{ type: string; score: string }>
  affected: Array<{
    package: { ecosystem: string; name: string; purl?: string }
    ranges?: Array<{ type: string; events: Array<Record<string, string>> }>
    versions?: string[]
    database_specific?: Record<string, unknown>
    ecosystem_specific?: Record<string, unknown>
  }>
  database_specific?: Record<string, unknown>
}

export interface NpmBulkAdvisory {
  id: number
  url: string
  title: string
  severity: string
  vulnerable_versions: string
  cvss?: { score: number; vectorString: string | null }
}

export interface OsvServerOptions {
  records: OsvRecord[]
  /** ids per page of one query's answer; beyond it the answer carries next_page_token */
  pageSize?: number
  /** answer this status to the first N requests of each path prefix, then normally */
  failFirst?: { path: string; times: number; status: number }
  /** answer every request under the path prefix with this status */
  failAlways?: { path: string; status: number }
  /** answer requests under the path prefix with a body that is not JSON */
  malformed?: { path: string }
  npmAdvisories?: Record<string, NpmBulkAdvisory[]>
  /** wait this long before each answer, as a hosted service's round trip would (bench/root-action) */
  latencyMs?: number
}

export interface RequestLog {
  method: string
  path: string
  body?: unknown
}

const pep503 = (name: string) => name.replace(/[-_.]+/g, '-').toLowerCase()

function compare(a: string, b: string): number {
  const pa = a
    .replace(/^v/, '')
    .split(/[.-]/)
    .map(x => (/^\d+$/.test(x) ? Number(x) : x))
  const pb = b
    .replace(/^v/, '')
    .split(/[.-]/)
    .map(x => (/^\d+$/.test(x) ? Number(x) : x))
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0
    const y = pb[i] ?? 0
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return 0
}

/** Whether a record affects ecosystem/name@version: its versions list, else its ranges' introduced/fixed intervals. */
export function affects(record: OsvRecord, ecosystem: string, name: string, version: string): boolean {
  return record.affected.some(a => {
    if (a.package.ecosystem !== ecosystem) return false
    if (ecosystem === 'PyPI' ? pep503(a.package.name) !== pep503(name) : a.package.name !== name) return false
    if (a.versions?.includes(version)) return true
    return (a.ranges ?? []).some(range => {
      let introduced: string | undefined
      for (const event of range.events) {
        if (event.introduced !== undefined) introduced = event.introduced
        const end = event.fixed ?? event.last_affected
        if (end !== undefined && introduced !== undefined) {
          const after = introduced === '0' || compare(version, introduced) >= 0
          const before = event.fixed !== undefined ? compare(version, end) < 0 : compare(version, end) <= 0
          if (after && before) return true
          introduced = undefined
        }
      }
      return introduced !== undefined && (introduced === '0' || compare(version, introduced) >= 0)
    })
  })
}

/**
 * A small server on 127.0.0.1 that speaks OSV's API (`POST /v1/querybatch`, `GET /v1/vulns/{id}`) and the npm
 * registry's bulk advisory endpoint, with the faults a real service shows (429, 500, a body that is not JSON).
 */
export class OsvServer {
  readonly log: RequestLog[] = []
  private server?: Server
  private readonly seen = new Map<string, number>()

  constructor(readonly options: OsvServerOptions) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo
    return `http://127.0.0.1:${address.port}`
  }

  count(prefix: string): number {
    return this.log.filter(r => r.path.startsWith(prefix)).length
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => this.server?.close(() => resolve()) ?? resolve())
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    const path = new URL(req.url ?? '/', 'http://x').pathname
    let body: unknown
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = text
    }
    this.log.push({ method: req.method ?? 'GET', path, body })
    if (this.options.latencyMs) await new Promise(resolve => setTimeout(resolve, this.options.latencyMs))
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', ...(status === 429 ? { 'retry-after': '0' } : {}) })
      res.end(typeof payload === 'string' ? payload : JSON.stringify(payload))
    }
    const { failFirst, failAlways, malformed } = this.options
    if (failAlways && path.startsWith(failAlways.path))
      return send(failAlways.status, { code: failAlways.status, message: 'unavailable' })
    if (failFirst && path.startsWith(failFirst.path)) {
      const n = (this.seen.get(failFirst.path) ?? 0) + 1
      this.seen.set(failFirst.path, n)
      if (n <= failFirst.times) return send(failFirst.status, { code: failFirst.status, message: 'slow down' })
    }
    if (malformed && path.startsWith(malformed.path)) return send(200, '{"results": [ {"vulns": [')

    if (req.method === 'POST' && path === '/v1/querybatch') return send(200, this.queryBatch(body))
    const vuln = /^\/v1\/vulns\/(.+)$/.exec(path)
    if (req.method === 'GET' && vuln) {
      const record = this.options.records.find(r => r.id === decodeURIComponent(vuln[1] as string))
      return record ? send(200, record) : send(404, { code: 5, message: 'Bug not found.' })
    }
    if (req.method === 'POST' && path === '/-/npm/v1/security/advisories/bulk') {
      const wanted = (body ?? {}) as Record<string, string[]>
      const answer: Record<string, NpmBulkAdvisory[]> = {}
      for (const name of Object.keys(wanted))
        if (this.options.npmAdvisories?.[name]) answer[name] = this.options.npmAdvisories[name]!
      return send(200, answer)
    }
    send(404, { code: 5, message: 'not found' })
  }

  private queryBatch(body: unknown) {
    const queries = ((body as { queries?: unknown[] })?.queries ?? []) as Array<{
      package: { ecosystem: string; name: string }
      version: string
      page_token?: string
    }>
    const pageSize = this.options.pageSize ?? 1000
    return {
      results: queries.map(q => {
        const ids = this.options.records
          .filter(r => affects(r, q.package.ecosystem, q.package.name, q.version))
          .map(r => ({ id: r.id, modified: r.modified }))
        const offset = q.page_token ? Number(q.page_token) : 0
        const page = ids.slice(offset, offset + pageSize)
        return offset + pageSize < ids.length
          ? { vulns: page, next_page_token: String(offset + pageSize) }
          : page.length > 0
            ? { vulns: page }
            : {}
      })
    }
  }
}
