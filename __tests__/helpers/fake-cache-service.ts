import { sendJson, startLocalServer, type LocalServer } from './local-server.js'

/**
 * The Actions cache service as @actions/cache v6 speaks it (cache service v2): twirp JSON calls on
 * ACTIONS_RESULTS_URL for CreateCacheEntry, FinalizeCacheEntryUpload and GetCacheEntryDownloadURL, and a blob store
 * behind the signed URLs (Azure block blob PUT, plain GET). Faults can be injected per call.
 */
export interface FakeCacheService extends LocalServer {
  entries: Map<string, { version: string; blob: string; size?: number }>
  blobs: Map<string, Buffer>
  /** answer the next n twirp calls with this status */
  failNext(status: number, times?: number): void
  /** the environment a runner gives a step that may use the cache */
  env(): Record<string, string>
}

const SERVICE = '/twirp/github.actions.results.api.v1.CacheService/'

export async function startFakeCacheService(): Promise<FakeCacheService> {
  const entries = new Map<string, { version: string; blob: string; size?: number }>()
  const blobs = new Map<string, Buffer>()
  const rawBodies = new Map<string, Buffer[]>()
  let failures: { status: number; times: number } | undefined
  let blobCounter = 0
  let url = ''
  const server = await startLocalServer(
    (req, res) => {
      if (req.url.startsWith(SERVICE)) {
        if (failures && failures.times > 0) {
          failures.times--
          return sendJson(res, failures.status, { code: 'internal', msg: 'injected failure' })
        }
        const method = req.url.slice(SERVICE.length)
        const body = JSON.parse(req.body || '{}')
        if (method === 'CreateCacheEntry') {
          if (entries.has(body.key)) return sendJson(res, 409, { code: 'already_exists', msg: 'cache entry exists' })
          const blob = `/devstoreaccount1/cache/${++blobCounter}`
          entries.set(body.key, { version: body.version, blob })
          return sendJson(res, 200, { ok: true, signedUploadUrl: `${url}${blob}?sig=upload` })
        }
        if (method === 'FinalizeCacheEntryUpload') {
          const entry = entries.get(body.key)
          if (!entry) return sendJson(res, 404, { code: 'not_found', msg: 'no entry' })
          entry.size = Number(body.sizeBytes ?? body.size_bytes ?? 0)
          return sendJson(res, 200, { ok: true, entryId: String(blobCounter) })
        }
        if (method === 'GetCacheEntryDownloadURL') {
          const keys = [body.key, ...(body.restoreKeys ?? body.restore_keys ?? [])]
          for (const key of keys) {
            const exact = entries.get(key)
            const match = exact ? [key, exact] : [...entries].reverse().find(([k]) => k.startsWith(key))
            if (match && (match[1] as { size?: number }).size !== undefined) {
              const [matchedKey, entry] = match as [string, { blob: string }]
              return sendJson(res, 200, { ok: true, signedDownloadUrl: `${url}${entry.blob}?sig=download`, matchedKey })
            }
          }
          return sendJson(res, 200, { ok: false })
        }
        return sendJson(res, 404, { code: 'bad_route', msg: method })
      }
      const path = req.url.split('?')[0]
      if (req.method === 'PUT') {
        // Azure single-shot upload (x-ms-blob-type: BlockBlob) or a block of a multi-block upload
        const query = new URLSearchParams(req.url.split('?')[1] ?? '')
        const body = Buffer.from(req.body, 'latin1')
        if (query.get('comp') === 'block') rawBodies.set(path, [...(rawBodies.get(path) ?? []), body])
        else if (query.get('comp') === 'blocklist') blobs.set(path, Buffer.concat(rawBodies.get(path) ?? []))
        else blobs.set(path, body)
        res.writeHead(201, {
          etag: '"0x1"',
          'last-modified': new Date().toUTCString(),
          'x-ms-request-id': '1',
          'x-ms-version': '2024-11-04'
        })
        return res.end()
      }
      if (req.method === 'GET' || req.method === 'HEAD') {
        const blob = blobs.get(path)
        if (!blob) {
          res.writeHead(404)
          return res.end()
        }
        res.writeHead(200, { 'content-length': String(blob.length), 'content-type': 'application/octet-stream' })
        return res.end(req.method === 'GET' ? blob : undefined)
      }
      res.writeHead(405)
      res.end()
    },
    { binaryBodies: true }
  )
  url = server.url
  return {
    ...server,
    entries,
    blobs,
    failNext(status: number, times = 1) {
      failures = { status, times }
    },
    env: () => ({
      ACTIONS_RESULTS_URL: `${url}/`,
      ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token',
      ACTIONS_CACHE_SERVICE_V2: 'true'
    })
  }
}
