import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { SbomComponent } from '../model.js'

/**
 * The declared licenses of the packages installed under `<dir>/node_modules`, keyed `name@version` by the name in
 * each package.json (so an alias folder still finds the real package). Nested node_modules are walked; linked
 * folders (workspaces) are read but not entered.
 */
export function readNodeModulesLicenses(dir: string): Map<string, string> {
  const licenses = new Map<string, string>()
  walk(join(dir, 'node_modules'), licenses, 0)
  return licenses
}

function walk(nodeModules: string, licenses: Map<string, string>, depth: number): void {
  if (depth > 32) return
  let entries: string[]
  try {
    entries = readdirSync(nodeModules)
  } catch {
    return
  }
  for (const entry of entries.sort()) {
    if (entry.startsWith('.')) continue
    const path = join(nodeModules, entry)
    if (entry.startsWith('@')) {
      let scoped: string[] = []
      try {
        scoped = readdirSync(path)
      } catch {
        continue
      }
      for (const name of scoped.sort()) visitPackage(join(path, name), licenses, depth)
    } else {
      visitPackage(path, licenses, depth)
    }
  }
}

function visitPackage(path: string, licenses: Map<string, string>, depth: number): void {
  const manifest = readManifest(join(path, 'package.json'))
  if (manifest) {
    const license = declaredLicense(manifest)
    const key = `${manifest.name}@${manifest.version}`
    if (license && typeof manifest.name === 'string' && !licenses.has(key)) licenses.set(key, license)
  }
  let linked = false
  try {
    linked = lstatSync(path).isSymbolicLink()
  } catch {
    return
  }
  if (!linked && existsSync(join(path, 'node_modules'))) walk(join(path, 'node_modules'), licenses, depth + 1)
}

function readManifest(file: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** `license: "MIT"`, the old `license: {type}` and `licenses: [{type}]` (several mean a choice, hence OR). */
export function declaredLicense(manifest: Record<string, unknown>): string | undefined {
  const typeOf = (value: unknown): string | undefined =>
    typeof value === 'string'
      ? value
      : value && typeof value === 'object'
        ? typeOfObject(value as Record<string, unknown>)
        : undefined
  const single = typeOf(manifest.license)
  if (single?.trim()) return single.trim()
  if (Array.isArray(manifest.licenses)) {
    const types = manifest.licenses.map(typeOf).filter((t): t is string => Boolean(t?.trim()))
    if (types.length === 1) return types[0]
    if (types.length > 1) return `(${types.join(' OR ')})`
  }
  return undefined
}

function typeOfObject(value: Record<string, unknown>): string | undefined {
  return typeof value.type === 'string' ? value.type : undefined
}

/**
 * Fills the licenses the lockfiles do not carry from installed packages, for npm components only. Returns how many
 * it filled. `repoRoot` joined with a component's lockfile folder is where node_modules is looked for.
 */
export function fillLicensesFromNodeModules(components: SbomComponent[], repoRoot: string): number {
  const indexes = new Map<string, Map<string, string>>()
  let filled = 0
  for (const component of components) {
    if (component.ecosystem !== 'npm' || component.license) continue
    const fullName = component.group ? `${component.group}/${component.name}` : component.name
    for (const file of component.files) {
      const dir = join(repoRoot, dirname(file))
      let index = indexes.get(dir)
      if (!index) {
        index = readNodeModulesLicenses(dir)
        indexes.set(dir, index)
      }
      const license = index.get(`${fullName}@${component.version}`)
      if (license) {
        component.license = license
        component.licenseSource = 'node_modules'
        filled++
        break
      }
    }
  }
  return filled
}
