import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { REPO_ROOT, runAction } from '../harness/run-action.js'
import { commit, git, newRepo, write } from './corpus.js'

const fakePat = () =>
  [
    'ghp',
    randomBytes(27)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, 'x')
      .slice(0, 36)
  ].join('_')

describe('secret-scan run as a runner runs it', () => {
  test('a pull request scans only its own commits, fails, annotates and masks the value', async () => {
    const repo = newRepo()
    const old = fakePat()
    write(repo, 'old.env', `TOKEN=${old}\n`)
    const base = commit(repo, 'an old secret, outside the pull request')
    const value = fakePat()
    write(repo, 'src/config.ts', ['export const config = {', `  token: '${value}'`, '}'])
    const head = commit(repo, 'add config')
    const run = await runAction('secret-scan', {
      cwd: repo,
      eventName: 'pull_request',
      payload: {
        number: 3,
        pull_request: { number: 3, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'f' } }
      }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('fail')
    expect(run.outputs.findings).toBe('1')
    expect(run.report?.findings?.[0]).toMatchObject({ file: 'src/config.ts', line: 2, commit: head })
    expect(run.commands.find(c => c.command === 'add-mask')?.message).toBe(value)
    expect(
      run.commands.some(
        c => c.command === 'error' && c.properties.file === 'src/config.ts' && c.properties.line === '2'
      )
    ).toBe(true)
    expect(run.errorLines).toHaveLength(1)
    const visible = run
      .everythingWritten()
      .split('\n')
      .filter(l => !l.startsWith('::add-mask::'))
      .join('\n')
    expect(visible).not.toContain(value)
    expect(visible).not.toContain(old)
    expect(run.outputs.sarif).toBeDefined()
  })

  test('npx ci-suite secret-scan --scope staged checks the index before a commit, as a pre-push hook does', () => {
    const repo = newRepo()
    write(repo, 'README.md', 'hello\n')
    commit(repo, 'first')
    const value = fakePat()
    write(repo, 'deploy.sh', `export GH_TOKEN=${value}\n`)
    git(repo, 'add', 'deploy.sh')
    const cli = spawnSync(process.execPath, [`${REPO_ROOT}/dist/cli/index.js`, 'secret-scan', '--scope', 'staged'], {
      cwd: repo,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME }
    })
    expect(cli.status).toBe(1)
    expect(cli.stdout).toContain('deploy.sh')
    expect(cli.stdout + cli.stderr).not.toContain(value)
    expect(cli.stdout).not.toContain('::add-mask::')
  })

  test('a terminal run writes its summary and log without loading Node.js stream modules (their load is 4-5 ms of a 0.13 s scan)', () => {
    // a plain folder: in a git repository the file list comes from git, whose pipes are streams
    const folder = mkdtempSync(join(tmpdir(), 'plain-'))
    writeFileSync(join(folder, 'README.md'), 'hello\n')
    const loaded = join(mkdtempSync(join(tmpdir(), 'modules-')), 'loaded.txt')
    const preload = join(dirname(loaded), 'record.cjs')
    writeFileSync(
      preload,
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(loaded)}, process.moduleLoadList.join('\\n')))\n`
    )
    const cli = spawnSync(
      process.execPath,
      ['--require', preload, `${REPO_ROOT}/dist/cli/index.js`, 'secret-scan', '--scope', 'tree'],
      { cwd: folder, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME } }
    )
    expect(cli.status).toBe(0)
    expect(cli.stdout).toContain('no secrets in 1 file')
    expect(cli.stderr).toContain('secret-scan: the files in the working tree')
    const modules = readFileSync(loaded, 'utf8').split('\n')
    expect(modules).toContain('NativeModule fs')
    expect(
      modules.filter(m => /^NativeModule (stream|internal\/streams\/(readable|writable|duplex))$/.test(m))
    ).toEqual([])
  })
})
