import { execFileSync, spawnSync } from 'node:child_process'
import { expect, test } from '@jest/globals'
import { lint } from './lint.js'
import type { Files } from '../helpers/git-repo.js'
import { project } from './projects.js'

test('a file list longer than the kernel takes on one command line runs in chunks, and every file is checked', async () => {
  // 5,000 YAML files under a deep folder: about 2.3 MB of file names, over Linux's ARG_MAX
  const folder = `${'a'.repeat(200)}/${'b'.repeat(200)}`
  const files: Files = {}
  for (let i = 0; i < 5000; i++)
    files[`${folder}/file-${String(i).padStart(4, '0')}-${'x'.repeat(40)}.yaml`] = 'a: 1\na: 2\n'
  const dir = project(files)
  const argumentBytes = Object.keys(files).reduce((sum, f) => sum + Buffer.byteLength(f) + 1, 0)
  expect(argumentBytes).toBeGreaterThan(Number(execFileSync('getconf', ['ARG_MAX'], { encoding: 'utf8' })))

  const { tools, result } = await lint(dir, { linters: 'yamllint', filter: 'nofilter' })
  // yamllint's own count, walking the folder itself
  const own = spawnSync('yamllint', ['-f', 'parsable', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })
  const ownCount = own.stdout.split('\n').filter(l => /:\d+:\d+: \[(error|warning)\]/.test(l)).length
  expect(ownCount).toBe(10_000)
  expect(tools.yamllint.status).toBe('fail')
  expect(tools.yamllint.findings).toBe(ownCount)
  expect((tools.yamllint as { processes?: number }).processes).toBeGreaterThanOrEqual(23)
  expect(new Set(result.findings.map(f => f.file)).size).toBe(5000)
}, 300_000)
