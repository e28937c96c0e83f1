import { existsSync, lstatSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { listFolder } from '@ci-suite/core'

/**
 * The declared licenses of the packages installed under `<dir>/node_modules`, keyed `name@version` by the name in
 * each package.json (so an alias folder still finds the real package). Nested node_modules are walked; linked
 * folders (workspaces) are read but not entered. pnpm's store (`node_modules/.pnpm/<id>/node_modules/<name>`) is read
 * too: pnpm links only the direct dependencies at the top, the rest live there.
 */
export function readNodeModulesLicenses(dir: string): Map<string, string> {
  const licenses = new Map<string, string>()
  walk(join(dir, 'node_modules'), licenses, 0)
  const store = join(dir, 'node_modules', '.pnpm')
  for (const id of listFolder(store).sort()) walk(join(store, id, 'node_modules'), licenses, 1)
  return licenses
}

function walk(nodeModules: string, licenses: Map<string, string>, depth: number): void {
  if (depth > 32) return
  for (const entry of listFolder(nodeModules).sort()) {
    if (entry.startsWith('.')) continue
    const path = join(nodeModules, entry)
    if (entry.startsWith('@')) {
      for (const name of listFolder(path).sort()) visitPackage(join(path, name), licenses, depth)
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
