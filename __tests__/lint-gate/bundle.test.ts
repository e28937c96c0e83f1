import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { runAction } from '../harness/run-action.js'
import { demoRepository, git as gitIn } from '../helpers/git-repo.js'

/** The demo service in a git repository, with a pull request that adds one more flake8 problem. */
function pullRequestRepo() {
  const { dir: repo, base } = demoRepository('lint-e2e')
  const git = (...args: string[]) => gitIn(repo, ...args)
  const file = join(repo, 'app', 'pricing.py')
  writeFileSync(file, readFileSync(file, 'utf8') + '\n\ndef tax(total):\n    unused = 1\n    return total * 0.2\n')
  git('commit', '-qam', 'add tax')
  return { repo, base, head: git('rev-parse', 'HEAD') }
}

describe('lint-gate run as a runner runs it', () => {
  test('on a pull request it keeps the findings on the added lines and annotates them', async () => {
    const { repo, base, head } = pullRequestRepo()
    const run = await runAction('lint-gate', {
      cwd: repo,
      eventName: 'pull_request',
      payload: {
        number: 9,
        pull_request: { number: 9, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'tax' } }
      },
      inputs: { linters: 'flake8', args: 'flake8: --max-line-length=120' }
    })
    expect(run.exitCode).toBe(1)
    expect(run.outputs.status).toBe('fail')
    // the pull request adds one problem (F841); the three older ones are outside the filter
    expect(run.report?.findings).toEqual([
      expect.objectContaining({ tool: 'flake8', ruleId: 'F841', file: 'app/pricing.py', line: 26 })
    ])
    expect(run.summary).toMatch(/Outside the filter/)
    expect(run.commands).toContainEqual(
      expect.objectContaining({
        command: 'error',
        properties: expect.objectContaining({ file: 'app/pricing.py', line: '26' })
      })
    )
    expect(run.errorLines).toHaveLength(1)
  })

  test('nofilter reports every finding and the fix command', async () => {
    const { repo } = pullRequestRepo()
    const run = await runAction('lint-gate', {
      cwd: repo,
      inputs: { linters: 'flake8', filter: 'nofilter', args: 'flake8: --max-line-length=120' }
    })
    expect(run.report?.findings).toHaveLength(4)
    expect(run.summary).toContain('flake8 --max-line-length=120 .')
  })
})
