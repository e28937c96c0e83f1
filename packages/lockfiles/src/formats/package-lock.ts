import { ParseError } from '@ci-suite/core'
import type { RawPackage, RootDependency } from '../build.js'
import { buildLockfile } from '../build.js'
import { hashesFromIntegrity } from '../hashes.js'
import { declaredInPackageJson, rootsFrom } from '../manifests.js'
import type { Lockfile } from '../model.js'
import type { ParseOptions } from '../options.js'
import { jsonKeyLines, keyPath } from '../text-lines.js'
import { npmSource } from './npm-source.js'

interface V2Entry {
  name?: string
  version?: string
  resolved?: string
  integrity?: string
  license?: string
  link?: boolean
  dev?: boolean
  devOptional?: boolean
  optional?: boolean
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

interface V1Entry {
  version: string
  resolved?: string
  integrity?: string
  dev?: boolean
  optional?: boolean
  requires?: Record<string, string>
  dependencies?: Record<string, V1Entry>
}

interface PackageLockJson {
  name?: string
  version?: string
  lockfileVersion?: number
  packages?: Record<string, V2Entry>
  dependencies?: Record<string, V1Entry>
}

/** npm's package-lock.json and npm-shrinkwrap.json: v1 (nested `dependencies`), v2 and v3 (flat `packages`). */
export function parsePackageLock(file: string, text: string, options: ParseOptions = {}): Lockfile {
  let lock: PackageLockJson
  try {
    lock = JSON.parse(text) as PackageLockJson
  } catch (error) {
    throw new ParseError(file, `not valid JSON (${(error as Error).message})`)
  }
  if (!lock || typeof lock !== 'object' || typeof lock.lockfileVersion !== 'number') {
    throw new ParseError(file, 'no lockfileVersion: not an npm lockfile')
  }
  const root = lock.name ? { name: lock.name, ...(lock.version ? { version: lock.version } : {}) } : undefined
  const format = `package-lock@${lock.lockfileVersion}`
  if (lock.packages && lock.lockfileVersion >= 2) return parseFlat(file, text, lock.packages, format, root)
  if (lock.dependencies) return parseNested(file, text, lock.dependencies, format, root, options)
  return buildLockfile({ file, format, ecosystem: 'npm', root, packages: [], roots: [] })
}

/** The node_modules folder lookup: `a/node_modules/b` looks for c in `a/node_modules/b/node_modules/c`, then upwards. */
function resolveLocation(from: string, name: string, exists: (location: string) => boolean): string | undefined {
  let base = from
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`
    if (exists(candidate)) return candidate
    if (!base) return undefined
    const cut = base.lastIndexOf('/node_modules/')
    base = cut === -1 ? '' : base.slice(0, cut)
  }
}

function nameFromLocation(location: string): string {
  return location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length)
}

function dependencyNames(entry: V2Entry, withDev: boolean): Array<{ name: string; dev: boolean }> {
  const names: Array<{ name: string; dev: boolean }> = []
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies'] as const)
    for (const name of Object.keys(entry[field] ?? {})) names.push({ name, dev: false })
  if (withDev) for (const name of Object.keys(entry.devDependencies ?? {})) names.push({ name, dev: true })
  return names
}

function parseFlat(
  file: string,
  text: string,
  entries: Record<string, V2Entry>,
  format: string,
  root: Lockfile['root']
): Lockfile {
  const lines = jsonKeyLines(text, 2)
  const locations = new Set(Object.keys(entries))
  const exists = (location: string) => locations.has(location)
  // a workspace member is linked from node_modules/<name> to its folder; its folder entry holds its dependencies
  const linkTarget = (location: string): string => {
    const entry = entries[location]
    return entry?.link && entry.resolved !== undefined ? entry.resolved : location
  }
  const packages: RawPackage[] = []
  for (const [location, entry] of Object.entries(entries)) {
    if (location === '' || entry.link || !location.includes('node_modules/')) continue
    const dependencies: string[] = []
    for (const { name } of dependencyNames(entry, false)) {
      const found = resolveLocation(location, name, exists)
      if (found) dependencies.push(linkTarget(found))
    }
    packages.push({
      key: location,
      name: entry.name ?? nameFromLocation(location),
      version: entry.version ?? '',
      dependencies,
      line: lines.get(keyPath('packages', location)),
      hashes: hashesFromIntegrity(entry.integrity),
      license: entry.license,
      resolved: entry.resolved,
      source: npmSource(entry.resolved),
      dev: Boolean(entry.dev || entry.devOptional)
    })
  }
  // the project and its workspace members declare the direct dependencies
  const roots: RootDependency[] = []
  for (const [location, entry] of Object.entries(entries)) {
    if (location !== '' && (entry.link || location.includes('node_modules/'))) continue
    for (const { name, dev } of dependencyNames(entry, true)) {
      const found = resolveLocation(location, name, exists)
      if (found && !entries[found]?.link) roots.push({ key: found, dev })
    }
  }
  return buildLockfile({ file, format, ecosystem: 'npm', root, packages, roots })
}

function parseNested(
  file: string,
  text: string,
  top: Record<string, V1Entry>,
  format: string,
  root: Lockfile['root'],
  options: ParseOptions
): Lockfile {
  const lines = jsonKeyLines(text)
  const byLocation = new Map<string, V1Entry>()
  const keyPaths = new Map<string, string[]>()
  const walk = (deps: Record<string, V1Entry>, base: string, path: string[]) => {
    for (const [name, entry] of Object.entries(deps)) {
      const location = base ? `${base}/node_modules/${name}` : `node_modules/${name}`
      byLocation.set(location, entry)
      keyPaths.set(location, [...path, name])
      if (entry.dependencies) walk(entry.dependencies, location, [...path, name, 'dependencies'])
    }
  }
  walk(top, '', ['dependencies'])
  const exists = (location: string) => byLocation.has(location)
  const packages: RawPackage[] = []
  for (const [location, entry] of byLocation) {
    let name = nameFromLocation(location)
    let version = entry.version
    const alias = /^npm:(.+)@([^@]+)$/.exec(version)
    if (alias) {
      name = alias[1] as string
      version = alias[2] as string
    }
    const source = npmSource(entry.resolved ?? (/^[a-z+]+:/.test(version) ? version : undefined))
    packages.push({
      key: location,
      name,
      version: source === 'registry' ? version : version.replace(/^.*#/, ''),
      dependencies: Object.keys(entry.requires ?? {})
        .map(dep => resolveLocation(location, dep, exists))
        .filter((l): l is string => l !== undefined),
      line: lines.get(keyPath(...(keyPaths.get(location) ?? []))),
      hashes: hashesFromIntegrity(entry.integrity),
      resolved: entry.resolved,
      source,
      dev: Boolean(entry.dev)
    })
  }
  // v1 does not record the project's own declarations: package.json beside it does
  const roots = rootsFrom(declaredInPackageJson(options), name =>
    byLocation.has(`node_modules/${name}`) ? `node_modules/${name}` : undefined
  )
  return buildLockfile({ file, format, ecosystem: 'npm', root, packages, roots })
}
