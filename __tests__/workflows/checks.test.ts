import { describe, expect, test } from '@jest/globals'
import {
  checkConcurrency,
  checkFullHistory,
  checkOurActionInputs,
  checkPermissions,
  checkPinning,
  checkPrivilegedCheckout,
  checkReusableCalls,
  checkReusableDeclarations,
  checkRunExpressions,
  checkSnippetPinning,
  checkSnippetRunExpressions,
  checkTimeouts
} from './checks.js'
import { pinnedActions } from './third-party.js'
import { actionlintProblems, actionSchemaProblems, workflowSchemaProblems } from './validators.js'
import { workflowFromText, type WorkflowFile } from './workflow-files.js'

/** Broken workflows, one fault each: every check must see the fault it is there for. */
const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1'
const wf = (body: string): WorkflowFile => workflowFromText('.github/workflows/broken.yml', body)
const job = (steps: string, extra = '') =>
  wf(`on: pull_request
permissions:
  contents: read
concurrency:
  group: \${{ github.workflow }}-\${{ github.event.pull_request.number || github.ref }}
  cancel-in-progress: \${{ github.event_name == 'pull_request' }}
jobs:
  a:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    permissions:
      contents: read
${extra}    steps:
${steps}`)

describe('our checks find the fault they are for', () => {
  const pins = pinnedActions()
  test.each<[string, (f: WorkflowFile) => string[], WorkflowFile, RegExp]>([
    [
      'a write permission at the workflow level',
      checkPermissions,
      wf(
        'on: push\npermissions:\n  contents: write\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - run: true\n'
      ),
      /workflow-level contents: write/
    ],
    [
      'a job without permissions',
      checkPermissions,
      wf('on: push\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: true\n'),
      /a: no permissions/
    ],
    [
      'a job without a time limit',
      checkTimeouts,
      wf('on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: true\n'),
      /a: no timeout-minutes/
    ],
    [
      'a branch name inside run:',
      checkRunExpressions,
      job('      - run: echo "${{ github.head_ref }}"\n'),
      /\$\{\{ \}\} inside run:/
    ],
    [
      'a third-party action by tag',
      (f: WorkflowFile) => checkPinning(f, pins),
      job('      - uses: actions/checkout@v4\n'),
      /is not pinned to 3d3c42e5/
    ],
    [
      'a pinned action without its version comment',
      (f: WorkflowFile) => checkPinning(f, pins),
      job('      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1\n'),
      /comment \(none\)/
    ],
    [
      'an action missing from the table',
      (f: WorkflowFile) => checkPinning(f, pins),
      job(`      - uses: someone/else@${'a'.repeat(40)} # v1.0.0\n`),
      /not in docs\/third-party-actions\.md/
    ],
    [
      'an input a third-party action lacks',
      (f: WorkflowFile) => checkPinning(f, pins),
      job(`      - uses: ${CHECKOUT}\n        with:\n          depth: 1\n`),
      /has no input depth/
    ],
    [
      'an input our action lacks',
      checkOurActionInputs,
      job('      - uses: org/ci-suite/coverage-gate@v1\n        with:\n          minimum: 80\n'),
      /coverage-gate@v1 has no input minimum/
    ],
    [
      'a required input left out',
      checkOurActionInputs,
      job('      - uses: org/ci-suite@v1\n'),
      /needs its required input gates/
    ],
    [
      'our action by another ref than v1',
      checkOurActionInputs,
      job('      - uses: org/ci-suite/lint-gate@main\n'),
      /is not @v1/
    ],
    [
      'an action folder that does not exist',
      checkOurActionInputs,
      job('      - uses: ./actions/no-such-action\n'),
      /does not exist/
    ],
    [
      'a reusable workflow input that does not exist',
      checkReusableCalls,
      wf(
        'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    uses: org/ci-suite/.github/workflows/python-ci.yml@v1\n    permissions:\n      contents: read\n      pull-requests: write\n    with:\n      pyhton-version: "3.12"\n'
      ),
      /has no input pyhton-version/
    ],
    [
      'a reusable workflow called without the permissions its jobs ask for',
      checkReusableCalls,
      wf(
        'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    uses: org/ci-suite/.github/workflows/docker-release.yml@v1\n    permissions:\n      contents: read\n    with:\n      images: "[]"\n'
      ),
      /job build needs packages: write/
    ],
    [
      'a reusable workflow called without its required input',
      checkReusableCalls,
      wf(
        'on: push\npermissions:\n  contents: read\njobs:\n  a:\n    uses: org/ci-suite/.github/workflows/docker-release.yml@v1\n    permissions:\n      contents: read\n      packages: write\n'
      ),
      /needs its input images/
    ],
    [
      'fetch-depth: 0 without a reason',
      checkFullHistory,
      job(`      - uses: ${CHECKOUT}\n        with:\n          fetch-depth: 0\n`),
      /fetch-depth: 0 without a comment/
    ],
    ['pull_request_target', checkPrivilegedCheckout, wf('on: pull_request_target\njobs: {}\n'), /pull_request_target/],
    [
      'a workflow_run that checks out the pull request head',
      checkPrivilegedCheckout,
      wf(
        `on: workflow_run\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: ${CHECKOUT}\n        with:\n          ref: \${{ github.event.workflow_run.head_sha }}\n`
      ),
      /checks out the pull request's head/
    ],
    [
      'an unused reusable-workflow input',
      checkReusableDeclarations,
      wf(
        'on:\n  workflow_call:\n    inputs:\n      forgotten:\n        type: string\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: true\n'
      ),
      /input forgotten is never used/
    ],
    [
      'concurrency in a reusable workflow',
      checkReusableDeclarations,
      wf(
        'on:\n  workflow_call:\nconcurrency:\n  group: x\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: true\n'
      ),
      /sets concurrency/
    ],
    ['no concurrency', checkConcurrency, wf('on: push\njobs: {}\n'), /no concurrency group/],
    [
      'cancelling runs on main',
      checkConcurrency,
      wf(
        'on: push\nconcurrency:\n  group: ${{ github.workflow }}-${{ github.ref }}\n  cancel-in-progress: true\njobs: {}\n'
      ),
      /only pull-request runs may be cancelled/
    ]
  ])('%s', (_name, check, file, expected) => {
    expect(check(file).join('\n')).toMatch(expected)
  })

  test.each([
    [
      'an action by tag',
      '      - uses: actions/checkout@v4\n',
      /README\.md:1: actions\/checkout@v4 is not pinned to 3d3c42e5/
    ],
    [
      'a pinned action without its comment',
      `  - uses: ${CHECKOUT.split(' ')[0]}\n`,
      /README\.md:1: .*comment \(none\)/
    ],
    [
      'an action missing from the table, on a later line',
      `steps:\n        uses: someone/else@${'a'.repeat(40)} # v1.0.0\n`,
      /README\.md:2: someone\/else is not in/
    ]
  ])('a README snippet with %s', (_name, text, expected) => {
    expect(checkSnippetPinning('README.md', text, pins).join('\n')).toMatch(expected)
  })

  test('a README snippet with ${{ }} inside a run: script, at any depth, or one that is not YAML', () => {
    const steps = '```yaml\n- run: echo ok\n- run: |\n    echo "${{ steps.image.outputs.digest }}"\n```\n'
    expect(checkSnippetRunExpressions('README.md', `intro\n\n${steps}`)).toEqual([
      'README.md:3: ${{ }} inside run: "echo \\"${{ steps.image.outputs.digest }}\\"\\n"'
    ])
    const job = '```yaml\njobs:\n  a:\n    steps:\n      - run: echo "${{ github.head_ref }}"\n```\n'
    expect(checkSnippetRunExpressions('README.md', job).join('\n')).toMatch(/README\.md:1: \$\{\{ \}\} inside run/)
    expect(checkSnippetRunExpressions('README.md', '```yaml\na: [\n```\n').join('\n')).toMatch(/is not YAML/)
    const viaEnv = '```yaml\n- run: echo "$DIGEST"\n  env:\n    DIGEST: ${{ steps.image.outputs.digest }}\n```\n'
    expect(checkSnippetRunExpressions('README.md', viaEnv)).toEqual([])
  })

  test('a README snippet with our own action at @v1 and a pinned third-party one passes', () => {
    expect(checkSnippetPinning('README.md', `- uses: ${CHECKOUT}\n- uses: org/ci-suite/lint-gate@v1\n`, pins)).toEqual(
      []
    )
  })
})

describe('actionlint and the schemas see broken files', () => {
  test('actionlint flags an untrusted expression in a script', async () => {
    const problems = await actionlintProblems(job('      - run: echo "${{ github.event.pull_request.title }}"\n'))
    expect(problems.join('\n')).toMatch(/potentially untrusted/)
  })

  test('actionlint still reports an unknown runner label other than the accepted one', async () => {
    const problems = await actionlintProblems({
      path: 'x.yml',
      text: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-99.04\n    steps:\n      - run: true\n'
    })
    expect(problems.join('\n')).toMatch(/label "ubuntu-99\.04" is unknown/)
  })

  test('the workflow schema rejects a job without runs-on', () => {
    expect(workflowSchemaProblems({ on: 'push', jobs: { a: { steps: [{ run: 'true' }] } } }).length).toBeGreaterThan(0)
  })

  test('the action schema rejects an unknown runtime and accepts node24', () => {
    const action = (using: string) => ({ name: 'x', description: 'x', runs: { using, main: 'index.js' } })
    expect(actionSchemaProblems(action('node8')).length).toBeGreaterThan(0)
    expect(actionSchemaProblems(action('node24'))).toEqual([])
  })
})
