import { afterEach, describe, expect, test } from '@jest/globals'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, runAction } from '../harness/run-action.js'
import { startReleasesServer, type ReleasesServer } from './helpers/releases-server.js'
import { cycloneDxErrors } from './helpers/schemas.js'

// The bundle dist/sbom/index.js run exactly as a runner does. The bundle runs the actions
// packages/suite/src/registry.ts lists, and dist/ comes from `npm run build`: until sbom is listed and built there is
// nothing to run (the other tests here call run() directly).
const bundled =
  existsSync(join(REPO_ROOT, 'dist', 'sbom', 'index.js')) &&
  readFileSync(join(REPO_ROOT, 'packages', 'suite', 'src', 'registry.ts'), 'utf8').includes('sbom: async')

const TOKEN = ['ghs', 'y'.repeat(36)].join('_')
let server: ReleasesServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-suite-sbom-step-'))
  cpSync(join(REPO_ROOT, '__tests__', 'fixtures', 'lockfiles', 'pnpm'), dir, { recursive: true })
  return dir
}

;(bundled ? describe : describe.skip)('sbom as a runner step', () => {
  test('on a published release it writes the SBOM, reports its components and attaches it to the release', async () => {
    server = await startReleasesServer({ owner: 'octo-org', repo: 'demo', releases: { 'v1.2.3': 42 } })
    const cwd = project()
    const run = await runAction('sbom', {
      cwd,
      eventName: 'release',
      payload: {
        action: 'published',
        release: { id: 42, tag_name: 'v1.2.3', upload_url: server.uploadUrl(42) },
        repository: { full_name: 'octo-org/demo', default_branch: 'main' }
      },
      token: TOKEN,
      env: { GITHUB_API_URL: server.url, GITHUB_REF: 'refs/tags/v1.2.3' }
    })
    expect(run.errorLines).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.status).toBe('pass')
    expect(run.outputs.sbom).toBe(join(cwd, 'sbom.cdx.json'))
    const bom = JSON.parse(readFileSync(run.outputs.sbom as string, 'utf8'))
    expect(cycloneDxErrors(bom, '1.6')).toEqual([])
    expect(run.report?.metrics?.components).toBe(bom.components.length)
    expect(server.assets.get(42)?.map(a => a.name)).toEqual(['sbom.cdx.json'])
    expect(run.summary).toContain('```mermaid')
    expect(run.summary).toContain('Attached to release')
    // the runner's own ::add-mask:: command carries the token to the runner, which never shows it (CONTRACT.md)
    expect(run.everythingWritten().replace(/^::add-mask::.*$/gm, '')).not.toContain(TOKEN)
  })

  test('a read-only token fails the step under upload always, and the SBOM is still written', async () => {
    server = await startReleasesServer({ owner: 'octo-org', repo: 'demo', releases: { 'v1.2.3': 42 }, readOnly: true })
    const run = await runAction('sbom', {
      cwd: project(),
      inputs: { upload: 'always', 'release-tag': 'v1.2.3' },
      token: TOKEN,
      env: { GITHUB_API_URL: server.url }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('error')
    expect(run.errorLines.join('\n')).toContain('refused (403)')
    expect(existsSync(run.outputs.sbom as string)).toBe(true)
  })

  test('a lockfile that does not parse fails the step with one line naming it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ci-suite-sbom-step-'))
    writeFileSync(join(cwd, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {')
    const run = await runAction('sbom', { cwd })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('error')
    expect(run.errorLines).toHaveLength(1)
    expect(run.errorLines[0]).toMatch(/package-lock\.json: not valid JSON/)
  })

  test('a broken lockfile discovery found (a test fixture) fails with the exclude that leaves it out, which then passes', async () => {
    const cwd = project()
    mkdirSync(join(cwd, 'tests', 'fixtures', 'broken'), { recursive: true })
    writeFileSync(join(cwd, 'tests', 'fixtures', 'broken', 'poetry.lock'), '# no packages here\n')
    const failed = await runAction('sbom', { cwd })
    expect(failed.exitCode).toBe(1)
    expect(failed.errorLines).toHaveLength(1)
    expect(failed.errorLines[0]).toMatch(
      /tests\/fixtures\/broken\/poetry\.lock: .*not a poetry\.lock.*leave it out with the input exclude: tests\/fixtures\/broken\/\*\*/
    )
    const passed = await runAction('sbom', { cwd, inputs: { exclude: 'tests/fixtures/broken/**' } })
    expect(passed.errorLines).toEqual([])
    expect(passed.outputs.status).toBe('pass')
  })
})
