import { describe, expect, test } from '@jest/globals'
import { runProcess } from './run-process.js'

describe('running an external tool', () => {
  test('captures output, exit code and duration', async () => {
    const r = await runProcess('sh', ['-c', 'echo out; echo err >&2; exit 3'])
    expect(r).toMatchObject({ exitCode: 3, stdout: 'out\n', stderr: 'err\n', timedOut: false, notFound: false })
    expect(r.durationMs).toBeGreaterThanOrEqual(0)
  })

  test('a missing executable is reported, not thrown', async () => {
    expect(await runProcess('no-such-tool-ci-suite', [])).toMatchObject({ notFound: true, exitCode: 127 })
  })

  test('a tool that runs too long is killed with its children', async () => {
    const r = await runProcess('sh', ['-c', 'sleep 30 & sleep 30'], { timeoutMs: 300 })
    expect(r.timedOut).toBe(true)
    expect(r.durationMs).toBeLessThan(5000)
  })

  test('stdin is passed through', async () => {
    expect((await runProcess('cat', [], { input: 'hello' })).stdout).toBe('hello')
  })
})
