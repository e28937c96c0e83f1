import { ParseError } from '@ci-suite/core'
import type { RawPackage, RootDependency } from '../build.js'
import { buildLockfile } from '../build.js'
import type { Lockfile } from '../model.js'
import { lineFinder, parseTomlLock } from '../toml-lock.js'

interface CargoPackage {
  name: string
  version: string
  source?: string
  checksum?: string
  dependencies?: string[]
}

/** Cargo.lock v1–v4: packages without `source` are the workspace's own crates, whose dependencies are direct. */
export function parseCargoLock(file: string, text: string): Lockfile {
  const doc = parseTomlLock(file, text)
  const list = doc.package as CargoPackage[] | undefined
  if (!Array.isArray(list)) throw new ParseError(file, 'no [[package]] tables: not a Cargo.lock')
  const lineOf = lineFinder(text)
  const versionsOf = new Map<string, string[]>()
  for (const p of list) versionsOf.set(p.name, [...(versionsOf.get(p.name) ?? []), p.version])
  // `name`, `name version` or `name version (source)`: the version is only written when several are locked
  const keyOf = (reference: string): string | undefined => {
    const [name, version] = reference.split(' ')
    const versions = versionsOf.get(name as string)
    if (!versions) return undefined
    return `${name}@${version ?? versions[0]}`
  }
  // v1 kept checksums in [metadata]: "checksum name version (source)" = "hex"
  const metadata = (doc.metadata ?? {}) as Record<string, string>
  const packages: RawPackage[] = []
  const roots: RootDependency[] = []
  for (const p of list) {
    const dependencies = (p.dependencies ?? []).map(keyOf).filter((k): k is string => k !== undefined)
    if (!p.source) {
      for (const key of dependencies) roots.push({ key, dev: false })
      continue
    }
    const checksum = p.checksum ?? metadata[`checksum ${p.name} ${p.version} (${p.source})`]
    packages.push({
      key: `${p.name}@${p.version}`,
      name: p.name,
      version: p.version,
      dependencies,
      line: lineOf(p.name, p.version),
      hashes: checksum && /^[0-9a-f]{64}$/.test(checksum) ? [{ alg: 'SHA-256', content: checksum }] : [],
      resolved: p.source,
      source: p.source.startsWith('git+') ? 'git' : p.source.startsWith('path+') ? 'file' : 'registry'
    })
  }
  const workspace = list.filter(p => !p.source)
  return buildLockfile({
    file,
    format: 'cargo',
    ecosystem: 'crates.io',
    root: workspace.length === 1 ? { name: workspace[0]!.name, version: workspace[0]!.version } : undefined,
    packages,
    roots: workspace.length > 0 ? roots : undefined
  })
}
