import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT } from '../harness/run-action.js'

/** The owner the workflows name our actions under; the README's `org/ci-suite` line is the one place to change it. */
export const OWNER = 'org'

export interface Step {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  if?: unknown
}

export interface Job {
  name?: string
  'runs-on'?: unknown
  permissions?: unknown
  'timeout-minutes'?: unknown
  needs?: string | string[]
  if?: unknown
  uses?: string
  with?: Record<string, unknown>
  secrets?: unknown
  steps?: Step[]
  strategy?: unknown
  outputs?: Record<string, string>
}

export interface WorkflowCallInput {
  description?: string
  type?: string
  required?: boolean
  default?: unknown
}

export interface Workflow {
  name?: string
  on?: Record<string, unknown> | string | string[]
  permissions?: unknown
  concurrency?: { group?: string; 'cancel-in-progress'?: unknown } | string
  jobs: Record<string, Job>
}

export interface WorkflowFile {
  /** path relative to the repository root */
  path: string
  text: string
  doc: Workflow
}

export interface ActionFile {
  /** path relative to the repository root */
  path: string
  text: string
  doc: {
    name?: string
    inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>
    outputs?: Record<string, { description?: string }>
    runs?: { using?: string; main?: string }
  }
}

const yamlFiles = (dir: string): string[] =>
  existsSync(join(REPO_ROOT, dir))
    ? readdirSync(join(REPO_ROOT, dir))
        .filter(f => /\.ya?ml$/.test(f))
        .sort()
        .map(f => `${dir}/${f}`)
    : []

export const workflowPaths = (): string[] => yamlFiles('.github/workflows')
export const templatePaths = (): string[] => yamlFiles('workflows-templates')

/** The fenced YAML blocks of a Markdown page, each with the line its fence is on. */
export function yamlSnippets(markdown: string): Array<{ line: number; text: string }> {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map(m => ({
    line: markdown.slice(0, m.index).split('\n').length,
    text: m[1]
  }))
}

/** The snippets of a Markdown page that are whole workflows (they have `jobs:`), named `<page>:<line>`. */
export function snippetWorkflows(path: string, markdown: string): WorkflowFile[] {
  return yamlSnippets(markdown).flatMap(({ line, text }) => {
    const doc = parseOrUndefined(text)
    return doc !== null && typeof doc === 'object' && 'jobs' in doc
      ? [{ path: `${path}:${line}`, text, doc: doc as Workflow }]
      : []
  })
}

function parseOrUndefined(text: string): unknown {
  try {
    return parse(text) as unknown
  } catch {
    return undefined
  }
}

export const workflowFromText = (path: string, text: string): WorkflowFile => ({
  path,
  text,
  doc: parse(text) as Workflow
})

export const readWorkflow = (path: string): WorkflowFile =>
  workflowFromText(path, readFileSync(join(REPO_ROOT, path), 'utf8'))

/** The root action.yml and every actions/<name>/action.yml that exists now (the actions land one by one). */
export function actionPaths(): string[] {
  const folders = existsSync(join(REPO_ROOT, 'actions')) ? readdirSync(join(REPO_ROOT, 'actions')).sort() : []
  return ['action.yml', ...folders.map(f => `actions/${f}/action.yml`).filter(p => existsSync(join(REPO_ROOT, p)))]
}

export function readAction(path: string): ActionFile {
  const text = readFileSync(join(REPO_ROOT, path), 'utf8')
  return { path, text, doc: parse(text) as ActionFile['doc'] }
}

/** The triggers of a workflow as a list of event names. */
export function triggers(doc: Workflow): string[] {
  if (typeof doc.on === 'string') return [doc.on]
  if (Array.isArray(doc.on)) return doc.on
  return Object.keys(doc.on ?? {})
}

export const isReusable = (doc: Workflow): boolean => triggers(doc).includes('workflow_call')

export interface StepRef {
  file: string
  job: string
  index: number
  step: Step
}

export function stepsOf(file: WorkflowFile): StepRef[] {
  return Object.entries(file.doc.jobs ?? {}).flatMap(([job, spec]) =>
    (spec.steps ?? []).map((step, index) => ({ file: file.path, job, index, step }))
  )
}

/** Where an action a step uses lives: one of ours (by name), the working tree, a reusable workflow or a third party. */
export type UsesTarget =
  | { kind: 'ours'; action: string; ref: string }
  | { kind: 'local-action'; action: string }
  | { kind: 'third-party'; repo: string; path: string; ref: string }
  | { kind: 'docker'; image: string }

export function classifyUses(uses: string): UsesTarget {
  if (uses.startsWith('docker://')) return { kind: 'docker', image: uses.slice('docker://'.length) }
  if (uses === '.' || uses === './') return { kind: 'local-action', action: '' }
  if (uses.startsWith('./actions/'))
    return { kind: 'local-action', action: uses.slice('./actions/'.length).replace(/\/$/, '') }
  const at = uses.lastIndexOf('@')
  const [name, ref] = [uses.slice(0, at), uses.slice(at + 1)]
  const [owner, repo, ...rest] = name.split('/')
  if (owner === OWNER && repo === 'ci-suite') return { kind: 'ours', action: rest.join('/'), ref }
  return { kind: 'third-party', repo: `${owner}/${repo}`, path: rest.join('/'), ref }
}

/** The action.yml path (relative to the repository root) of one of our actions: '' = the root action. */
export const ourActionYml = (action: string): string => (action === '' ? 'action.yml' : `actions/${action}/action.yml`)

export const rel = (absolute: string): string => relative(REPO_ROOT, absolute)
