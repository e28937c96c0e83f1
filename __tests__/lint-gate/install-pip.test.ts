import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { runAction } from '../harness/run-action.js'
import { startFakeCacheService, type FakeCacheService } from '../helpers/fake-cache-service.js'
import { startLocalServer, type LocalServer } from '../helpers/local-server.js'
import { project, REPO_ROOT } from './projects.js'

// Debian's Python runs pip here: `python3` on PATH may be a pyenv shim that needs more than the folder below
const PYTHON = '/usr/bin/python3'
const DIST_PACKAGES = '/usr/lib/python3/dist-packages'

/**
 * Real wheels of a real linter, written from Debian's installed isort (and toml, which it imports) by
 * helpers/make-wheel.py: no PyPI here, and no build backend needed.
 */
function buildWheels(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-gate-wheels-'))
  const make = (...args: string[]) =>
    execFileSync(PYTHON, [join(REPO_ROOT, '__tests__', 'helpers', 'make-wheel.py'), dir, ...args], {
      encoding: 'utf8'
    })
  make('isort', '5.6.4', join(DIST_PACKAGES, 'isort'), '--requires', 'toml', '--script', 'isort=isort.main:main')
  make('toml', '0.10.2', join(DIST_PACKAGES, 'toml'))
  return dir
}

/** A PEP 503 "simple" repository serving the wheels of a folder, as pip reads PIP_INDEX_URL. */
async function startIndex(wheels: string): Promise<LocalServer> {
  const files = readdirSync(wheels).filter(f => f.endsWith('.whl'))
  return startLocalServer((req, res) => {
    const path = req.url.split('?')[0]
    const project = /^\/simple\/([^/]+)\/$/.exec(path)?.[1]
    if (project) {
      const links = files
        .filter(f => f.split('-')[0].toLowerCase().replace(/_/g, '-') === project)
        .map(f => {
          const sha = createHash('sha256')
            .update(readFileSync(join(wheels, f)))
            .digest('hex')
          return `<a href="/files/${f}#sha256=${sha}">${f}</a><br/>`
        })
      res.writeHead(links.length ? 200 : 404, { 'content-type': 'text/html' })
      return res.end(`<!DOCTYPE html><html><body>${links.join('\n')}</body></html>`)
    }
    const wheel = /^\/files\/([^/]+\.whl)$/.exec(path)?.[1]
    if (wheel && files.includes(wheel)) {
      res.writeHead(200, { 'content-type': 'application/octet-stream' })
      return res.end(readFileSync(join(wheels, wheel)))
    }
    res.writeHead(404)
    res.end()
  })
}

/** PATH for the action: Python, git and the archivers @actions/cache runs, but no isort. */
function pathWithoutIsort(): string {
  const bin = mkdtempSync(join(tmpdir(), 'lint-gate-path-'))
  for (const tool of ['python3', 'git', 'tar', 'gzip', 'zstd', 'zstdmt', 'unzstd']) {
    const target = tool === 'python3' ? PYTHON : `/usr/bin/${tool}`
    if (existsSync(target)) symlinkSync(target, join(bin, tool))
  }
  return bin
}

describe('install: true with pip', () => {
  let cache: FakeCacheService
  let index: LocalServer
  beforeAll(async () => {
    cache = await startFakeCacheService()
    index = await startIndex(buildWheels())
  })
  afterAll(async () => {
    await cache.close()
    await index.close()
  })

  test('installs a missing Python linter from the package index into a virtualenv, runs it, and restores it from the Actions cache next time', async () => {
    const repo = project({ 'pyproject.toml': '[tool.isort]\nprofile = "black"\n', 'app.py': 'import sys\nimport os\n' })
    const home = mkdtempSync(join(tmpdir(), 'lint-gate-home-'))
    mkdirSync(join(home, '.cache'), { recursive: true })
    const env = { HOME: home, PATH: pathWithoutIsort(), PIP_INDEX_URL: `${index.url}/simple/`, ...cache.env() }
    const options = { cwd: repo, env, inputs: { filter: 'nofilter', install: 'true' }, timeoutMs: 300_000 }

    const first = await runAction('lint-gate', options)
    expect(first.report?.findings).toEqual([expect.objectContaining({ tool: 'isort', file: 'app.py', line: 1 })])
    expect(first.outputs.status).toBe('fail')
    // pip asked the index for isort and the toml it requires, and downloaded both wheels
    const asked = index.requests.map(r => r.url)
    expect(asked).toEqual(expect.arrayContaining(['/simple/isort/', '/simple/toml/']))
    expect(asked.filter(u => u.startsWith('/files/')).sort()).toEqual([
      '/files/isort-5.6.4-py3-none-any.whl',
      '/files/toml-0.10.2-py3-none-any.whl'
    ])
    const key = `ci-suite-lint-tools-${process.platform}-${process.arch}-isort`
    expect([...cache.entries.keys()]).toEqual([key])
    expect(cache.entries.get(key)?.size).toBeGreaterThan(0)

    // a fresh runner: nothing under HOME, the tools come back from the cache, not from the index
    rmSync(join(home, '.cache', 'ci-suite'), { recursive: true, force: true })
    const requestsBefore = index.requests.length
    const second = await runAction('lint-gate', options)
    expect(second.report?.findings).toEqual(first.report?.findings)
    expect(index.requests.length).toBe(requestsBefore)
    expect(`${second.stdout}${second.stderr}`).toContain(`linters restored from the cache (${key})`)
  }, 600_000)
})
