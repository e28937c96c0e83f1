import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { RegistryClient, registryBaseUrl } from './client.js'
import { findPreviousImage, rollbackCommand } from './previous-image.js'

const digest = (c: string) => `sha256:${c.repeat(64)}`

/**
 * A registry that speaks ghcr.io's token protocol: 401 with a Bearer challenge, a token endpoint that takes the
 * basic credentials, then manifests by tag (HEAD, with Docker-Content-Digest) and the tag list.
 */
function ghcrLikeRegistry(manifests: Record<string, string>) {
  const seen: string[] = []
  const token = ['reg', 'istry', '-token-', Date.now()].join('')
  const basic = `Basic ${Buffer.from('octocat:pass-word').toString('base64')}`
  const server: Server = createServer((request: IncomingMessage, response) => {
    const url = new URL(request.url ?? '/', 'http://x')
    seen.push(`${request.method} ${url.pathname}${url.search}`)
    if (url.pathname === '/token') {
      if (request.headers.authorization !== basic) return void response.writeHead(401).end()
      response.writeHead(200, { 'Content-Type': 'application/json' })
      return void response.end(JSON.stringify({ token }))
    }
    if (request.headers.authorization !== `Bearer ${token}`) {
      const realm = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`
      response.writeHead(401, {
        'WWW-Authenticate': `Bearer realm="${realm}",service="ghcr.io",scope="repository:octo/demo:pull"`
      })
      return void response.end()
    }
    const manifest = /^\/v2\/octo\/demo\/manifests\/(.+)$/.exec(url.pathname)
    if (manifest) {
      const found = manifests[manifest[1]]
      if (!found) return void response.writeHead(404).end()
      response.writeHead(200, { 'Docker-Content-Digest': found })
      return void response.end()
    }
    if (url.pathname === '/v2/octo/demo/tags/list') {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      return void response.end(JSON.stringify({ name: 'octo/demo', tags: Object.keys(manifests).sort() }))
    }
    response.writeHead(404).end()
  })
  return { server, seen, token }
}

describe('the registry client and the previous image', () => {
  const registry = ghcrLikeRegistry({
    latest: digest('a'),
    main: digest('a'),
    'sha-1111111': digest('1'),
    'sha-2222222': digest('a'),
    '1.2.3': digest('1')
  })
  let baseUrl = ''
  beforeAll(async () => {
    await new Promise<void>(resolve => registry.server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(registry.server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise(resolve => registry.server.close(resolve)))

  test('answers a bearer challenge with the credentials, hands the token to the caller, and reads a digest', async () => {
    const tokens: string[] = []
    const client = new RegistryClient(
      'ghcr.io',
      { username: 'octocat', password: 'pass-word' },
      { baseUrl, onToken: t => tokens.push(t) }
    )
    expect(await client.digestOf('octo/demo', 'latest')).toBe(digest('a'))
    expect(await client.digestOf('octo/demo', 'nope')).toBeUndefined()
    expect(tokens).toEqual([registry.token])
    expect(registry.seen).toContain('GET /token?service=ghcr.io&scope=repository%3Aocto%2Fdemo%3Apull')
  })

  test('the previous image is what latest pointed at, named by the sha tag that still points there', async () => {
    const client = new RegistryClient('ghcr.io', { username: 'octocat', password: 'pass-word' }, { baseUrl })
    const previous = await findPreviousImage(client, 'octo/demo', ['main', 'latest', 'sha-3333333'])
    expect(previous).toEqual({ tag: 'latest', digest: digest('a'), namedTag: 'sha-2222222' })
  })

  test('immutable tags (sha-, x.y.z) are no rollback target, and a first release has none', async () => {
    const client = new RegistryClient('ghcr.io', { username: 'octocat', password: 'pass-word' }, { baseUrl })
    expect(await findPreviousImage(client, 'octo/demo', ['1.2.3', 'sha-1111111'])).toBeUndefined()
    expect(await findPreviousImage(client, 'octo/demo', ['feature-x', 'sha-4444444'])).toBeUndefined()
  })
})

describe('rollback commands', () => {
  const previous = { tag: 'latest', digest: digest('a') }
  test.each([
    [
      false,
      `docker pull ghcr.io/o/r@${digest('a')} && docker tag ghcr.io/o/r@${digest('a')} ghcr.io/o/r:latest && docker push ghcr.io/o/r:latest`
    ],
    [true, `docker buildx imagetools create --tag ghcr.io/o/r:latest ghcr.io/o/r@${digest('a')}`]
  ])('multi-platform %s: %s', (multi, expected) => {
    expect(rollbackCommand('ghcr.io/o/r', previous, multi)).toBe(expected)
  })
})

test.each([
  ['ghcr.io', 'https://ghcr.io'],
  ['docker.io', 'https://registry-1.docker.io'],
  ['127.0.0.1:5055', 'http://127.0.0.1:5055'],
  ['localhost:5000', 'http://localhost:5000']
])('registry %s is spoken to at %s', (host, url) => {
  expect(registryBaseUrl(host)).toBe(url)
})
