import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface InputMetadata {
  description: string
  default?: string
  required?: boolean
}

/** An action.yml, the part the CLI and the root action read: names, descriptions, defaults. */
export interface ActionMetadata {
  name: string
  description: string
  inputs: Record<string, InputMetadata>
  outputs: Record<string, { description: string }>
  main?: string
}

/** `actions/<name>/action.yml`, or the root `action.yml` for the name `ci-suite`. */
export function actionYmlPath(root: string, name: string): string {
  return name === 'ci-suite' ? join(root, 'action.yml') : join(root, 'actions', name, 'action.yml')
}

/** yaml is loaded only here: an action step that is not the CLI or the root action never needs it. */
export async function readActionMetadata(root: string, name: string): Promise<ActionMetadata> {
  const { parse } = await import('yaml')
  const doc = parse(readFileSync(actionYmlPath(root, name), 'utf8')) as {
    name?: string
    description?: string
    inputs?: Record<string, { description?: string; default?: unknown; required?: boolean }>
    outputs?: Record<string, { description?: string }>
    runs?: { main?: string }
  }
  return {
    name: doc.name ?? name,
    description: doc.description ?? '',
    inputs: Object.fromEntries(
      Object.entries(doc.inputs ?? {}).map(([k, v]) => [
        k,
        {
          description: v?.description ?? '',
          default: v?.default === undefined ? undefined : String(v.default),
          required: v?.required
        }
      ])
    ),
    outputs: Object.fromEntries(
      Object.entries(doc.outputs ?? {}).map(([k, v]) => [k, { description: v?.description ?? '' }])
    ),
    main: doc.runs?.main
  }
}
