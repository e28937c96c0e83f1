import { describe, expect, test } from '@jest/globals'
import { buildCapabilities, versionAtLeast, type BuildRequest } from './capabilities.js'

const request = (overrides: Partial<BuildRequest> = {}): BuildRequest => ({
  platforms: [],
  cache: 'gha',
  provenance: false,
  sbom: false,
  ...overrides
})
const runner = { ACTIONS_RUNTIME_TOKEN: 'x'.repeat(8), ACTIONS_RESULTS_URL: 'https://results.example/' }

describe('what the runner’s docker can do', () => {
  test.each([
    ['buildx 0.21 on a runner keeps the gha cache', request(), '0.21.1', runner, 'gha', []],
    [
      'buildx 0.20 cannot reach the cache service v2',
      request(),
      '0.20.0',
      runner,
      'none',
      ['needs buildx 0.21 or later']
    ],
    [
      'a terminal has no Actions cache service',
      request(),
      '0.30.0',
      {},
      'none',
      ['needs the runner’s Actions cache service']
    ],
    ['the registry cache works anywhere with buildx', request({ cache: 'registry' }), '0.12.0', {}, 'registry', []],
    [
      'no buildx: one platform, no cache, with a notice',
      request({ platforms: ['linux/amd64'] }),
      undefined,
      runner,
      'none',
      ['The gha cache needs buildx, which this runner lacks']
    ],
    ['no buildx and no cache asked: no notice', request({ cache: 'none' }), undefined, runner, 'none', []]
  ])('%s', (_what, asked, version, env, cache, notes) => {
    const result = buildCapabilities(asked, version, env)
    expect(result.cache).toBe(cache)
    expect(result.notes).toHaveLength(notes.length)
    notes.forEach((note, i) => expect(result.notes[i]).toContain(note))
  })

  test.each([
    [
      'two platforms without buildx',
      request({ platforms: ['linux/amd64', 'linux/arm64'] }),
      undefined,
      'platforms asks for 2 platforms, which needs buildx'
    ],
    [
      'provenance without buildx',
      request({ provenance: true }),
      undefined,
      'provenance and sbom attestations need buildx'
    ],
    [
      'an sbom with buildx 0.9',
      request({ sbom: true }),
      '0.9.1',
      'need buildx 0.10 or later, and this runner has 0.9.1'
    ]
  ])('%s is a clear error', (_what, asked, version, message) => {
    expect(() => buildCapabilities(asked, version, runner)).toThrow(message)
  })

  test('buildx older than 0.10 gets no attestation flags (it makes no attestations)', () => {
    expect(buildCapabilities(request({ cache: 'none' }), '0.9.1', {}).attestationFlags).toBe(false)
    expect(buildCapabilities(request({ cache: 'none' }), '0.10.0', {}).attestationFlags).toBe(true)
  })

  test.each([
    ['0.21.0', [0, 21, 0], true],
    ['v0.29.1-desktop.1', [0, 21, 0], true],
    ['0.20.9', [0, 21, 0], false],
    ['1.0.0', [0, 21, 0], true],
    ['github.com/docker/buildx', [0, 21, 0], true]
  ])('%s is at least %j: %s', (version, minimum, expected) => {
    expect(versionAtLeast(version, minimum)).toBe(expected)
  })
})
