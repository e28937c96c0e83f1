import { fetchWithRetry, type HttpResponse } from '@ci-suite/core'

/** The manifest media types a registry may answer with (Docker v2 and OCI, single images and indexes). */
export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ')

export interface RegistryCredentials {
  username: string
  password: string
}

/** Loopback registries speak plain HTTP (as the Docker daemon allows them), all others HTTPS; Docker Hub's API host. */
export function registryBaseUrl(host: string): string {
  if (host === 'docker.io') return 'https://registry-1.docker.io'
  const name = host.replace(/:\d+$/, '')
  const loopback = name === 'localhost' || name === '127.0.0.1' || name === '[::1]'
  return `${loopback ? 'http' : 'https'}://${host}`
}

/**
 * A small client of the OCI distribution API: answers basic and bearer-token challenges (ghcr.io, Docker Hub) with
 * the given credentials. Read-only: it only looks at tags and manifests.
 */
export class RegistryClient {
  private authorization?: string
  private readonly baseUrl: string
  /** told each bearer token it gets, so the caller can keep it out of every output */
  private readonly onToken: (token: string) => void

  constructor(
    host: string,
    private readonly credentials?: RegistryCredentials,
    options: { baseUrl?: string; onToken?: (token: string) => void } = {}
  ) {
    this.baseUrl = options.baseUrl ?? registryBaseUrl(host)
    this.onToken = options.onToken ?? (() => undefined)
  }

  /** The digest a tag points at, undefined when the tag does not exist. */
  async digestOf(repository: string, tag: string): Promise<string | undefined> {
    const response = await this.request('HEAD', `/v2/${repository}/manifests/${encodeURIComponent(tag)}`, repository, {
      Accept: MANIFEST_TYPES
    })
    if (response.status === 404) return undefined
    if (response.status !== 200) throw new Error(`HTTP ${response.status} for the manifest of ${repository}:${tag}`)
    return response.headers.get('docker-content-digest') ?? undefined
  }

  async tags(repository: string): Promise<string[]> {
    const response = await this.request('GET', `/v2/${repository}/tags/list?n=1000`, repository)
    if (response.status === 404) return []
    if (response.status !== 200) throw new Error(`HTTP ${response.status} for the tags of ${repository}`)
    const body = JSON.parse(response.body) as { tags?: string[] | null }
    return body.tags ?? []
  }

  private async request(
    method: string,
    path: string,
    repository: string,
    headers: Record<string, string> = {}
  ): Promise<HttpResponse> {
    const url = `${this.baseUrl}${path}`
    const send = () =>
      fetchWithRetry(
        url,
        { method, headers: { ...headers, ...(this.authorization ? { Authorization: this.authorization } : {}) } },
        { attempts: 2, timeoutMs: 15_000 }
      )
    let response = await send()
    if (response.status !== 401) return response
    const challenge = response.headers.get('www-authenticate') ?? ''
    const authorization = await this.answer(challenge, repository)
    if (!authorization) return response
    this.authorization = authorization
    response = await send()
    return response
  }

  private async answer(challenge: string, repository: string): Promise<string | undefined> {
    const basic = this.credentials
      ? `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`
      : undefined
    if (/^basic/i.test(challenge)) return basic
    if (!/^bearer/i.test(challenge)) return undefined
    const params = new Map<string, string>()
    for (const m of challenge.matchAll(/(\w+)="([^"]*)"/g)) params.set(m[1].toLowerCase(), m[2])
    const realm = params.get('realm')
    if (!realm) return undefined
    const tokenUrl = new URL(realm)
    if (params.get('service')) tokenUrl.searchParams.set('service', params.get('service')!)
    tokenUrl.searchParams.set('scope', params.get('scope') ?? `repository:${repository}:pull`)
    const response = await fetchWithRetry(
      tokenUrl.toString(),
      { headers: basic ? { Authorization: basic } : {} },
      { attempts: 2, timeoutMs: 15_000 }
    )
    if (response.status !== 200) return undefined
    const body = JSON.parse(response.body) as { token?: string; access_token?: string }
    const token = body.token ?? body.access_token
    if (!token) return undefined
    this.onToken(token)
    return `Bearer ${token}`
  }
}
