import { describe, expect, test } from '@jest/globals'
import { buildxBuildArgs, createBuilderArgs, foreignArchitectures, installQemuArgs } from './buildx-args.js'
import { classicBuildArgs, pushedDigest } from './classic-args.js'
import type { BuildPlan } from './plan.js'

const plan = (overrides: Partial<BuildPlan> = {}): BuildPlan => ({
  context: '/src/backend',
  file: '/src/backend/Dockerfile',
  tags: ['ghcr.io/octo/demo-backend:main', 'ghcr.io/octo/demo-backend:sha-1234567'],
  labels: new Map([
    ['org.opencontainers.image.revision', '1234567890'],
    ['org.opencontainers.image.title', 'demo']
  ]),
  buildArgs: [],
  platforms: [],
  push: true,
  cache: 'none',
  image: 'ghcr.io/octo/demo-backend',
  provenance: false,
  sbom: false,
  metadataFile: '/tmp/meta.json',
  ...overrides
})

describe('docker buildx build arguments', () => {
  test('a single-platform push without cache: tags, labels, no attestations, metadata file, --push, context last', () => {
    expect(buildxBuildArgs(plan())).toEqual([
      'buildx',
      'build',
      '--file',
      '/src/backend/Dockerfile',
      '--tag',
      'ghcr.io/octo/demo-backend:main',
      '--tag',
      'ghcr.io/octo/demo-backend:sha-1234567',
      '--label',
      'org.opencontainers.image.revision=1234567890',
      '--label',
      'org.opencontainers.image.title=demo',
      '--provenance=false',
      '--sbom=false',
      '--metadata-file',
      '/tmp/meta.json',
      '--push',
      '/src/backend'
    ])
  })

  test('runbook 003: two platforms and the gha cache scoped to the image and its platforms, on ci-suite’s builder', () => {
    const args = buildxBuildArgs(plan({ platforms: ['linux/amd64', 'linux/arm64'], cache: 'gha', builder: 'ci-suite' }))
    expect(args.slice(0, 4)).toEqual(['buildx', 'build', '--builder', 'ci-suite'])
    const scope = 'ghcr.io-octo-demo-backend-linux-amd64-linux-arm64'
    expect(args).toEqual(
      expect.arrayContaining([
        '--platform',
        'linux/amd64,linux/arm64',
        '--cache-from',
        `type=gha,scope=${scope}`,
        '--cache-to',
        `type=gha,mode=max,scope=${scope}`
      ])
    )
    expect(args.indexOf('--cache-from') + 1).toBe(args.indexOf(`type=gha,scope=${scope}`))
  })

  test.each([
    [
      true,
      [
        '--cache-from',
        'type=registry,ref=ghcr.io/octo/demo-backend:buildcache',
        '--cache-to',
        'type=registry,ref=ghcr.io/octo/demo-backend:buildcache,mode=max'
      ]
    ],
    [false, ['--cache-from', 'type=registry,ref=ghcr.io/octo/demo-backend:buildcache']]
  ])('the registry cache with push %s reads it and writes it only when pushing', (push, expected) => {
    const args = buildxBuildArgs(plan({ cache: 'registry', push }))
    const start = args.indexOf('--cache-from')
    expect(args.slice(start, start + expected.length)).toEqual(expected)
    expect(args.includes('--cache-to')).toBe(push)
  })

  test('a pull request build (no push) has no --push and no output', () => {
    const args = buildxBuildArgs(plan({ push: false }))
    expect(args).not.toContain('--push')
    expect(args).not.toContain('--load')
    expect(args.at(-1)).toBe('/src/backend')
  })

  test('build args, target, provenance and sbom when asked', () => {
    const args = buildxBuildArgs(
      plan({ buildArgs: ['VERSION=1.2.3', 'PYTHON=3.12'], target: 'runtime', provenance: true, sbom: true })
    )
    expect(args).toEqual(
      expect.arrayContaining([
        '--build-arg',
        'VERSION=1.2.3',
        '--build-arg',
        'PYTHON=3.12',
        '--target',
        'runtime',
        '--provenance=mode=max',
        '--sbom=true'
      ])
    )
  })

  test('a buildx older than 0.10 gets neither --provenance nor --sbom', () => {
    const args = buildxBuildArgs(plan({ attestationFlags: false }))
    expect(args.filter(a => a.startsWith('--provenance') || a.startsWith('--sbom'))).toEqual([])
  })

  test('the builder ci-suite creates is a docker-container builder, bootstrapped', () => {
    expect(createBuilderArgs()).toEqual([
      'buildx',
      'create',
      '--name',
      'ci-suite',
      '--driver',
      'docker-container',
      '--bootstrap'
    ])
  })

  test.each([
    [['linux/amd64', 'linux/arm64'], 'amd64', ['arm64']],
    [['linux/amd64', 'linux/386'], 'amd64', []],
    [['linux/amd64', 'linux/arm/v7', 'linux/arm64'], 'arm64', ['amd64']],
    [['linux/arm64', 'linux/ppc64le', 'linux/s390x'], 'amd64', ['arm64', 'ppc64le', 's390x']]
  ])('platforms %j on an %s host need emulators for %j', (platforms, host, expected) => {
    expect(foreignArchitectures(platforms, host)).toEqual(expected)
  })

  test('QEMU emulators are registered by tonistiigi/binfmt, as setup-qemu-action does', () => {
    expect(installQemuArgs(['arm64', 's390x'])).toEqual([
      'run',
      '--privileged',
      '--rm',
      'tonistiigi/binfmt:latest',
      '--install',
      'arm64,s390x'
    ])
  })
})

describe('docker build arguments (no buildx)', () => {
  test('tags, labels, build args, target, one platform and the image id file', () => {
    expect(
      classicBuildArgs(plan({ buildArgs: ['A=1'], target: 'app', platforms: ['linux/amd64'] }), '/tmp/iid')
    ).toEqual([
      'build',
      '--file',
      '/src/backend/Dockerfile',
      '--tag',
      'ghcr.io/octo/demo-backend:main',
      '--tag',
      'ghcr.io/octo/demo-backend:sha-1234567',
      '--label',
      'org.opencontainers.image.revision=1234567890',
      '--label',
      'org.opencontainers.image.title=demo',
      '--build-arg',
      'A=1',
      '--target',
      'app',
      '--platform',
      'linux/amd64',
      '--iidfile',
      '/tmp/iid',
      '/src/backend'
    ])
  })

  test('the pushed digest is read from docker push’s last line', () => {
    const digest = `sha256:${'ab'.repeat(32)}`
    expect(
      pushedDigest(
        `The push refers to repository [ghcr.io/octo/demo]\n18c9cb227958: Pushed\nmain: digest: ${digest} size: 524\n`
      )
    ).toBe(digest)
    expect(pushedDigest('18c9cb227958: Pushed\n')).toBeUndefined()
  })
})
