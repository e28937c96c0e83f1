/** Stand-ins for the services coverage-gate talks to, speaking their real protocols on 127.0.0.1 or the disk. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { CacheStore } from '@ci-suite/core'

/** A CacheStore over a folder with the Actions cache's rules: exact key first, then the newest entry per prefix. */
export function folderCache(): CacheStore & { keys(): string[] } {
  const root = mkdtempSync(join(tmpdir(), 'cov-cache-'))
  let clock = 0
  const order = new Map<string, number>()
  return {
    available: true,
    keys: () => [...order.keys()],
    async restore(paths, key, restoreKeys = []) {
      const entries = readdirSync(root)
      let hit = entries.includes(key) ? key : undefined
      for (const prefix of restoreKeys) {
        if (hit) break
        hit = entries.filter(e => e.startsWith(prefix)).sort((a, b) => (order.get(b) ?? 0) - (order.get(a) ?? 0))[0]
      }
      if (!hit) return undefined
      for (const p of paths) {
        const stored = join(root, hit, basename(p))
        if (!existsSync(stored)) continue
        mkdirSync(dirname(p), { recursive: true })
        copyFileSync(stored, p)
      }
      return hit
    },
    async save(paths, key) {
      if (existsSync(join(root, key))) return false
      mkdirSync(join(root, key))
      for (const p of paths) if (statSync(p).isFile()) copyFileSync(p, join(root, key, basename(p)))
      order.set(key, ++clock)
      return true
    }
  }
}

export const unavailableCache: CacheStore = {
  available: false,
  restore: async () => {
    throw new Error('cache service unreachable')
  },
  save: async () => false
}

export interface IssueComment {
  id: number
  body: string
  html_url: string
}

/** The issue-comments part of the GitHub REST API, for one repository. */
export async function fakeGitHub(options: { forbidden?: boolean; token: string }): Promise<{
  url: string
  comments: Map<number, IssueComment[]>
  requests: string[]
  close(): Promise<void>
}> {
  const comments = new Map<number, IssueComment[]>()
  const requests: string[] = []
  let nextId = 100
  const body = async (req: IncomingMessage): Promise<Record<string, unknown>> => {
    let text = ''
    for await (const chunk of req) text += chunk
    return text ? JSON.parse(text) : {}
  }
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push(`${req.method} ${url.pathname}`)
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(data))
    }
    if (
      req.headers.authorization !== `token ${options.token}` &&
      req.headers.authorization !== `Bearer ${options.token}`
    )
      return send(401, { message: 'Bad credentials' })
    if (options.forbidden && req.method !== 'GET')
      return send(403, { message: 'Resource not accessible by integration' })
    let m = /^\/repos\/octo\/demo\/issues\/(\d+)\/comments$/.exec(url.pathname)
    if (m) {
      const list = comments.get(Number(m[1])) ?? []
      comments.set(Number(m[1]), list)
      if (req.method === 'GET') {
        const perPage = Number(url.searchParams.get('per_page') ?? 30)
        const page = Number(url.searchParams.get('page') ?? 1)
        return send(200, list.slice((page - 1) * perPage, page * perPage))
      }
      if (req.method === 'POST') {
        const comment = {
          id: nextId++,
          body: String((await body(req)).body),
          html_url: `https://github.com/octo/demo/pull/${m[1]}#issuecomment-${nextId}`
        }
        list.push(comment)
        return send(201, comment)
      }
    }
    m = /^\/repos\/octo\/demo\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (m && req.method === 'PATCH') {
      const comment = [...comments.values()].flat().find(c => c.id === Number(m?.[1]))
      if (!comment) return send(404, { message: 'Not Found' })
      comment.body = String((await body(req)).body)
      return send(200, comment)
    }
    send(404, { message: 'Not Found' })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    comments,
    requests,
    close: () => new Promise(resolve => server.close(() => resolve()))
  }
}
