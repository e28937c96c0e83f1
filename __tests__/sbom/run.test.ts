import { execFileSync } from 'node:child_process'
import { describe, expect, test } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigurationError, InputReader, mapInputSource, ParseError, renderMarkdown, type Env } from '@ci-suite/core'
import { definition } from '@ci-suite/sbom'
import { testContext } from '../helpers/action-context.js'
import { npmProject } from './helpers/npm-project.js'
import { cycloneDxErrors } from './helpers/schemas.js'
import { spdx23Problems } from './helpers/spdx.js'

const LOCKFILE_FIXTURES = fileURLToPath(new URL('../fixtures/lockfiles', import.meta.url))

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

async function run(
  dir: string,
  inputs: Record<string, string> = {},
  options: { env?: Env; payload?: Record<string, unknown> } = {}
) {
  const context = testContext('sbom', { workingDirectory: dir, repoRoot: dir, ...options })
  const result = await definition.run(definition.readInputs(new InputReader(mapInputSource(inputs))), context)
  const document = JSON.parse(readFileSync(result.outputs?.sbom as string, 'utf8')) as Json
  return { result, document, context }
}

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-suite-sbom-run-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('lockfiles other tools wrote', () => {
  test.each(['yarn-classic', 'yarn-berry', 'pnpm', 'pnpm-v6', 'bun'])(
    'an SBOM from the %s fixture is schema-valid in every format',
    async fixture => {
      const dir = mkdtempSync(join(tmpdir(), 'ci-suite-sbom-fixture-'))
      cpSync(join(LOCKFILE_FIXTURES, fixture), dir, { recursive: true })
      const cdx16 = await run(dir, { 'include-dev': 'true' })
      expect(cdx16.document.components.map((c: Json) => c.purl)).toEqual(
        expect.arrayContaining(['pkg:npm/debug@4.3.4', 'pkg:npm/%40sindresorhus/is@4.6.0', 'pkg:npm/semver@7.5.4'])
      )
      expect(cycloneDxErrors(cdx16.document, '1.6')).toEqual([])
      expect(cycloneDxErrors((await run(dir, { format: 'cyclonedx-json@1.5' })).document, '1.5')).toEqual([])
      expect(spdx23Problems((await run(dir, { format: 'spdx-json' })).document)).toEqual([])
    }
  )
})

describe('lockfiles of every ecosystem', () => {
  test.each(['requirements', 'poetry', 'pipfile', 'uv', 'pdm', 'gomod', 'cargo', 'gemfile', 'composer', 'nuget'])(
    'an SBOM from the %s fixture is schema-valid in every format, with a purl of its ecosystem on every component',
    async fixture => {
      const dir = mkdtempSync(join(tmpdir(), 'ci-suite-sbom-fixture-'))
      cpSync(join(LOCKFILE_FIXTURES, fixture), dir, { recursive: true })
      const cdx16 = await run(dir, { 'include-dev': 'true' })
      expect(cdx16.document.components.length).toBeGreaterThan(0)
      for (const component of cdx16.document.components)
        expect(component.purl).toMatch(/^pkg:(pypi|golang|cargo|gem|composer|nuget)\//)
      expect(cycloneDxErrors(cdx16.document, '1.6')).toEqual([])
      expect(
        cycloneDxErrors((await run(dir, { format: 'cyclonedx-json@1.5', 'include-dev': 'true' })).document, '1.5')
      ).toEqual([])
      expect(spdx23Problems((await run(dir, { format: 'spdx-json', 'include-dev': 'true' })).document)).toEqual([])
    }
  )
})

describe('which lockfiles are read', () => {
  const monorepo = () =>
    folderWith({
      'services/api/requirements.txt': 'requests==2.31.0\nurllib3==2.0.7\nflask>=2\n',
      'services/worker/requirements.txt': 'urllib3==2.0.7\ncelery==5.3.4\n',
      'tools/legacy/requirements.txt': 'six==1.16.0\n'
    })

  test('discovery reads every lockfile under the working directory, and one purl in two lockfiles is one component', async () => {
    const { document, result } = await run(monorepo())
    expect(document.components.map((c: Json) => c.purl)).toEqual([
      'pkg:pypi/celery@5.3.4',
      'pkg:pypi/requests@2.31.0',
      'pkg:pypi/six@1.16.0',
      'pkg:pypi/urllib3@2.0.7'
    ])
    expect(document.components.find((c: Json) => c.name === 'urllib3').properties).toEqual([
      { name: 'ci-suite:lockfile', value: 'services/api/requirements.txt' },
      { name: 'ci-suite:lockfile', value: 'services/worker/requirements.txt' },
      { name: 'ci-suite:direct', value: 'true' }
    ])
    expect(result.metrics.lockfiles).toBe(3)
    expect(renderMarkdown(result.sections ?? []).markdown).toContain(
      '1 requirement without an exact version is not in the SBOM'
    )
  })

  test.each([
    ['files names one lockfile', { files: 'services/worker/requirements.txt' }, ['celery', 'urllib3']],
    ['files takes globs', { files: 'services/**/requirements.txt' }, ['celery', 'requests', 'urllib3']],
    ['exclude leaves folders out of discovery', { exclude: 'tools/**' }, ['celery', 'requests', 'urllib3']]
  ])('%s', async (_name, inputs, names) => {
    const { document } = await run(monorepo(), inputs)
    expect(document.components.map((c: Json) => c.name)).toEqual(names)
  })

  test('a folder without a lockfile is a configuration error that says what to do', async () => {
    const error = await run(folderWith({ 'README.md': '# nothing locked\n' })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as Error).message).toMatch(/^no lockfile found under .*: commit one/)
  })

  test('a lockfile that does not parse gives one clear error naming it', async () => {
    const error = await run(folderWith({ 'package-lock.json': '{"lockfileVersion": 3, "packages": {' })).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ParseError)
    expect((error as Error).message).toMatch(/^package-lock\.json/)
    expect((error as Error).message).not.toContain('\n')
  })
})

describe('the project as the SBOM subject', () => {
  test.each([
    [
      'package.json',
      { 'package.json': '{"name":"@acme/web","version":"5.0.1"}' },
      { name: '@acme/web', version: '5.0.1', purl: 'pkg:npm/%40acme/web@5.0.1' }
    ],
    [
      '[project] of pyproject.toml',
      { 'pyproject.toml': '[project]\nname = "Acme.Billing"\nversion = "2.1.0"\n' },
      { name: 'Acme.Billing', version: '2.1.0', purl: 'pkg:pypi/acme-billing@2.1.0' }
    ],
    [
      '[tool.poetry] of pyproject.toml',
      { 'pyproject.toml': "[tool.poetry]\nname = 'billing'\nversion = '0.9.0'\n" },
      { name: 'billing', version: '0.9.0', purl: 'pkg:pypi/billing@0.9.0' }
    ]
  ])('name and version come from %s', async (_source, manifest, component) => {
    const { document } = await run(folderWith({ ...manifest, 'requirements.txt': 'six==1.16.0\n' }))
    expect(document.metadata.component).toEqual({ type: 'application', 'bom-ref': component.purl, ...component })
    expect(document.dependencies[0]).toEqual({ ref: component.purl, dependsOn: ['pkg:pypi/six@1.16.0'] })
  })

  test('without a manifest the repository names the project and the release tag versions it', async () => {
    const { document } = await run(
      folderWith({ 'requirements.txt': 'six==1.16.0\n' }),
      { upload: 'never' },
      {
        env: { GITHUB_REPOSITORY: 'octo-org/billing', GITHUB_EVENT_NAME: 'release', GITHUB_REF: 'refs/tags/v3.0.0' },
        payload: { action: 'published', release: { id: 1, tag_name: 'v3.0.0' } }
      }
    )
    expect(document.metadata.component).toEqual({
      type: 'application',
      'bom-ref': 'project:billing@v3.0.0',
      name: 'billing',
      version: 'v3.0.0'
    })
  })
})

describe('licenses', () => {
  test('licenses the lockfile lacks are read from node_modules', async () => {
    const dir = npmProject(
      { 'package.json': { name: 'old-lock', version: '1.0.0', dependencies: { 'left-pad': '1.3.0', debug: '4.3.4' } } },
      { install: true }
    )
    // as npm 6 wrote lockfiles: no license field
    const lockPath = join(dir, 'package-lock.json')
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { packages: Record<string, { license?: string }> }
    for (const entry of Object.values(lock.packages)) delete entry.license
    writeFileSync(lockPath, JSON.stringify(lock, null, 2))
    const { document, result } = await run(dir)
    expect(document.components.map((c: Json) => [c.name, c.licenses])).toEqual([
      ['debug', [{ license: { id: 'MIT' } }]],
      ['left-pad', [{ license: { id: 'WTFPL' } }]],
      ['ms', [{ license: { id: 'MIT' } }]]
    ])
    expect(result.metrics.licensed).toBe(3)
  })

  test('licenses of Python packages are read from the virtualenv pip installed them in beside the lockfile', async () => {
    const dir = folderWith({ 'requirements.txt': 'attrs==22.2.0\ncolorama==0.4.6\nsix==1.16.0\n' })
    // real wheels carrying the real core metadata Debian installed for attrs and colorama (no PyPI here), installed by
    // pip into a virtualenv python -m venv made: the layout a CI job has after `pip install -r requirements.txt`
    const wheels = mkdtempSync(join(tmpdir(), 'ci-suite-sbom-wheels-'))
    const dist = '/usr/lib/python3/dist-packages'
    for (const [name, version] of [
      ['attrs', '22.2.0'],
      ['colorama', '0.4.6']
    ])
      execFileSync('/usr/bin/python3', [
        fileURLToPath(new URL('../helpers/make-wheel.py', import.meta.url)),
        wheels,
        name,
        version,
        join(dist, name),
        '--metadata',
        join(dist, `${name}-${version}.dist-info`, 'METADATA')
      ])
    execFileSync('/usr/bin/python3', ['-m', 'venv', join(dir, '.venv')])
    execFileSync(join(dir, '.venv', 'bin', 'pip'), [
      'install',
      '--no-index',
      '--find-links',
      wheels,
      '--disable-pip-version-check',
      'attrs==22.2.0',
      'colorama==0.4.6'
    ])
    const { document, result } = await run(dir, {}, { env: { PATH: process.env.PATH } })
    expect(document.components.map((c: Json) => [c.name, c.licenses])).toEqual([
      ['attrs', [{ license: { id: 'MIT' } }]],
      // the classifier's words: it names no BSD variant
      ['colorama', [{ license: { name: 'BSD License' } }]],
      ['six', undefined]
    ])
    expect(result.metrics.licensed).toBe(2)
    expect(renderMarkdown(result.fix ?? []).markdown).toContain(
      'Licenses of Python packages are read from the installed'
    )
  })

  test('the summary counts by ecosystem and scope, charts the licenses and lists what lacks a license or a hash', async () => {
    const dir = folderWith({
      'requirements.txt':
        'six==1.16.0 \\\n    --hash=sha256:8abb2f1d86890a2dfb989f9a77cfcfd3e47c2a354b01111771326f8aa26e0254\nidna==3.6\n'
    })
    const { result } = await run(dir, { output: 'dist/bom.cdx.json' })
    const markdown = renderMarkdown(result.sections ?? []).markdown
    expect(markdown).toContain('`dist/bom.cdx.json`')
    expect(markdown).toMatch(/\| PyPI \| 2 \| 0 \| 2 \|/)
    expect(markdown).toContain('```mermaid\npie showData title Licenses\n  "unknown" : 2\n```')
    expect(markdown).toContain('2 components without a license')
    expect(markdown).toContain('1 component without a hash')
    expect(result.counts).toEqual([
      ['Components', 2],
      ['Lockfiles', 1],
      ['With a license', '0 of 2'],
      ['With a hash', '1 of 2']
    ])
  })
})
