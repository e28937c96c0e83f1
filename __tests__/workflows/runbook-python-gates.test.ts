import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { type Files } from '../helpers/git-repo.js'
import {
  bundledActions,
  enabledJobs,
  fixtureRepository,
  reusableCall,
  runGate,
  runScriptSteps,
  toolFolder
} from './pipeline.js'

/**
 * Runbooks 000, 001, 002 and 004 through their templates: which gates each turns on, its lint configuration reaching
 * lint-gate, and its tests job feeding coverage-gate (through the bundle) on a repository shaped like that system.
 */
const PATH = `${toolFolder()}:${process.env.PATH}`
const bundled = bundledActions()
const withBundle = (action: string) => (bundled.includes(action) ? test : test.skip)

interface System {
  runbook: string
  template: string
  job: string
  gates: string[]
  linters: string
  /** the package the tests measure, and the folder it lives in */
  files: (covered: boolean) => Files
}

const python = (module: string, covered: boolean) =>
  `def add(a, b):\n    return a + b\n\n\ndef unused(a):\n${covered ? '    return a\n' : '    if a:\n        return 1\n    if a > 2:\n        return 2\n    if a > 3:\n        return 3\n    return 4\n'}`.replace(
    'def add',
    `# ${module}\ndef add`
  )
const test_ = (importLine: string, covered: boolean) =>
  `${importLine}\n\n\ndef test_add():\n    assert add(1, 2) == 3\n${covered ? '\n\ndef test_unused():\n    assert unused(1) == 1\n' : ''}`

const SYSTEMS: System[] = [
  {
    runbook: '000 FlowBiz AI Builder',
    template: 'workflows-templates/flowbiz-python.yml',
    job: 'python',
    gates: ['lint', 'tests', 'coverage', 'audit', 'secret-scan', 'build'],
    linters: 'ruff-check, ruff-format',
    files: covered => ({
      'pyproject.toml':
        '[project]\nname = "flowbiz"\nversion = "0.1.0"\n\n[tool.ruff]\nline-length = 100\n\n' +
        '[tool.pytest.ini_options]\npythonpath = ["src"]\n\n[tool.coverage.run]\nsource = ["src"]\n',
      'src/flowbiz/__init__.py': '',
      'src/flowbiz/app.py': python('flowbiz', covered),
      'tests/test_app.py': test_('from flowbiz.app import add, unused', covered),
      Dockerfile: 'FROM python:3.12-slim\n'
    })
  },
  {
    runbook: '001 PlexiChat',
    template: 'workflows-templates/plexichat-python.yml',
    job: 'python',
    gates: ['lint', 'tests', 'coverage', 'audit', 'secret-scan'],
    linters: 'ruff-check, black, isort, mypy, bandit',
    files: covered => ({
      'requirements.txt': 'requests==2.31.0\n',
      'pytest.ini': '[pytest]\npythonpath = .\n',
      'plexichat/__init__.py': '',
      'plexichat/core.py': python('plexichat', covered),
      'tests/unit/test_core.py': test_('from plexichat.core import add, unused', covered)
    })
  },
  {
    runbook: '002 Circle of Closure',
    template: 'workflows-templates/closure-python.yml',
    job: 'python',
    gates: ['lint', 'tests', 'coverage', 'audit', 'secret-scan'],
    linters: 'black, flake8, pre-commit',
    files: covered => ({
      'server/requirements.txt': 'fastapi==0.110.0\n',
      // pre-commit with a local hook only: the fixture reaches no hook repository
      '.pre-commit-config.yaml':
        'repos:\n  - repo: local\n    hooks:\n      - id: no-tabs\n        name: no tabs\n        entry: "\\t"\n        language: pygrep\n        types: [python]\n',
      'pytest.ini': '[pytest]\npythonpath = .\n',
      'server/__init__.py': '',
      'server/main.py': python('server', covered),
      'tests/test_main.py': test_('from server.main import add, unused', covered)
    })
  },
  {
    runbook: '004 VibeVoice Realtime Agent',
    template: 'workflows-templates/voice-agent.yml',
    job: 'python',
    gates: ['lint', 'tests', 'coverage', 'audit', 'secret-scan'],
    linters: 'ruff-check, mypy',
    files: covered => ({
      'pyproject.toml':
        '[project]\nname = "voice-agent"\nversion = "0.1.0"\n\n[tool.pytest.ini_options]\npythonpath = ["."]\n',
      'uv.lock': 'version = 1\n',
      'src/__init__.py': '',
      'src/agent.py': python('agent', covered),
      'tests/test_agent.py': test_('from src.agent import add, unused', covered)
    })
  }
]

describe.each(SYSTEMS.map(s => [s.runbook, s] as const))('runbook %s', (_name, system) => {
  const call = () => {
    const c = reusableCall(system.template, system.job)
    // The fixture's packages come from Debian (pytest, pytest-cov), not from an index this machine cannot reach.
    c.inputs['install-command'] = 'true'
    return c
  }

  test('its template turns on the gates the runbook names, with its linters', async () => {
    expect(enabledJobs(call())).toEqual(system.gates)
    expect(call().inputs.linters).toBe(system.linters)
  })

  test.each([
    ['every line is covered: the tests pass and coverage-gate passes at the 80% minimum', true, 'pass', 0],
    ['most lines are uncovered: the tests pass and coverage-gate fails', false, 'fail', 1]
  ])('%s', async (_case, covered, status, exitCode) => {
    const repo = fixtureRepository(system.files(covered))
    const tests = await runScriptSteps(call(), 'tests', ['Install', 'Test environment', 'Run the tests'], {
      cwd: repo,
      env: { PATH }
    })
    expect([tests.exitCode, tests.failedStep]).toEqual([0, undefined])
    const gate = await runGate(call(), 'coverage', { cwd: repo, eventName: 'workflow_dispatch', env: { PATH } })
    expect(gate.inputs['min-coverage']).toBe('80')
    expect([gate.outputs.status, gate.exitCode]).toEqual([status, exitCode])
    expect(Number(gate.outputs.coverage)).toBeGreaterThan(0)
  })

  withBundle('lint-gate')('its lint gate runs the runbook linters on the project', async () => {
    const repo = fixtureRepository(system.files(true))
    const lint = await runGate(call(), 'lint', {
      cwd: repo,
      eventName: 'workflow_dispatch',
      env: { PATH },
      overrides: { install: 'false' }
    })
    const tools = Object.keys((lint.report?.metrics as { tools?: Record<string, unknown> } | undefined)?.tools ?? {})
    expect(tools.sort()).toEqual(
      system.linters
        .split(',')
        .map(s => s.trim())
        .sort()
    )
  })
})

test('runbook 001 keeps every gate report as an artifact, and attaches a CycloneDX SBOM on release', async () => {
  expect(reusableCall('workflows-templates/plexichat-python.yml', 'python').inputs['upload-reports']).toBe('true')
  expect(reusableCall('workflows-templates/plexichat-python.yml', 'release').inputs['sbom-format']).toBe(
    'cyclonedx-json'
  )
})

test('runbook 004 keys the pip cache by the lockfile hash: the dependency files the cache key hashes', async () => {
  const repo = fixtureRepository(SYSTEMS[3].files(true))
  const run = await runScriptSteps(
    reusableCall('workflows-templates/voice-agent.yml', 'python'),
    'tests',
    ['Dependency files for the pip cache key'],
    {
      cwd: repo
    }
  )
  expect(run.outputs.paths.split('\n')).toEqual(['uv.lock', 'pyproject.toml', 'requirements*.txt'])
  const generic = await runScriptSteps(
    reusableCall('workflows-templates/python-ci.yml', 'python'),
    'tests',
    ['Dependency files for the pip cache key'],
    {
      cwd: repo
    }
  )
  expect(generic.outputs.paths.split('\n')).toEqual(['./**/requirements*.txt', './**/pyproject.toml'])
})

test('runbook 000 fails the tests job on a failing test', async () => {
  const repo = fixtureRepository({
    ...SYSTEMS[0].files(true),
    'tests/test_broken.py': 'def test_broken():\n    assert False\n'
  })
  const call = reusableCall(SYSTEMS[0].template, 'python')
  call.inputs['install-command'] = 'true'
  const tests = await runScriptSteps(call, 'tests', ['Install', 'Test environment', 'Run the tests'], {
    cwd: repo,
    env: { PATH }
  })
  expect(tests.failedStep).toBe('Run the tests')
  expect(tests.output).toContain('1 failed')
})

test('test-env refuses a line that is not NAME=value', async () => {
  const call = reusableCall('workflows-templates/python-ci.yml', 'python')
  call.inputs['test-env'] = 'not a variable\n'
  const run = await runScriptSteps(call, 'tests', ['Test environment'], { cwd: fixtureRepository({ 'a.txt': '' }) })
  expect(run.exitCode).toBe(1)
  expect(run.output).toContain('::error::test-env: each line is NAME=value')
})

test('without a paths filter a project is always selected', async () => {
  const repo = fixtureRepository({ 'a.txt': 'x' })
  const run = await runScriptSteps(
    reusableCall('workflows-templates/python-ci.yml', 'python'),
    'changes',
    ['Select by changed paths'],
    {
      cwd: repo,
      context: { 'github.event_name': 'push', 'github.event.before': '' }
    }
  )
  expect(run.outputs.selected).toBe('true')
})

test.each([
  ['workflows-templates/node-ci.yml', 'node', 'coverage/lcov.info'],
  ['workflows-templates/python-ci.yml', 'python', 'coverage.xml']
])('%s hands the coverage report to the coverage job under the same path (%s, %s)', async (template, job, file) => {
  const repo = fixtureRepository({ [file]: 'TN:\n' })
  const temp = mkdtempSync(join(tmpdir(), 'ci-suite-runner-temp-'))
  const run = await runScriptSteps(
    reusableCall(template, job),
    'tests',
    ['Stage the coverage report (keeping its path under working-directory)'],
    {
      cwd: repo,
      runnerTemp: temp
    }
  )
  expect(run.exitCode).toBe(0)
  expect(readFileSync(join(temp, 'ci-suite-coverage', file), 'utf8')).toBe('TN:\n')
})
