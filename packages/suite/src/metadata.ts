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

/**
 * Every action.yml's metadata, read at build time into `dist/action-metadata.json` (scripts/build.mjs), each with
 * a hash of the text it was read from: the CLI and the root action then need no YAML parser (importing and first
 * running one took longer than a tree scan's own work).
 */
export type MetadataIndex = Record<string, { hash: string; metadata: ActionMetadata }>

export const METADATA_INDEX_FILE = join('dist', 'action-metadata.json')

/** FNV-1a over the text's UTF-16 code units: tells whether an action.yml is still the one the index was built from */
function textHash(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return `${text.length}:${(hash >>> 0).toString(16)}`
}

const indexes = new Map<string, MetadataIndex | undefined>()

function metadataIndex(root: string): MetadataIndex | undefined {
  if (!indexes.has(root)) {
    let index: MetadataIndex | undefined
    try {
      index = JSON.parse(readFileSync(join(root, METADATA_INDEX_FILE), 'utf8')) as MetadataIndex
    } catch {
      // no index (a checkout not built) or a damaged one: the action.yml files are read instead
    }
    indexes.set(root, index)
  }
  return indexes.get(root)
}

/**
 * An action's metadata: from the build's index when the action.yml is the one it was built from, else parsed here
 * (yaml is loaded only then: an action step that is not the CLI or the root action never needs it).
 */
export async function readActionMetadata(root: string, name: string): Promise<ActionMetadata> {
  const text = readFileSync(actionYmlPath(root, name), 'utf8')
  const indexed = metadataIndex(root)?.[name]
  if (indexed && indexed.hash === textHash(text)) return indexed.metadata
  return parseActionYml(text, name)
}

/** The index the build writes: each named action's metadata, parsed from its action.yml, with the text's hash. */
export async function buildMetadataIndex(root: string, names: string[]): Promise<MetadataIndex> {
  const index: MetadataIndex = {}
  for (const name of names) {
    const text = readFileSync(actionYmlPath(root, name), 'utf8')
    index[name] = { hash: textHash(text), metadata: await parseActionYml(text, name) }
  }
  return index
}

async function parseActionYml(text: string, name: string): Promise<ActionMetadata> {
  const { parse } = await import('yaml')
  const doc = parse(text) as {
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
