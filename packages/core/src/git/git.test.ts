import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '../errors.js'
import { Git } from './git.js'

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@t',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@t'
}
const sh = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim()

let origin: string
let base: string
let head: string

beforeAll(() => {
  origin = mkdtempSync(join(tmpdir(), 'ci-suite-git-'))
  sh(origin, 'init', '-q', '-b', 'main')
  writeFileSync(join(origin, 'a.py'), 'one\ntwo\nthree\nfour\n')
  writeFileSync(join(origin, 'old name.txt'), 'keep\n'.repeat(20))
  sh(origin, 'add', '.')
  sh(origin, 'commit', '-qm', 'first')
  for (let i = 0; i < 30; i++) {
    writeFileSync(join(origin, 'filler.txt'), `filler ${i}\n`)
    sh(origin, 'add', '.')
    sh(origin, 'commit', '-qm', `filler ${i}`)
  }
  base = sh(origin, 'rev-parse', 'HEAD')
  sh(origin, 'checkout', '-qb', 'feature')
  writeFileSync(join(origin, 'a.py'), 'one\nTWO\nthree\nfour\nfive\nsix\n')
  sh(origin, 'mv', 'old name.txt', 'new name.txt')
  writeFileSync(join(origin, 'image.bin'), Buffer.from([0, 1, 2, 3, 0, 255]))
  sh(origin, 'add', '.')
  sh(origin, 'commit', '-qm', 'change')
  head = sh(origin, 'rev-parse', 'HEAD')
})

describe('changed line ranges between two commits', () => {
  test('lists added and changed lines per file, renames and binaries', async () => {
    const changes = await new Git(origin).diff({ base, head })
    const byPath = Object.fromEntries(changes.map(c => [c.path, c]))
    expect(byPath['a.py'].added).toEqual([
      { start: 2, end: 2 },
      { start: 5, end: 6 }
    ])
    expect(byPath['new name.txt']).toMatchObject({ status: 'renamed', oldPath: 'old name.txt', added: [] })
    expect(byPath['image.bin']).toMatchObject({ binary: true, status: 'added' })
  })
})

describe('a shallow clone', () => {
  test('is deepened until the merge base is there', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'ci-suite-shallow-'))
    sh(clone, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, '.')
    const git = new Git(clone)
    expect(await git.isShallow()).toBe(true)
    expect(await git.hasCommit(base)).toBe(false)
    const range = await git.ensureRange({ base, head }, { mergeBase: true })
    expect(range).toEqual({ base, head })
  })

  test('deepened by several gates at once (the root action), gives each of them the range', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'ci-suite-shallow-'))
    sh(clone, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, '.')
    // one Git per gate, as each gate makes its own; git's shallow.lock fails a second fetch that starts meanwhile
    const fetches = await Promise.all(
      Array.from({ length: 4 }, () =>
        new Git(clone).run(['fetch', '--no-tags', '--quiet', '--deepen=5', 'origin'], { allowFailure: true })
      )
    )
    expect(fetches.map(f => f.stderr)).toEqual(['', '', '', ''])
    const ranges = await Promise.all(
      Array.from({ length: 4 }, () => new Git(clone).ensureRange({ base, head }, { mergeBase: true }))
    )
    expect(ranges).toEqual(Array.from({ length: 4 }, () => ({ base, head })))
  })

  test('without a remote fails with the fetch-depth advice', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'ci-suite-shallow-'))
    sh(clone, 'clone', '-q', '--depth=1', '--branch', 'feature', `file://${origin}`, '.')
    sh(clone, 'remote', 'remove', 'origin')
    const attempt = new Git(clone).ensureRange({ base, head }, { mergeBase: true })
    await expect(attempt).rejects.toThrow(ConfigurationError)
    await expect(attempt).rejects.toThrow(/is not in this clone: set `fetch-depth: 0` on actions\/checkout/)
  })

  test('two unrelated histories are a clear error, not a crash', async () => {
    const other = mkdtempSync(join(tmpdir(), 'ci-suite-other-'))
    sh(other, 'init', '-q')
    sh(other, 'fetch', '-q', origin, 'feature')
    sh(other, 'checkout', '-q', '--orphan', 'lonely')
    writeFileSync(join(other, 'x'), 'x')
    sh(other, 'add', 'x')
    sh(other, 'commit', '-qm', 'lonely')
    const lonely = sh(other, 'rev-parse', 'HEAD')
    await expect(new Git(other).ensureRange({ base: lonely, head }, { mergeBase: true })).rejects.toThrow(
      /have no common history/
    )
  })
})

describe('whether a folder is in a git work tree', () => {
  test('a folder with no .git in it or above it, and no GIT_DIR, is not', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'git-plain-'))
    mkdirSync(join(plain, 'a', 'b'), { recursive: true })
    expect(await new Git(join(plain, 'a', 'b')).isRepository({})).toBe(false)
  })

  test('a subfolder of a repository is', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'git-repo-'))
    try {
      execFileSync('git', ['init', '-q', repo])
      mkdirSync(join(repo, 'sub', 'deeper'), { recursive: true })
      expect(await new Git(join(repo, 'sub', 'deeper')).isRepository({})).toBe(true)
    } finally {
      rmSync(repo, { recursive: true, force: true })
    }
  })
})

describe('a clone that lacks objects', () => {
  test('a command that needs one fails with git own words and the full-clone advice, for every action', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ci-suite-git-missing-'))
    try {
      sh(dir, 'init', '-q', '-b', 'main')
      writeFileSync(join(dir, 'a.txt'), 'content that git keeps as a loose object\n')
      sh(dir, 'add', '.')
      sh(dir, 'commit', '-qm', 'one')
      const blob = sh(dir, 'rev-parse', 'HEAD:a.txt')
      rmSync(join(dir, '.git', 'objects', blob.slice(0, 2), blob.slice(2)))
      const error = await new Git(dir).run(['-c', 'core.quotePath=false', 'show', 'HEAD:a.txt']).catch(e => e as Error)
      expect(error).toBeInstanceOf(ConfigurationError)
      expect((error as Error).message).toMatch(
        /^git show HEAD:a\.txt failed \(exit 128\): .*the clone lacks git objects.*fetch-depth: 0, no filter/
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
