import { expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseEventContext } from '@ci-suite/core'
import { withLocalCommit } from './local-commit.js'

function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'docker-release-git-'))
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
  git('init', '-q', '-b', 'feature/login')
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\n')
  git('add', '.')
  git('-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '-q', '-m', 'one')
  return dir
}

const terminal = () => parseEventContext({ GITHUB_REPOSITORY: 'octo/demo' }, {})

test('at a terminal the branch and commit come from the checkout', async () => {
  const dir = repository()
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim()
  expect(await withLocalCommit(terminal(), dir)).toMatchObject({
    ref: 'refs/heads/feature/login',
    sha,
    refType: 'branch'
  })
})

test('a detached HEAD on a tag reads as that tag', async () => {
  const dir = repository()
  execFileSync('git', ['tag', 'v1.2.3'], { cwd: dir })
  execFileSync('git', ['checkout', '-q', '--detach', 'v1.2.3'], { cwd: dir })
  expect(await withLocalCommit(terminal(), dir)).toMatchObject({ ref: 'refs/tags/v1.2.3', refType: 'tag' })
})

test('a runner’s own ref and commit are kept, and a folder outside git is left as it is', async () => {
  const runner = parseEventContext({ GITHUB_REF: 'refs/heads/main', GITHUB_SHA: 'a'.repeat(40) }, {})
  expect(await withLocalCommit(runner, repository())).toBe(runner)
  const outside = terminal()
  expect(await withLocalCommit(outside, mkdtempSync(join(tmpdir(), 'no-git-')))).toBe(outside)
})
