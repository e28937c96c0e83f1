import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@jest/globals'
import type { CacheStore } from '@ci-suite/core'
import { lint } from './lint.js'
import { NODE_PROBLEMS, project } from './projects.js'

test('install: true installs a missing Node linter with npm, runs it, and caches the tools', async () => {
  const saved: string[] = []
  const cache: CacheStore = {
    available: true,
    restore: async () => undefined,
    save: async (_paths, key) => (saved.push(key), true)
  }
  const home = mkdtempSync(join(tmpdir(), 'lint-gate-home-'))
  const path = ['/usr/bin', '/bin']
  const files = { 'README.md': NODE_PROBLEMS['README.md'] }
  // without install, the listed linter is missing: an error naming the install command
  const missing = await lint(
    project(files),
    { linters: 'markdownlint', filter: 'nofilter' },
    { env: { HOME: home, PATH: [process.execPath.replace(/\/node$/, ''), ...path].join(':') } }
  )
  expect(missing.tools.markdownlint.detail).toContain('npm install --save-dev markdownlint-cli2')
  const { tools } = await lint(
    project(files),
    { linters: 'markdownlint', filter: 'nofilter', install: 'true' },
    { cache, env: { HOME: home, PATH: [process.execPath.replace(/\/node$/, ''), ...path].join(':') } }
  )
  expect(tools.markdownlint.status).toBe('fail')
  expect(tools.markdownlint.findings).toBe(3)
  expect(saved).toEqual([`ci-suite-lint-tools-${process.platform}-${process.arch}-markdownlint-cli2`])
}, 180_000)
