import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../harness/run-action.js'

/** The local daemon and registry of .ci/services/docker.sh, started (idempotently) on first use. */
export interface DockerService {
  dockerHost: string
  /** 127.0.0.1:<port> */
  registry: string
  username: string
  password: string
}

export function dockerService(): DockerService {
  const dir = process.env.CI_SUITE_DOCKER_DIR || '/tmp/ci-suite-docker'
  execFileSync('bash', [join(REPO_ROOT, '.ci/services/docker.sh')], { stdio: ['ignore', 'ignore', 'inherit'] })
  const env = new Map<string, string>()
  for (const line of readFileSync(join(dir, 'env'), 'utf8').split('\n')) {
    const eq = line.indexOf('=')
    if (eq > 0) env.set(line.slice(0, eq), line.slice(eq + 1))
  }
  return {
    dockerHost: env.get('CI_SUITE_DOCKER_HOST')!,
    registry: env.get('CI_SUITE_REGISTRY')!,
    username: env.get('CI_SUITE_REGISTRY_USER')!,
    password: env.get('CI_SUITE_REGISTRY_PASSWORD')!
  }
}

/** Reads the registry's HTTP API directly (distribution spec v2), independent of the code under test. */
export class RegistryApi {
  constructor(private readonly service: DockerService) {}

  private async get(path: string, accept?: string): Promise<Response> {
    const auth = Buffer.from(`${this.service.username}:${this.service.password}`).toString('base64')
    return fetch(`http://${this.service.registry}${path}`, {
      headers: { Authorization: `Basic ${auth}`, ...(accept ? { Accept: accept } : {}) }
    })
  }

  async tags(repository: string): Promise<string[]> {
    const response = await this.get(`/v2/${repository}/tags/list`)
    if (response.status === 404) return []
    const body = (await response.json()) as { tags?: string[] | null }
    return [...(body.tags ?? [])].sort()
  }

  /** The manifest's digest and the image config's labels. */
  async image(repository: string, tag: string): Promise<{ digest: string; labels: Record<string, string> }> {
    const response = await this.get(
      `/v2/${repository}/manifests/${tag}`,
      'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json'
    )
    if (response.status !== 200) throw new Error(`HTTP ${response.status} for ${repository}:${tag}`)
    const digest = response.headers.get('docker-content-digest') ?? ''
    const manifest = (await response.json()) as { config: { digest: string } }
    const config = (await (await this.get(`/v2/${repository}/blobs/${manifest.config.digest}`)).json()) as {
      config?: { Labels?: Record<string, string> }
    }
    return { digest, labels: config.config?.Labels ?? {} }
  }
}
