import { parse as parseToml } from 'smol-toml'
import type { RootDependency } from './build.js'
import type { ParseOptions } from './options.js'
import { pep503Name } from './purl.js'

export interface DeclaredDependency {
  name: string
  dev: boolean
}

/** A JSON file beside the lockfile (a manifest), or undefined when it is missing or unreadable. */
export function readJson(options: ParseOptions, file: string): Record<string, unknown> | undefined {
  const text = options.readRelative?.(file)
  if (text === undefined) return undefined
  try {
    return JSON.parse(text) as Record<string, unknown>
  } catch {
    return undefined
  }
}

function readToml(options: ParseOptions, file: string): Record<string, unknown> | undefined {
  const text = options.readRelative?.(file)
  if (text === undefined) return undefined
  try {
    return parseToml(text) as Record<string, unknown>
  } catch {
    return undefined
  }
}

const keysOf = (value: unknown): string[] =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : []

/** package.json (or composer.json) beside the lockfile: runtime and dev declarations. */
export function declaredInPackageJson(
  options: ParseOptions,
  file = 'package.json',
  fields = { runtime: ['dependencies', 'optionalDependencies', 'peerDependencies'], dev: ['devDependencies'] }
): DeclaredDependency[] | undefined {
  const manifest = readJson(options, file)
  if (!manifest) return undefined
  const declared = new Map<string, boolean>()
  for (const field of fields.dev) for (const name of keysOf(manifest[field])) declared.set(name, true)
  for (const field of fields.runtime) for (const name of keysOf(manifest[field])) declared.set(name, false)
  return [...declared].map(([name, dev]) => ({ name, dev }))
}

export function declaredInComposerJson(options: ParseOptions): DeclaredDependency[] | undefined {
  return declaredInPackageJson(options, 'composer.json', { runtime: ['require'], dev: ['require-dev'] })?.filter(d =>
    d.name.includes('/')
  )
}

/** PEP 508 requirement → its distribution name. */
export function requirementName(requirement: string): string | undefined {
  return /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)?.[1]
}

/** pyproject.toml: PEP 621 dependencies, PEP 735 dependency groups, poetry's and pdm's own tables. PEP 503 names. */
export function declaredInPyproject(options: ParseOptions): DeclaredDependency[] | undefined {
  const pyproject = readToml(options, 'pyproject.toml')
  if (!pyproject) return undefined
  const declared = new Map<string, boolean>()
  const add = (name: string | undefined, dev: boolean) => {
    if (!name || name.toLowerCase() === 'python') return
    const key = pep503Name(name)
    declared.set(key, (declared.get(key) ?? true) && dev)
  }
  const project = (pyproject.project ?? {}) as Record<string, unknown>
  for (const req of (project.dependencies as string[] | undefined) ?? []) add(requirementName(req), false)
  for (const reqs of Object.values((project['optional-dependencies'] ?? {}) as Record<string, string[]>))
    for (const req of reqs) add(requirementName(req), false)
  for (const reqs of Object.values((pyproject['dependency-groups'] ?? {}) as Record<string, unknown[]>))
    for (const req of reqs) if (typeof req === 'string') add(requirementName(req), true)
  const tool = (pyproject.tool ?? {}) as Record<string, Record<string, unknown>>
  const poetry = tool.poetry ?? {}
  for (const name of keysOf(poetry.dependencies)) add(name, false)
  for (const name of keysOf(poetry['dev-dependencies'])) add(name, true)
  for (const [group, table] of Object.entries((poetry.group ?? {}) as Record<string, Record<string, unknown>>))
    for (const name of keysOf(table.dependencies)) add(name, group !== 'main')
  for (const reqs of Object.values((tool.pdm?.['dev-dependencies'] ?? {}) as Record<string, string[]>))
    for (const req of reqs) add(requirementName(req), true)
  return [...declared].map(([name, dev]) => ({ name, dev }))
}

/** Pipfile: `[packages]` and `[dev-packages]`. */
export function declaredInPipfile(options: ParseOptions): DeclaredDependency[] | undefined {
  const pipfile = readToml(options, 'Pipfile')
  if (!pipfile) return undefined
  return [
    ...keysOf(pipfile.packages).map(name => ({ name: pep503Name(name), dev: false })),
    ...keysOf(pipfile['dev-packages']).map(name => ({ name: pep503Name(name), dev: true }))
  ]
}

/** Declared names mapped to package keys by the caller's lookup; names the lockfile lacks are dropped. */
export function rootsFrom(
  declared: DeclaredDependency[] | undefined,
  keyOf: (name: string) => string | undefined
): RootDependency[] | undefined {
  if (!declared) return undefined
  const roots: RootDependency[] = []
  for (const d of declared) {
    const key = keyOf(d.name)
    if (key) roots.push({ key, dev: d.dev })
  }
  return roots
}
