import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'
import { OsvServer } from '../audit/osv-server.js'
import { git, writeFiles, type Files } from '../helpers/git-repo.js'
import {
  enabledJobs,
  fixtureRepository,
  reusableCall,
  runGate,
  runScriptSteps,
  toolFolder,
  type ReusableCall
} from './pipeline.js'

/**
 * Each runbook system's template, every gate it turns on, in the reusable workflow's order, through the bundles on a
 * repository shaped like that system: a clean project passes every gate; a secret committed later fails the secret
 * scan. The one gate not run here is `build` (`python -m build` fetches its build backend from an
 * index this machine cannot reach).
 */
jest.setTimeout(240_000)

const PATH = `${toolFolder()}:${process.env.PATH}`
const module_ = (name: string) => `# ${name}\n\n\ndef add(a, b):\n    return a + b\n`
const tests_ = (importLine: string) => `${importLine}\n\n\ndef test_add():\n    assert add(1, 2) == 3\n`

const SYSTEMS: Array<[string, string, string, Files]> = [
  [
    '000 FlowBiz',
    'workflows-templates/flowbiz-python.yml',
    'python',
    {
      'pyproject.toml':
        '[project]\nname = "flowbiz"\nversion = "0.1.0"\n\n[tool.ruff]\nline-length = 100\n\n' +
        '[tool.pytest.ini_options]\npythonpath = ["src"]\n\n[tool.coverage.run]\nsource = ["src"]\n',
      'src/flowbiz/__init__.py': '',
      'src/flowbiz/app.py': module_('flowbiz'),
      'tests/test_app.py': tests_('from flowbiz.app import add')
    }
  ],
  [
    '001 PlexiChat',
    'workflows-templates/plexichat-python.yml',
    'python',
    {
      'requirements.txt': 'requests==2.31.0\n',
      'pytest.ini': '[pytest]\npythonpath = .\n',
      'plexichat/__init__.py': '',
      'plexichat/core.py': module_('plexichat'),
      'tests/test_core.py': tests_('from plexichat.core import add')
    }
  ],
  [
    '002 Circle of Closure',
    'workflows-templates/closure-python.yml',
    'python',
    {
      '.pre-commit-config.yaml':
        'repos:\n  - repo: local\n    hooks:\n      - id: no-tabs\n        name: no tabs\n        entry: "\\t"\n        language: pygrep\n        types: [python]\n',
      'server/requirements.txt': 'fastapi==0.110.0\n',
      'pytest.ini': '[pytest]\npythonpath = .\n',
      'server/__init__.py': '',
      'server/main.py': module_('server'),
      'tests/test_main.py': tests_('from server.main import add')
    }
  ],
  [
    '003 ecommerce (backend)',
    'workflows-templates/ecommerce-monorepo.yml',
    'backend',
    {
      'backend/apps/__init__.py': '',
      'backend/apps/shop.py': module_('shop'),
      'backend/pytest.ini': '[pytest]\npythonpath = .\n',
      'backend/tests/test_shop.py': tests_('from apps.shop import add'),
      'backend/requirements/prod.txt': 'django==5.1.4\n',
      'backend/requirements/tests.txt': 'pytest==7.2.1\n'
    }
  ],
  [
    '004 VibeVoice',
    'workflows-templates/voice-agent.yml',
    'python',
    {
      'pyproject.toml':
        '[project]\nname = "voice-agent"\nversion = "0.1.0"\n\n[tool.pytest.ini_options]\npythonpath = ["."]\n',
      'requirements.txt': 'numpy==2.1.0\n',
      'src/__init__.py': '',
      'src/agent.py': module_('agent'),
      'tests/test_agent.py': tests_('from src.agent import add')
    }
  ]
]

/** A GitHub token shape with random characters, built here so that no token-shaped string is ever committed. */
const plantedToken = () =>
  ['gh', 'p_'].join('') +
  Array.from(
    { length: 36 },
    () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 62)]
  ).join('')

const osv = new OsvServer({ records: [] })
beforeAll(async () => {
  await osv.start()
})
afterAll(async () => {
  await osv.stop()
})

/** Runs one gate job the way its reusable workflow defines it; returns its status and exit code. */
async function runJob(call: ReusableCall, job: string, repo: string): Promise<{ status: string; exitCode: number }> {
  const env = { PATH }
  if (job === 'tests') {
    const run = await runScriptSteps(call, 'tests', ['Install', 'Test environment', 'Run the tests'], {
      cwd: repo,
      env
    })
    return { status: run.exitCode === 0 ? 'pass' : 'fail', exitCode: run.exitCode }
  }
  // The machine's tools stand for lint-gate's installs, a local OSV for osv.dev: the runner's environment, not inputs
  // the templates choose.
  const overrides: Record<string, string> =
    job === 'lint' ? { install: 'false' } : job === 'audit' ? { 'osv-url': osv.url } : {}
  const run = await runGate(call, job, { cwd: repo, eventName: 'workflow_dispatch', env, overrides })
  return { status: run.outputs.status ?? `no status (${run.errorLines.join('; ')})`, exitCode: run.exitCode }
}

describe.each(SYSTEMS)('runbook %s: the gates of its template, in order', (_name, template, job, files) => {
  const call = () => {
    const c = reusableCall(template, job)
    c.inputs['install-command'] = 'true'
    return c
  }
  const gates = enabledJobs(call()).filter(j => j !== 'build')

  test('a clean project passes every gate', async () => {
    const repo = fixtureRepository(files)
    const results: Record<string, string> = {}
    for (const gate of gates) {
      const { status, exitCode } = await runJob(call(), gate, repo)
      results[gate] = `${status} ${exitCode}`
    }
    expect(results).toEqual(Object.fromEntries(gates.map(g => [g, 'pass 0'])))
  })

  test('a secret committed later fails the secret scan', async () => {
    const repo = fixtureRepository(files)
    writeFiles(repo, { 'deploy/settings.env': `GITHUB_TOKEN=${plantedToken()}\n` })
    git(repo, 'add', '-A')
    git(repo, 'commit', '-q', '-m', 'deploy settings')
    expect(gates).toContain('secret-scan')
    expect(await runJob(call(), 'secret-scan', repo)).toEqual({ status: 'fail', exitCode: 1 })
  })
})
