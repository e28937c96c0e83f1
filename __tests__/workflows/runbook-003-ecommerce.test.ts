import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { OsvServer } from '../audit/osv-server.js'
import { RECORDS } from '../audit/records.js'
import { git, writeFiles, type Files } from '../helpers/git-repo.js'
import {
  bundledActions,
  enabledJobs,
  fixtureRepository,
  pullRequestMerge,
  reusableCall,
  runGate,
  runScriptSteps,
  toolFolder
} from './pipeline.js'

/**
 * Runbook 003's acceptance tests, run through workflows-templates/ecommerce-monorepo.yml: the template's inputs, the
 * reusable workflows' steps and the bundles, on a repository shaped like the ecommerce monorepo.
 */
const TEMPLATE = 'workflows-templates/ecommerce-monorepo.yml'

const ECOMMERCE: Files = {
  'backend/apps/__init__.py': '',
  'backend/apps/shop/__init__.py': '',
  'backend/apps/shop/views.py': 'def total(prices):\n    return sum(prices)\n',
  'backend/apps/shop/migrations/__init__.py': '',
  'backend/apps/shop/migrations/0001_initial.py': `OPERATIONS = ["${'x'.repeat(150)}"]\n`,
  'backend/config/__init__.py': '',
  'backend/config/settings/__init__.py': '',
  'backend/config/settings/development.py': 'DEBUG = True\n',
  'backend/pytest.ini': '[pytest]\npythonpath = .\n',
  'backend/tests/test_views.py':
    'import os\n\nfrom apps.shop.views import total\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n\n\n' +
    'def test_settings_come_from_the_workflow():\n' +
    "    assert os.environ['DJANGO_SETTINGS_MODULE'] == 'config.settings.development'\n" +
    "    assert os.environ['DATABASE_URL'] == 'sqlite:///test.db'\n",
  'backend/requirements/prod.txt': 'django==4.2.1\n',
  'backend/requirements/tests.txt': 'pytest==7.2.1\n',
  'backend/Dockerfile': 'FROM python:3.11-slim\nCOPY . /app\n',
  'ai-services/api_gateway/main.py': 'def health():\n    return {"status": "ok"}\n',
  'ai-services/api_gateway/requirements.txt': 'fastapi==0.110.0\n',
  'ai-services/api_gateway/Dockerfile': 'FROM python:3.11-slim\nCOPY . /app\n'
}

const bundled = bundledActions()
/** A gate runs through its bundle, so its test waits until the built suite has the action. */
const withBundle = (action: string) => (bundled.includes(action) ? test : test.skip)

const tools = toolFolder()
const PATH = `${tools}:${process.env.PATH}`
/** The fixture's dependencies come from Debian's packages (pytest), not from an index this machine cannot reach. */
const OFFLINE = { 'install-command': 'true' }

const backend = () => {
  const call = reusableCall(TEMPLATE, 'backend')
  Object.assign(call.inputs, OFFLINE)
  return call
}

describe('runbook 003: path filters select the service', () => {
  test.each<[string, Files, { backend: string; ai: string; images: string[] }]>([
    [
      'only backend/',
      { 'backend/apps/shop/views.py': 'def total(prices):\n    return sum(prices) + 0\n' },
      { backend: 'true', ai: 'false', images: ['backend'] }
    ],
    [
      'only ai-services/',
      { 'ai-services/api_gateway/main.py': 'def health():\n    return {}\n' },
      { backend: 'false', ai: 'true', images: ['ai-gateway'] }
    ],
    [
      'both services',
      { 'backend/README.md': 'x\n', 'ai-services/README.md': 'y\n' },
      { backend: 'true', ai: 'true', images: ['backend', 'ai-gateway'] }
    ],
    ['neither (docs only)', { 'docs/index.md': 'z\n' }, { backend: 'false', ai: 'false', images: [] }]
  ])('a pull request changing %s', async (_name, change, expected) => {
    const repo = fixtureRepository(ECOMMERCE)
    pullRequestMerge(repo, change)
    const pr = { 'github.event_name': 'pull_request', 'github.event.before': '' }
    const selected = (job: string) =>
      runScriptSteps(reusableCall(TEMPLATE, job), 'changes', ['Select by changed paths'], { cwd: repo, context: pr })
    const [backendRun, aiRun] = [await selected('backend'), await selected('ai-services')]
    expect([backendRun.exitCode, aiRun.exitCode]).toEqual([0, 0])
    expect({ backend: backendRun.outputs.selected, ai: aiRun.outputs.selected }).toEqual({
      backend: expected.backend,
      ai: expected.ai
    })
    const images = await runScriptSteps(
      reusableCall(TEMPLATE, 'images', { 'github.event_name': 'pull_request' }),
      'images',
      ['Select the images'],
      {
        cwd: repo,
        context: { 'github.event_name': 'pull_request' }
      }
    )
    expect(images.exitCode).toBe(0)
    expect((JSON.parse(images.outputs.images) as Array<{ name: string }>).map(i => i.name)).toEqual(expected.images)
    expect(images.outputs.any).toBe(String(expected.images.length > 0))
  })

  test('a push to the default branch builds and pushes both images, whatever it touched', async () => {
    const repo = fixtureRepository(ECOMMERCE)
    const push = { 'github.event_name': 'push' }
    const images = await runScriptSteps(reusableCall(TEMPLATE, 'images', push), 'images', ['Select the images'], {
      cwd: repo,
      context: push
    })
    const selected = JSON.parse(images.outputs.images) as Array<{ name: string; suffix: string; file: string }>
    expect(selected.map(i => [i.name, i.suffix, i.file])).toEqual([
      ['backend', '-backend', 'backend/Dockerfile'],
      ['ai-gateway', '-ai-gateway', 'ai-services/api_gateway/Dockerfile']
    ])
    expect(reusableCall(TEMPLATE, 'images', push).inputs.platforms).toBe('linux/amd64,linux/arm64')
  })
})

describe('runbook 003: the backend CI gates, in order', () => {
  const osv = new OsvServer({ records: RECORDS })
  beforeAll(async () => {
    await osv.start()
  })
  afterAll(async () => {
    await osv.stop()
  })

  test('the template turns on lint, tests, audit and secret scan for the backend (no coverage gate in runbook 003)', async () => {
    expect(enabledJobs(backend())).toEqual(['lint', 'tests', 'audit', 'secret-scan'])
  })

  withBundle('lint-gate')(
    'a lint error fails the lint gate; the migrations are excluded; fixing it passes',
    async () => {
      const repo = fixtureRepository(ECOMMERCE)
      const clean = await runGate(backend(), 'lint', { cwd: repo, eventName: 'workflow_dispatch', env: { PATH } })
      expect(clean.inputs).toMatchObject({
        linters: 'flake8',
        args: 'flake8: --max-line-length=120',
        exclude: 'migrations',
        'working-directory': 'backend'
      })
      expect([clean.exitCode, clean.outputs.status]).toEqual([0, 'pass'])

      writeFiles(repo, {
        'backend/apps/shop/views.py': `import os\n\n\ndef total(prices):\n    return sum(prices)  # ${'y'.repeat(120)}\n`
      })
      git(repo, 'commit', '-qam', 'lint problems')
      const dirty = await runGate(backend(), 'lint', { cwd: repo, eventName: 'workflow_dispatch', env: { PATH } })
      expect([dirty.exitCode, dirty.outputs.status]).toEqual([1, 'fail'])
      const rules = (dirty.report?.findings ?? []).map(f => `${f.file}:${f.ruleId}`)
      expect(rules).toEqual(
        expect.arrayContaining(['backend/apps/shop/views.py:F401', 'backend/apps/shop/views.py:E501'])
      )
      expect(rules.filter(r => r.includes('migrations'))).toEqual([])
    }
  )

  withBundle('audit')(
    'the audit runs in info-only mode: it reports the vulnerable Django and does not fail',
    async () => {
      const repo = fixtureRepository(ECOMMERCE)
      const audit = await runGate(backend(), 'audit', {
        cwd: repo,
        eventName: 'workflow_dispatch',
        env: { PATH },
        overrides: { 'osv-url': osv.url }
      })
      expect(audit.inputs['fail-on']).toBe('never')
      expect(audit.exitCode).toBe(0)
      expect(audit.outputs.status).toBe('fail')
      expect((audit.report?.findings ?? []).map(f => f.package)).toContain('django')
    }
  )

  test('a failing test fails the test job; the Django settings come from the template', async () => {
    const repo = fixtureRepository(ECOMMERCE)
    const steps = ['Install', 'Test environment', 'Run the tests', 'Summary']
    const green = await runScriptSteps(backend(), 'tests', steps, {
      cwd: repo,
      env: { PATH },
      context: { 'steps.tests.outcome': 'success', 'steps.python.outputs.cache-hit': 'true' }
    })
    expect(green.output).toContain('2 passed')
    expect([green.exitCode, green.failedStep]).toEqual([0, undefined])
    expect(green.env.DJANGO_SETTINGS_MODULE).toBe('config.settings.development')
    expect(green.summary).toContain('### Tests (backend): pass')

    writeFiles(repo, { 'backend/tests/test_broken.py': 'def test_broken():\n    assert 1 == 2\n' })
    const red = await runScriptSteps(backend(), 'tests', steps, {
      cwd: repo,
      env: { PATH },
      context: { 'steps.tests.outcome': 'failure', 'steps.python.outputs.cache-hit': '' }
    })
    expect([red.exitCode === 0, red.failedStep]).toEqual([false, 'Run the tests'])
    expect(red.output).toContain('1 failed')
  })

  test('the AI services pass without tests of their own (pytest exits 5 on no tests)', async () => {
    const repo = fixtureRepository(ECOMMERCE)
    const call = reusableCall(TEMPLATE, 'ai-services')
    Object.assign(call.inputs, OFFLINE)
    const run = await runScriptSteps(call, 'tests', ['Install', 'Test environment', 'Run the tests'], {
      cwd: repo,
      env: { PATH }
    })
    expect(run.output).toMatch(/no tests ran|collected 0 items/)
    expect(run.exitCode).toBe(0)
  })
})
