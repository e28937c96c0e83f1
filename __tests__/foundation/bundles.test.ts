import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { REPO_ROOT, runAction } from '../harness/run-action.js'

const actions = readdirSync(join(REPO_ROOT, 'actions')).filter(d =>
  existsSync(join(REPO_ROOT, 'actions', d, 'action.yml'))
)

describe.each(actions)('the %s bundle run as a runner runs it', name => {
  test.each(['node20', 'node24'] as const)(
    'fails a bad fail-on value on %s with exactly one clear error line and exit code 1',
    async node => {
      const run = await runAction(name, { inputs: { 'fail-on': 'hihg' }, node })
      expect(run.exitCode).toBe(1)
      expect(run.errorLines).toHaveLength(1)
      expect(run.errorLines[0]).toMatch(new RegExp(`^${name}: fail-on must be one of [a-z, ]+; got "hihg"$`))
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
      expect(run.outputs.status).toBe('error')
      expect(run.report?.status).toBe('error')
    }
  )

  test('a missing working directory is one clear error', async () => {
    const run = await runAction(name, { inputs: { 'working-directory': 'no/such/folder' } })
    expect(run.exitCode).toBe(1)
    expect(run.errorLines).toEqual([
      expect.stringMatching(new RegExp(`^${name}: working-directory no/such/folder does not exist`))
    ])
  })
})
