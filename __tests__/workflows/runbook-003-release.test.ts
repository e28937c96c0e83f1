import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, jest, test } from '@jest/globals'
import { RegistryApi, dockerService, type DockerService } from '../docker-release/registry-api.js'
import { git } from '../helpers/git-repo.js'
import { fixtureRepository, reusableCall, runGate, runScriptSteps, type Context } from './pipeline.js'

/**
 * Runbook 003's docker release through workflows-templates/ecommerce-monorepo.yml and docker-release.yml: a push to
 * main builds both images and pushes them with `latest` and `sha-<short>`, and the release summary lists the tags.
 * A real daemon and a registry with basic auth (.ci/services/docker.sh) stand in for the runner's Docker and GHCR;
 * the images are built for the daemon's own platform (this machine has no QEMU for the template's arm64).
 */
jest.setTimeout(240_000)

const TEMPLATE = 'workflows-templates/ecommerce-monorepo.yml'
let service: DockerService
let registry: RegistryApi
beforeAll(() => {
  service = dockerService()
  registry = new RegistryApi(service)
})

const SHOP = {
  'backend/apps/shop.py': 'x = 1\n',
  'backend/Dockerfile': 'FROM scratch\nCOPY apps /apps\n',
  'ai-services/api_gateway/main.py': 'y = 2\n',
  'ai-services/api_gateway/Dockerfile': 'FROM scratch\nCOPY api_gateway /api_gateway\n'
}

describe('runbook 003: merge to main releases both images', () => {
  test('each image is pushed as latest and sha-<short>, and the release summary lists the tags', async () => {
    const repo = fixtureRepository(SHOP)
    const sha = git(repo, 'rev-parse', 'HEAD')
    const owner = `octo-${Date.now().toString(36)}`
    const push: Context = { 'github.event_name': 'push' }
    const images = await runScriptSteps(reusableCall(TEMPLATE, 'images', push), 'images', ['Select the images'], {
      cwd: repo,
      context: push
    })
    const selected = JSON.parse(images.outputs.images) as Array<Record<string, string>>
    expect(selected.map(i => i.name)).toEqual(['backend', 'ai-gateway'])

    const temp = mkdtempSync(join(tmpdir(), 'ci-suite-release-'))
    mkdirSync(join(temp, 'ci-suite-images'))
    for (const image of selected) {
      const call = reusableCall(TEMPLATE, 'images', push)
      const matrix = Object.fromEntries(Object.entries(image).map(([k, v]) => [`matrix.image.${k}`, v]))
      const run = await runGate(call, 'build', {
        cwd: repo,
        eventName: 'push',
        payload: {
          ref: 'refs/heads/main',
          after: sha,
          before: '0'.repeat(40),
          repository: { name: 'shop', full_name: `${owner}/shop`, default_branch: 'main' }
        },
        env: {
          DOCKER_HOST: service.dockerHost,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_SHA: sha,
          GITHUB_REPOSITORY: `${owner}/shop`,
          GITHUB_ACTOR: service.username
        },
        context: { ...matrix, 'secrets.registry-password': service.password },
        overrides: { image: `${service.registry}/${owner}/shop`, platforms: '' }
      })
      expect([run.exitCode, run.outputs.status, run.errorLines]).toEqual([0, 'pass', []])
      const repository = `${owner}/shop${image.suffix}`
      expect((await registry.tags(repository)).sort()).toEqual(['latest', `sha-${sha.slice(0, 7)}`])
      const keep = await runScriptSteps(call, 'build', ['Keep the tags for the release summary'], {
        cwd: repo,
        runnerTemp: temp,
        context: {
          'matrix.image.name': image.name,
          'steps.release.outputs.image': run.outputs.image,
          'steps.release.outputs.tags': run.outputs.tags,
          'steps.release.outputs.digest': run.outputs.digest
        }
      })
      expect(keep.exitCode).toBe(0)
    }

    // The summary job reads what download-artifact (pattern ci-suite-image-*, merge-multiple) puts in one folder.
    for (const file of readdirSync(join(temp, 'ci-suite-image')))
      copyFileSync(join(temp, 'ci-suite-image', file), join(temp, 'ci-suite-images', file))
    const summary = await runScriptSteps(
      reusableCall(TEMPLATE, 'images', push),
      'summary',
      ['Summary with the image tags'],
      { cwd: repo, runnerTemp: temp }
    )
    expect(summary.exitCode).toBe(0)
    for (const suffix of ['-backend', '-ai-gateway']) {
      expect(summary.summary).toContain(`\`${service.registry}/${owner}/shop${suffix}:latest\``)
      expect(summary.summary).toContain(`\`${service.registry}/${owner}/shop${suffix}:sha-${sha.slice(0, 7)}\``)
    }
    expect(summary.summary).toMatch(/`sha256:[0-9a-f]{64}`/)
  })
})
