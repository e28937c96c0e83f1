import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { ConfigurationError, mapInputSource, paragraph, type ActionDefinition, type ActionResult } from '@ci-suite/core'
import { RecordingIO } from '../../../__tests__/helpers/recording-io.js'
import { evaluateAction } from './evaluate.js'
import { publishGate } from './publish.js'

interface FakeInputs {
  outcome: string
}

function fakeAction(run: ActionDefinition<FakeInputs>['run']): ActionDefinition<FakeInputs> {
  return {
    name: 'coverage-gate',
    title: 'Fake gate',
    failOn: { values: ['error', 'never'], default: 'error' },
    readInputs: reader => ({ outcome: reader.choice('outcome', ['pass', 'fail', 'user-error', 'bug'], 'pass') }),
    run
  }
}

const result = (status: 'pass' | 'fail', extra: Partial<ActionResult> = {}): ActionResult => ({
  status,
  summary: status === 'pass' ? 'all good' : '3 problems',
  findings: status === 'pass' ? [] : [{ file: 'a.py', line: 1 }],
  failing: status === 'pass' ? 0 : 3,
  metrics: { answer: 42 },
  ...extra
})

const byOutcome = fakeAction(async inputs => {
  if (inputs.outcome === 'user-error') throw new ConfigurationError('coverage.xml does not exist: produce it first')
  if (inputs.outcome === 'bug') throw new TypeError('cannot read properties of undefined')
  return result(inputs.outcome === 'fail' ? 'fail' : 'pass', { sections: [paragraph('section body')] })
})

async function evaluate(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  definition: ActionDefinition<FakeInputs> = byOutcome
) {
  const temp = mkdtempSync(join(tmpdir(), 'ci-suite-eval-'))
  const io = new RecordingIO('runner')
  const outcome = await evaluateAction(definition as ActionDefinition, {
    source: mapInputSource({ 'report-path': join(temp, 'report.json'), ...inputs }),
    env: { RUNNER_TEMP: temp, ...env },
    io,
    cwd: temp
  })
  const exitCode = await publishGate(outcome, io)
  return { outcome, io, exitCode, report: JSON.parse(readFileSync(join(temp, 'report.json'), 'utf8')) }
}

describe('running one action', () => {
  test('a passing gate exits 0, writes the report and the common outputs', async () => {
    const { exitCode, io, report } = await evaluate({ outcome: 'pass' })
    expect(exitCode).toBe(0)
    expect(io.outputs).toMatchObject({ status: 'pass', findings: '0' })
    expect(report).toMatchObject({
      schema: 'ci-suite/report@1',
      action: 'coverage-gate',
      status: 'pass',
      summary: 'all good',
      metrics: { answer: 42 }
    })
    expect(io.failures).toEqual([])
    expect(io.summary).toContain('Fake gate: pass')
    expect(io.summary).toContain('section body')
  })

  test('a failing gate exits 1 with exactly one failure line that names the action', async () => {
    const { exitCode, io, report } = await evaluate({ outcome: 'fail' })
    expect(exitCode).toBe(1)
    expect(io.failures).toEqual(['coverage-gate: 3 problems'])
    expect(io.outputs.findings).toBe('3')
    expect(report.status).toBe('fail')
  })

  test('fail-on never reports a failure but never fails the step', async () => {
    const { exitCode, io, report } = await evaluate({ outcome: 'fail', 'fail-on': 'never' })
    expect(exitCode).toBe(0)
    expect(io.failures).toEqual([])
    expect(report.status).toBe('fail')
    expect(io.outputs.status).toBe('fail')
    expect(io.summary).toContain('Report only')
  })

  test('a user mistake is an error with its own message and no stack', async () => {
    const { exitCode, io, report } = await evaluate({ outcome: 'user-error' })
    expect(exitCode).toBe(1)
    expect(io.failures).toEqual(['coverage-gate: coverage.xml does not exist: produce it first'])
    expect(report.status).toBe('error')
    expect(io.outputs.status).toBe('error')
  })

  test('an internal bug is told apart from a user mistake, with the stack only in debug mode', async () => {
    const plain = await evaluate({ outcome: 'bug' })
    expect(plain.io.failures).toHaveLength(1)
    expect(plain.io.failures[0]).toMatch(
      /^coverage-gate stopped on an internal error \(cannot read properties of undefined\)\. This is a bug/
    )
    expect(plain.io.failures[0]).not.toContain('at ')
    const debug = await evaluate({ outcome: 'bug' }, { RUNNER_DEBUG: '1' })
    expect(debug.io.failures[0]).toContain('evaluate.test.ts')
  })

  test('a bad input value fails with the input, the allowed values and what it got', async () => {
    const { exitCode, io } = await evaluate({ 'fail-on': 'hihg' })
    expect(exitCode).toBe(1)
    expect(io.failures).toEqual(['coverage-gate: fail-on must be one of error, never; got "hihg"'])
  })

  test("the run's temporary folder is gone when the run ends, whether the action returned or threw", async () => {
    for (const outcome of ['pass', 'bug']) {
      let seen: string | undefined
      const writing = fakeAction(async (inputs, context) => {
        seen = context.tempDir
        writeFileSync(join(context.tempDir, 'scratch.txt'), 'scratch')
        return byOutcome.run(inputs, context)
      })
      const { report } = await evaluate({ outcome }, {}, writing)
      expect(report.status).toBe(outcome === 'pass' ? 'pass' : 'error')
      expect(seen).toBeDefined()
      expect(existsSync(join(seen!, 'scratch.txt'))).toBe(false)
      expect(existsSync(seen!)).toBe(false)
    }
  })

  test('a missing working directory is a clear error', async () => {
    const { io } = await evaluate({ 'working-directory': 'no/such/dir' })
    expect(io.failures[0]).toMatch(/^coverage-gate: working-directory no\/such\/dir does not exist in /)
  })

  test('registered secrets are masked first and never reach the report, outputs or summary', async () => {
    const secret = ['s3cr3t', 'VALUE', '0123456789'].join('-')
    const leaky = fakeAction(async () => ({
      ...result('fail'),
      summary: `found ${secret}`,
      outputs: { extra: secret },
      findings: [{ message: secret }],
      annotations: [{ level: 'error', message: `leak ${secret}` }]
    }))
    const original = leaky.run
    leaky.run = async (inputs, context) => {
      context.secrets.register(secret)
      return original(inputs, context)
    }
    const { io, report } = await evaluate({}, {}, leaky)
    expect(io.masked).toContain(secret)
    const written = JSON.stringify([report, io.outputs, io.summary, io.annotations, io.failures])
    expect(written).not.toContain(secret)
    expect(written).toContain('***')
  })

  test('the github token is masked and never repeated in the reproduce command', async () => {
    const token = ['ghs', 'x'.repeat(36)].join('_')
    const { io } = await evaluate({ 'github-token': token, outcome: 'fail' })
    expect(io.masked).toContain(token)
    expect(io.summary).toContain('npx ci-suite coverage-gate --outcome fail')
    expect(io.summary).not.toContain(token)
  })

  test('annotations beyond ten per level are counted in the summary, not shown', async () => {
    const noisy = fakeAction(async () => ({
      ...result('fail'),
      annotations: Array.from({ length: 14 }, (_, i) => ({
        level: 'error' as const,
        message: `problem ${i}`,
        priority: i
      }))
    }))
    const { io } = await evaluate({}, {}, noisy)
    expect(io.annotations).toHaveLength(10)
    expect(io.annotations[0].message).toBe('problem 13')
    expect(io.summary).toContain('4 errors more')
  })
})
