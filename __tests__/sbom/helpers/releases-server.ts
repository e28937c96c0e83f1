import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface StoredAsset {
  id: number
  name: string
  content: string
  contentType?: string
}

export interface RecordedRequest {
  method: string
  path: string
  authorization?: string
}

export interface ReleasesServer {
  url: string
  /** the `upload_url` GitHub gives a release: a template on the uploads host (here `/api/uploads`, as on GHES) */
  uploadUrl(releaseId: number): string
  assets: Map<number, StoredAsset[]>
  requests: RecordedRequest[]
  close(): Promise<void>
}

export interface ReleasesServerOptions {
  owner: string
  repo: string
  /** tag → release id */
  releases: Record<string, number>
  /** a token without contents: write: reads work, writes answer 403 */
  readOnly?: boolean
}

/**
 * The slice of GitHub's REST API for release assets, on 127.0.0.1: get a release by tag, list its assets (paged),
 * delete an asset, and upload one on the uploads host. Answers as api.github.com does, including 403 for writes
 * with a read-only token, 404 for an unknown tag and 422 for a duplicate asset name.
 */
export async function startReleasesServer(options: ReleasesServerOptions): Promise<ReleasesServer> {
  const assets = new Map<number, StoredAsset[]>(Object.values(options.releases).map(id => [id, []]))
  const requests: RecordedRequest[] = []
  let nextAssetId = 1000
  let base = ''
  const repoPath = `/repos/${options.owner}/${options.repo}`
  const uploadUrl = (id: number) => `${base}/api/uploads${repoPath}/releases/${id}/assets{?name,label}`
  const assetJson = (releaseId: number, a: StoredAsset) => ({
    id: a.id,
    name: a.name,
    content_type: a.contentType,
    size: Buffer.byteLength(a.content),
    browser_download_url: `https://github.com/${options.owner}/${options.repo}/releases/download/r${releaseId}/${a.name}`
  })

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base)
    requests.push({ method: req.method ?? '', path: url.pathname, authorization: req.headers.authorization })
    const body = await readBody(req)
    const send = (status: number, data?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(data === undefined ? '' : JSON.stringify(data))
    }
    const forbidden = () => send(403, { message: 'Resource not accessible by integration', status: '403' })
    let m: RegExpExecArray | null
    if (req.method === 'GET' && (m = new RegExp(`^${repoPath}/releases/tags/(.+)$`).exec(url.pathname))) {
      const tag = decodeURIComponent(m[1] as string)
      const id = options.releases[tag]
      return id ? send(200, { id, tag_name: tag, upload_url: uploadUrl(id) }) : send(404, { message: 'Not Found' })
    }
    if (req.method === 'GET' && (m = new RegExp(`^${repoPath}/releases/(\\d+)/assets$`).exec(url.pathname))) {
      const list = assets.get(Number(m[1]))
      if (!list) return send(404, { message: 'Not Found' })
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      return send(
        200,
        list.slice((page - 1) * perPage, page * perPage).map(a => assetJson(Number(m?.[1]), a))
      )
    }
    if (req.method === 'DELETE' && (m = new RegExp(`^${repoPath}/releases/assets/(\\d+)$`).exec(url.pathname))) {
      if (options.readOnly) return forbidden()
      for (const list of assets.values()) {
        const at = list.findIndex(a => a.id === Number(m?.[1]))
        if (at >= 0) {
          list.splice(at, 1)
          return send(204)
        }
      }
      return send(404, { message: 'Not Found' })
    }
    if (
      req.method === 'POST' &&
      (m = new RegExp(`^/api/uploads${repoPath}/releases/(\\d+)/assets$`).exec(url.pathname))
    ) {
      if (options.readOnly) return forbidden()
      const releaseId = Number(m[1])
      const list = assets.get(releaseId)
      const name = url.searchParams.get('name')
      if (!list || !name) return send(404, { message: 'Not Found' })
      if (list.some(a => a.name === name)) {
        return send(422, {
          message: 'Validation Failed',
          errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]
        })
      }
      const asset = { id: nextAssetId++, name, content: body, contentType: req.headers['content-type'] }
      list.push(asset)
      return send(201, assetJson(releaseId, asset))
    }
    send(404, { message: 'Not Found' })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    uploadUrl,
    assets,
    requests,
    close: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise(resolve => {
    let data = ''
    req.setEncoding('utf8')
    req.on('data', chunk => (data += chunk))
    req.on('end', () => resolve(data))
  })
}
