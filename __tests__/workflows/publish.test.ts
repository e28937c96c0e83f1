import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { fakeGh } from './fake-gh.js'
import { git, writeFiles } from '../helpers/git-repo.js'
import { fixtureRepository, ownWorkflow, runScriptSteps } from './pipeline.js'

/** publish.yml, the release of ci-suite itself: its version check and its tagging, on a repository and a bare origin. */
const PUBLISH = '.github/workflows/publish.yml'
const CHANGELOG = '# Changelog\n\n## 1.1.0\n\n- newer\n\n## 1.0.1\n\n- a fix\n\n## 1.0.0\n\n- first\n'

function repository() {
  const origin = mkdtempSync(join(tmpdir(), 'ci-suite-origin-'))
  git(origin, 'init', '-q', '--bare')
  const repo = fixtureRepository({
    'package.json': '{"name": "ci-suite", "version": "1.0.0"}\n',
    'CHANGELOG.md': CHANGELOG
  })
  git(repo, 'remote', 'add', 'origin', origin)
  git(repo, 'push', '-q', 'origin', 'main')
  return { repo, origin, gh: fakeGh() }
}

const tag = (repo: string, gh: string, version: string) =>
  runScriptSteps(ownWorkflow(PUBLISH), 'tag', ['Tag vX.Y.Z and move the major tag atomically'], {
    cwd: repo,
    env: { PATH: `${gh}:${process.env.PATH}`, GIT_COMMITTER_NAME: 'x', GIT_COMMITTER_EMAIL: 'x@example.invalid' },
    context: {
      'needs.version.outputs.version': version,
      'needs.version.outputs.tag': `v${version}`,
      'github.token': 'not-a-token'
    }
  })

const commitOn = (repo: string, file: string) => {
  writeFiles(repo, { [file]: file })
  git(repo, 'add', '-A')
  git(repo, 'commit', '-q', '-m', file)
  return git(repo, 'rev-parse', 'HEAD')
}
const remoteTag = (origin: string, name: string) => git(origin, 'rev-parse', `${name}^{commit}`)

describe('publish.yml tags a release', () => {
  test('tags vX.Y.Z and moves v1 to the newest release, never back to an older one', async () => {
    const { repo, origin, gh } = repository()
    const first = git(repo, 'rev-parse', 'HEAD')
    expect((await tag(repo, gh.dir, '1.0.0')).exitCode).toBe(0)
    expect([remoteTag(origin, 'v1.0.0'), remoteTag(origin, 'v1')]).toEqual([first, first])
    expect(git(origin, 'cat-file', '-t', 'v1.0.0')).toBe('tag')

    const second = commitOn(repo, 'feature.txt')
    const newer = await tag(repo, gh.dir, '1.1.0')
    expect(newer.exitCode).toBe(0)
    expect(newer.summary).toContain('v1 now points at v1.1.0')
    expect(remoteTag(origin, 'v1')).toBe(second)

    // A fix released from releases/v1, based on 1.0.0, after 1.1.0: v1 stays on 1.1.0.
    git(repo, 'checkout', '-q', '-b', 'releases/v1', first)
    const fix = commitOn(repo, 'fix.txt')
    const older = await tag(repo, gh.dir, '1.0.1')
    expect(older.exitCode).toBe(0)
    expect(older.summary).toContain('v1 stays at v1.1.0')
    expect([remoteTag(origin, 'v1.0.1'), remoteTag(origin, 'v1')]).toEqual([fix, second])
    expect(gh.log()).toMatch(/^ARGS release create v1\.0\.1 --verify-tag --title v1\.0\.1 --notes-file /m)
  })

  test('never re-tags a released version, and then moves nothing (one atomic push)', async () => {
    const { repo, origin, gh } = repository()
    expect((await tag(repo, gh.dir, '1.0.0')).exitCode).toBe(0)
    const before = remoteTag(origin, 'v1')
    commitOn(repo, 'later.txt')
    git(repo, 'tag', '-d', 'v1.0.0')
    const again = await tag(repo, gh.dir, '1.0.0')
    expect(again.exitCode).not.toBe(0)
    expect(remoteTag(origin, 'v1')).toBe(before)
    expect(remoteTag(origin, 'v1.0.0')).toBe(before)
  })
})

describe('publish.yml decides whether package.json holds a new version', () => {
  const check = (repo: string, refName: string) =>
    runScriptSteps(ownWorkflow(PUBLISH), 'version', ["Is package.json's version released yet?"], {
      cwd: repo,
      context: { 'github.ref_name': refName }
    })

  test.each([
    ['a new version with its CHANGELOG section', '1.0.0', 'main', 0, 'release=true'],
    ['a version without a CHANGELOG section', '2.0.0', 'main', 1, 'CHANGELOG.md has no section ## 2.0.0'],
    ['a version of another major on releases/v1', '2.0.0', 'releases/v1', 1, 'releases/v1 releases v1.x only'],
    ['a version that is not X.Y.Z', '1.0', 'main', 1, 'is not X.Y.Z']
  ])('%s', async (_name, version, refName, exitCode, expected) => {
    const { repo } = repository()
    writeFiles(repo, { 'package.json': JSON.stringify({ name: 'ci-suite', version }) })
    const result = await check(repo, refName)
    expect(result.exitCode).toBe(exitCode)
    expect(exitCode === 0 ? `release=${result.outputs.release}` : result.output).toContain(expected)
  })

  test('an already released version is not released again', async () => {
    const { repo, gh } = repository()
    expect((await tag(repo, gh.dir, '1.0.0')).exitCode).toBe(0)
    const result = await check(repo, 'main')
    expect([result.exitCode, result.outputs.release]).toEqual([0, 'false'])
  })
})
