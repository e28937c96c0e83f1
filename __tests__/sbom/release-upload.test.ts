import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigurationError, InputReader, MemoryLogger, mapInputSource, type Env } from '@ci-suite/core'
import { createGitHubApi } from '@ci-suite/runtime'
import { definition } from '@ci-suite/sbom'
import { testContext } from '../helpers/action-context.js'
import { npmProject } from './helpers/npm-project.js'
import { startReleasesServer, type ReleasesServer } from './helpers/releases-server.js'

const OWNER = 'octo-org'
const REPO = 'shop'
// built at run time: no token-shaped literal in the repository
const TOKEN = ['ghs', 'x'.repeat(36)].join('_')

let project: string
let server: ReleasesServer | undefined

beforeAll(() => {
  project = npmProject({ 'package.json': { name: 'shop', version: '1.4.0', dependencies: { 'left-pad': '1.3.0' } } })
})

afterEach(async () => {
  await server?.close()
  server = undefined
})

interface Scenario {
  inputs?: Record<string, string>
  event?: { name: string; action?: string; tag?: string; id?: number }
  readOnly?: boolean
  existing?: string[]
  token?: boolean
}

async function runWith(scenario: Scenario) {
  server = await startReleasesServer({
    owner: OWNER,
    repo: REPO,
    releases: { 'v1.4.0': 7, 'v1.3.0': 6 },
    readOnly: scenario.readOnly
  })
  for (const name of scenario.existing ?? [])
    server.assets.get(7)?.push({ id: 500 + (server.assets.get(7)?.length ?? 0), name, content: 'old' })
  const event = scenario.event ?? { name: 'push' }
  const env: Env = {
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_EVENT_NAME: event.name,
    GITHUB_API_URL: server.url,
    GITHUB_REF: 'refs/heads/main'
  }
  const payload =
    event.name === 'release'
      ? {
          action: event.action ?? 'published',
          release: { id: event.id ?? 7, tag_name: event.tag ?? 'v1.4.0', upload_url: server.uploadUrl(event.id ?? 7) }
        }
      : {}
  const logger = new MemoryLogger()
  const github =
    scenario.token === false ? undefined : createGitHubApi({ token: TOKEN, baseUrl: server.url, logger, retries: 0 })
  const context = testContext('sbom', { workingDirectory: project, repoRoot: project, env, payload, github })
  const inputs = definition.readInputs(new InputReader(mapInputSource(scenario.inputs ?? {})))
  const result = await definition.run(inputs, context)
  const markdown = JSON.stringify(result.sections)
  return { result, logger: context.logger, markdown, server }
}

describe('attaching the SBOM to the release', () => {
  test('a published release gets the SBOM as an asset with the token and the uploads host', async () => {
    const { result, server, markdown } = await runWith({ event: { name: 'release' } })
    expect(result.status).toBe('pass')
    expect(result.metrics.upload).toBe('uploaded')
    const [asset] = server.assets.get(7) ?? []
    expect(asset?.name).toBe('sbom.cdx.json')
    expect(asset?.content).toBe(readFileSync(join(project, 'sbom.cdx.json'), 'utf8'))
    expect(asset?.contentType).toBe('application/json')
    const upload = server.requests.find(r => r.method === 'POST')
    expect(upload?.path).toBe(`/api/uploads/repos/${OWNER}/${REPO}/releases/7/assets`)
    expect(upload?.authorization).toBe(`token ${TOKEN}`)
    expect(markdown).toContain('Attached to release ')
    expect(result.summary).toContain('attached to release v1.4.0')
  })

  test('an asset of the same name is replaced, the other assets stay', async () => {
    const { server, markdown } = await runWith({
      event: { name: 'release' },
      existing: ['app.tar.gz', 'sbom.cdx.json']
    })
    const assets = server.assets.get(7) ?? []
    expect(assets.map(a => a.name).sort()).toEqual(['app.tar.gz', 'sbom.cdx.json'])
    expect(assets.find(a => a.name === 'sbom.cdx.json')?.content).not.toBe('old')
    expect(server.requests.filter(r => r.method === 'DELETE').map(r => r.path)).toEqual([
      `/repos/${OWNER}/${REPO}/releases/assets/501`
    ])
    expect(markdown).toContain('replacing the asset of the same name')
  })

  test('an asset of the same name on the second page of the list is found and replaced', async () => {
    const existing = [
      ...Array.from({ length: 120 }, (_, i) => `build-${String(i).padStart(3, '0')}.zip`),
      'sbom.spdx.json'
    ]
    const { server } = await runWith({ event: { name: 'release' }, existing, inputs: { format: 'spdx-json' } })
    const assets = server.assets.get(7) ?? []
    expect(assets).toHaveLength(121)
    expect(assets.filter(a => a.name === 'sbom.spdx.json')).toHaveLength(1)
    expect(server.requests.filter(r => r.method === 'GET' && r.path.endsWith('/assets'))).toHaveLength(2)
  })

  test('a read-only token gives a warning and keeps the file, and the step passes', async () => {
    const { result, logger, server } = await runWith({ event: { name: 'release' }, readOnly: true })
    expect(result.status).toBe('pass')
    expect(result.metrics.upload).toBe('refused')
    expect(logger.warnings().join('\n')).toMatch(/may not upload release assets \(403\).*contents: write/)
    expect(existsSync(result.outputs?.sbom as string)).toBe(true)
    expect(server.assets.get(7)).toEqual([])
  })

  test('a read-only token fails the step when upload is always', async () => {
    const { result } = await runWith({ inputs: { upload: 'always', 'release-tag': 'v1.4.0' }, readOnly: true })
    expect(result.status).toBe('error')
    expect(result.summary).toContain('refused (403)')
    expect(existsSync(result.outputs?.sbom as string)).toBe(true)
  })

  test('upload always with release-tag finds the release by its tag outside a release event', async () => {
    const { server, result } = await runWith({
      inputs: { upload: 'always', 'release-tag': 'v1.3.0', output: 'out/bom.json' }
    })
    expect(server.assets.get(6)?.map(a => a.name)).toEqual(['bom.json'])
    expect(result.outputs?.sbom).toBe(join(project, 'out', 'bom.json'))
  })

  test('release-tag on a release event attaches to the release it names', async () => {
    const { server } = await runWith({ event: { name: 'release' }, inputs: { 'release-tag': 'v1.3.0' } })
    expect(server.assets.get(6)?.map(a => a.name)).toEqual(['sbom.cdx.json'])
    expect(server.assets.get(7)).toEqual([])
  })

  test.each([
    ['upload always outside a release event without release-tag', { inputs: { upload: 'always' } }, /release-tag/],
    [
      'upload always without a token',
      { inputs: { upload: 'always', 'release-tag': 'v1.4.0' }, token: false },
      /github-token/
    ],
    ['a release-tag no release has', { inputs: { 'release-tag': 'v9.9.9' } }, /no release with the tag v9\.9\.9/]
  ] as Array<[string, Scenario, RegExp]>)('%s is a configuration error', async (_name, scenario, message) => {
    const error = await runWith(scenario).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(message)
  })

  test.each([
    ['a push', { name: 'push' }, {}],
    ['a release that is only created', { name: 'release', action: 'created' }, {}],
    ['upload never on a published release', { name: 'release' }, { upload: 'never' }]
  ])('%s uploads nothing', async (_name, event, inputs) => {
    const { server, result } = await runWith({ event, inputs })
    expect(server.requests).toEqual([])
    expect(result.metrics.upload).toBe('skipped')
  })
})
