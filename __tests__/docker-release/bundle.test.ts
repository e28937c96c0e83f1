import { beforeAll, describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, runAction } from '../harness/run-action.js'
import { RegistryApi, dockerService, type DockerService } from './registry-api.js'

// The bundle dist/docker-release/index.js run exactly as a runner does, against the real daemon and registry.

let service: DockerService
let registry: RegistryApi

beforeAll(() => {
  service = dockerService()
  registry = new RegistryApi(service)
})

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'docker-release-bundle-'))
  writeFileSync(join(dir, 'hello.txt'), `${randomBytes(4).toString('hex')}\n`)
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n')
  return dir
}

/** The runner's own ::add-mask:: command carries the secret to the runner, which never shows it (CONTRACT.md). */
const withoutMasks = (text: string) => text.replace(/^::add-mask::.*$/gm, '')

const repository = { name: 'demo', default_branch: 'main', html_url: 'https://github.com/octo-org/demo' }

// The bundle runs the actions packages/suite/src/registry.ts lists, and dist/ comes from `npm run build`: until
// docker-release is listed and built there is nothing to run (the tests in release.test.ts call run() directly).
const bundled =
  existsSync(join(REPO_ROOT, 'dist', 'docker-release', 'index.js')) &&
  readFileSync(join(REPO_ROOT, 'packages', 'suite', 'src', 'registry.ts'), 'utf8').includes("'docker-release'")

;(bundled ? describe : describe.skip)('docker-release as a runner step', () => {
  test.each(['node20', 'node24'] as const)(
    'on %s a push to main writes the image, tags, digest and metadata outputs and a summary with pull lines',
    async node => {
      const path = `octo-org/demo-step-${randomBytes(3).toString('hex')}`
      const image = `${service.registry}/${path}`
      const run = await runAction('docker-release', {
        node,
        cwd: project(),
        eventName: 'push',
        payload: { repository, ref: 'refs/heads/main' },
        inputs: { image, username: service.username },
        token: service.password,
        env: { GITHUB_SHA: '9'.repeat(40), GITHUB_REF: 'refs/heads/main', DOCKER_HOST: service.dockerHost }
      })

      expect(run.errorLines).toEqual([])
      expect(run.exitCode).toBe(0)
      expect(run.outputs.status).toBe('pass')
      expect(run.outputs.image).toBe(image)
      expect(run.outputs.tags.split('\n')).toEqual([`${image}:main`, `${image}:latest`, `${image}:sha-9999999`])
      expect(await registry.tags(path)).toEqual(['latest', 'main', 'sha-9999999'])
      expect((await registry.image(path, 'main')).digest).toBe(run.outputs.digest)
      expect(JSON.parse(run.outputs.metadata)).toMatchObject({ image, digest: run.outputs.digest, pushed: true })
      expect(run.summary).toContain(`docker pull ${image}:sha-9999999`)
      expect(run.summary).toContain(run.outputs.digest)
      expect(withoutMasks(run.everythingWritten())).not.toContain(service.password)
    }
  )

  test('a wrong password fails the step with one error line and no secret anywhere', async () => {
    const wrong = ['not', 'the', 'password', randomBytes(6).toString('hex')].join('-')
    const run = await runAction('docker-release', {
      cwd: project(),
      eventName: 'push',
      payload: { repository },
      inputs: { image: `${service.registry}/octo-org/denied`, username: service.username, password: wrong },
      env: { DOCKER_HOST: service.dockerHost }
    })

    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('error')
    expect(run.errorLines).toHaveLength(1)
    expect(run.errorLines[0]).toMatch(
      /^docker-release: login to 127\.0\.0\.1:\d+ as ci-suite failed: the registry refused/
    )
    expect(withoutMasks(run.everythingWritten())).not.toContain(wrong)
  })

  test('a stopped daemon fails the step with one error line naming DOCKER_HOST', async () => {
    const dead = `unix://${join(mkdtempSync(join(tmpdir(), 'dead-docker-')), 'docker.sock')}`
    const run = await runAction('docker-release', {
      cwd: project(),
      eventName: 'push',
      payload: { repository },
      inputs: { image: `${service.registry}/octo-org/nodaemon`, username: service.username },
      token: service.password,
      env: { DOCKER_HOST: dead }
    })

    expect(run.exitCode).toBe(1)
    expect(run.errorLines).toHaveLength(1)
    expect(run.errorLines[0]).toContain(`cannot reach the Docker daemon at ${dead}`)
    expect(withoutMasks(run.everythingWritten())).not.toContain(service.password)
  })
})
