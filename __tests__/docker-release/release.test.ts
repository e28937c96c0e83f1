import { beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ConfigurationError,
  InputReader,
  ServiceError,
  mapInputSource,
  renderMarkdown,
  type ActionResult,
  type Block
} from '@ci-suite/core'
import { definition } from '@ci-suite/docker'
import { testContext } from '../helpers/action-context.js'
import { RegistryApi, dockerService, type DockerService } from './registry-api.js'

// End to end against a real Docker daemon and a real registry with htpasswd auth (.ci/services/docker.sh).

let service: DockerService
let registry: RegistryApi

beforeAll(() => {
  service = dockerService()
  registry = new RegistryApi(service)
})

const sha = (c: string) => c.repeat(40)

/** A small image FROM scratch: one file and a build argument that changes it. */
function project(content = 'hello'): string {
  const dir = mkdtempSync(join(tmpdir(), 'docker-release-e2e-'))
  writeFileSync(join(dir, 'hello.txt'), `${content}\n`)
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nARG NOTE=none\nLABEL note=$NOTE\nCOPY hello.txt /hello.txt\n')
  return dir
}

interface Run {
  event: 'push' | 'pull_request'
  ref: string
  sha: string
  inputs?: Record<string, string>
  dir?: string
  env?: Record<string, string>
}

function payloadFor(run: Run): Record<string, unknown> {
  const repository = {
    name: 'demo',
    full_name: 'octo/demo',
    default_branch: 'main',
    html_url: 'https://github.com/octo/demo',
    description: 'a demo service',
    license: { spdx_id: 'MIT' }
  }
  if (run.event === 'pull_request') {
    return {
      number: 7,
      repository,
      pull_request: { number: 7, head: { sha: run.sha, ref: 'feature' }, base: { sha: sha('d'), ref: 'main' } }
    }
  }
  return { repository, ref: run.ref, after: run.sha, before: sha('0') }
}

async function release(image: string, run: Run) {
  const dir = run.dir ?? project()
  const context = testContext('docker-release', {
    workingDirectory: dir,
    env: {
      GITHUB_EVENT_NAME: run.event,
      GITHUB_REF: run.ref,
      GITHUB_SHA: run.event === 'pull_request' ? sha('e') : run.sha,
      GITHUB_REPOSITORY: 'octo/demo',
      GITHUB_ACTOR: service.username,
      DOCKER_HOST: service.dockerHost,
      ...run.env
    },
    payload: payloadFor(run)
  })
  const reader = new InputReader(mapInputSource({ image, password: service.password, ...run.inputs }))
  const inputs = definition.readInputs(reader)
  const everything = (result?: ActionResult, error?: unknown) =>
    [
      JSON.stringify(result ?? null),
      result?.sections ? renderMarkdown(result.sections as Block[]).markdown : '',
      context.logger.lines.map(l => l.message).join('\n'),
      error instanceof Error ? error.message : ''
    ].join('\n')
  try {
    const result = await definition.run(inputs, context)
    return { result, context, text: everything(result), error: undefined }
  } catch (error) {
    return { result: undefined, context, text: everything(undefined, error), error: error as Error }
  }
}

const uniqueRepository = (what: string) => `octo/demo-${what}-${randomBytes(3).toString('hex')}`

describe('docker-release against a real daemon and registry', () => {
  test('a push to the default branch pushes the branch, latest and sha tags, one digest, with OCI labels', async () => {
    const repository = uniqueRepository('main')
    const image = `${service.registry}/${repository}`
    const { result, context, text } = await release(image, {
      event: 'push',
      ref: 'refs/heads/main',
      sha: sha('1'),
      inputs: { 'build-args': 'NOTE=from-ci', labels: 'org.example.team=platform' }
    })

    expect(result?.status).toBe('pass')
    expect(await registry.tags(repository)).toEqual(['latest', 'main', 'sha-1111111'])
    expect(result?.outputs?.tags.split('\n')).toEqual([`${image}:main`, `${image}:latest`, `${image}:sha-1111111`])
    expect(result?.outputs?.image).toBe(image)
    const digest = result?.outputs?.digest
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/)
    for (const tag of ['main', 'latest', 'sha-1111111']) {
      const pushed = await registry.image(repository, tag)
      expect(pushed.digest).toBe(digest)
      expect(pushed.labels).toMatchObject({
        note: 'from-ci',
        'org.example.team': 'platform',
        'org.opencontainers.image.title': 'demo',
        'org.opencontainers.image.description': 'a demo service',
        'org.opencontainers.image.source': 'https://github.com/octo/demo',
        'org.opencontainers.image.url': 'https://github.com/octo/demo',
        'org.opencontainers.image.version': 'main',
        'org.opencontainers.image.revision': sha('1'),
        'org.opencontainers.image.licenses': 'MIT'
      })
      expect(pushed.labels['org.opencontainers.image.created']).toMatch(/^\d{4}-\d\d-\d\dT/)
    }
    const metadata = JSON.parse(result!.outputs!.metadata)
    expect(metadata).toMatchObject({ image, digest, pushed: true, version: 'main' })

    const summary = renderMarkdown(result!.sections!).markdown
    expect(summary).toContain(`docker pull ${image}:main`)
    expect(summary).toContain(`docker pull ${image}:sha-1111111`)
    expect(summary).toContain(digest)
    expect(summary).toContain('first release of them')
    // the login lived in a temporary DOCKER_CONFIG that is gone, and the password never showed
    expect(readdirSync(context.tempDir).filter(f => f.startsWith('docker-config-'))).toEqual([])
    expect(text).not.toContain(service.password)
  })

  test('the next push to the default branch names the previous image and the command that rolls back to it', async () => {
    const repository = uniqueRepository('rollback')
    const image = `${service.registry}/${repository}`
    const first = await release(image, { event: 'push', ref: 'refs/heads/main', sha: sha('1'), dir: project('one') })
    const second = await release(image, { event: 'push', ref: 'refs/heads/main', sha: sha('2'), dir: project('two') })

    const before = first.result!.outputs!.digest
    const after = second.result!.outputs!.digest
    expect(after).not.toBe(before)
    expect((await registry.image(repository, 'latest')).digest).toBe(after)
    expect((await registry.image(repository, 'sha-1111111')).digest).toBe(before)
    const summary = renderMarkdown(second.result!.sections!).markdown
    expect(summary).toContain('also tagged sha-1111111')
    expect(summary).toContain(
      `docker pull ${image}@${before} && docker tag ${image}@${before} ${image}:latest && docker push ${image}:latest`
    )
  })

  test('a v1.2.3 tag pushes the three semver tags, the sha tag and latest', async () => {
    const repository = uniqueRepository('semver')
    const image = `${service.registry}/${repository}`
    const { result } = await release(image, { event: 'push', ref: 'refs/tags/v1.2.3', sha: sha('3') })

    expect(await registry.tags(repository)).toEqual(['1', '1.2', '1.2.3', 'latest', 'sha-3333333'])
    const digests = await Promise.all(['1', '1.2', '1.2.3', 'latest'].map(t => registry.image(repository, t)))
    expect(new Set(digests.map(d => d.digest))).toEqual(new Set([result!.outputs!.digest]))
    expect(digests[0].labels['org.opencontainers.image.version']).toBe('1.2.3')
  })

  test('a pull request builds the image without pushing it', async () => {
    const repository = uniqueRepository('pr')
    const image = `${service.registry}/${repository}`
    const { result } = await release(image, { event: 'pull_request', ref: 'refs/pull/7/merge', sha: sha('4') })

    expect(result?.status).toBe('pass')
    expect(result?.outputs?.digest).toBe('')
    expect(result?.outputs?.tags.split('\n')).toEqual([`${image}:pr-7`, `${image}:sha-4444444`])
    expect(result?.summary).toContain('not pushed: auto never pushes on pull_request')
    expect(await registry.tags(repository)).toEqual([])
  })
})

describe('docker-release failures give one clear error and no secret', () => {
  test('a wrong password is refused at the login', async () => {
    const image = `${service.registry}/${uniqueRepository('denied')}`
    const wrong = `wrong-${randomBytes(8).toString('hex')}`
    const { error, text } = await release(image, {
      event: 'push',
      ref: 'refs/heads/main',
      sha: sha('5'),
      inputs: { password: wrong }
    })

    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error?.message).toMatch(
      new RegExp(
        `^login to ${service.registry.replace(/\./g, '\\.')} as ci-suite failed: the registry refused the credentials`
      )
    )
    expect(text).not.toContain(wrong)
  })

  test('a missing Dockerfile is named with the inputs that fix it', async () => {
    const image = `${service.registry}/${uniqueRepository('nofile')}`
    const { error } = await release(image, {
      event: 'push',
      ref: 'refs/heads/main',
      sha: sha('6'),
      inputs: { file: 'docker/Dockerfile.prod' }
    })

    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error?.message).toBe(
      "Dockerfile not found at docker/Dockerfile.prod: give file (the Dockerfile's path) and context (the folder it builds from)"
    )
  })

  test('a daemon that does not answer is a service error naming DOCKER_HOST', async () => {
    const image = `${service.registry}/${uniqueRepository('nodaemon')}`
    const dead = `unix://${join(mkdtempSync(join(tmpdir(), 'dead-docker-')), 'docker.sock')}`
    const { error, text } = await release(image, {
      event: 'push',
      ref: 'refs/heads/main',
      sha: sha('7'),
      env: { DOCKER_HOST: dead }
    })

    expect(error).toBeInstanceOf(ServiceError)
    expect(error?.message).toMatch(new RegExp(`^cannot reach the Docker daemon at ${dead}: start it`))
    expect(text).not.toContain(service.password)
  })

  test('a registry that denies the push gets the packages: write advice', async () => {
    // a registry that lets anyone log in and answers every upload as ghcr.io does without packages: write
    const denying: Server = createServer((request, response) => {
      if (!request.headers.authorization) {
        response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="denying"', 'Content-Type': 'application/json' })
        response.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}')
      } else if (request.method === 'POST' && /\/blobs\/uploads\/$/.test(request.url ?? '')) {
        response.writeHead(403, { 'Content-Type': 'application/json' })
        response.end('{"errors":[{"code":"DENIED","message":"permission_denied: write_package"}]}')
      } else if (request.url === '/v2/') {
        response.writeHead(200, { 'Content-Type': 'application/json' })
        response.end('{}')
      } else {
        response.writeHead(404, { 'Content-Type': 'application/json' })
        response.end('{"errors":[{"code":"NOT_FOUND","message":"not found"}]}')
      }
    })
    await new Promise<void>(resolve => denying.listen(0, '127.0.0.1', resolve))
    try {
      const host = `127.0.0.1:${(denying.address() as AddressInfo).port}`
      const { error, text } = await release(`${host}/octo/demo`, {
        event: 'push',
        ref: 'refs/heads/main',
        sha: sha('8')
      })

      expect(error).toBeInstanceOf(ConfigurationError)
      expect(error?.message).toMatch(
        new RegExp(
          `^${host.replace(/\./g, '\\.')} denied the push of ${host.replace(/\./g, '\\.')}/octo/demo: grant \`packages: write\``
        )
      )
      expect(error?.message).toContain('permission_denied: write_package')
      expect(text).not.toContain(service.password)
    } finally {
      await new Promise(resolve => denying.close(resolve))
    }
  })

  test('a registry that rate-limits is a service error that says to re-run later', async () => {
    // Docker Hub's answer to too many pulls, here to the login's first request
    const limiting: Server = createServer((_request, response) => {
      response.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '3600' })
      response.end('{"errors":[{"code":"TOOMANYREQUESTS","message":"You have reached your pull rate limit."}]}')
    })
    await new Promise<void>(resolve => limiting.listen(0, '127.0.0.1', resolve))
    try {
      const host = `127.0.0.1:${(limiting.address() as AddressInfo).port}`
      const { error, text } = await release(`${host}/octo/demo`, {
        event: 'push',
        ref: 'refs/heads/main',
        sha: sha('9')
      })

      expect(error).toBeInstanceOf(ServiceError)
      expect(error?.message).toMatch(new RegExp(`^${host.replace(/\./g, '\\.')} rate-limited the login: re-run later`))
      expect(text).not.toContain(service.password)
    } finally {
      await new Promise(resolve => limiting.close(resolve))
    }
  })
})
