import { ParseError } from '@ci-suite/core'
import type { RawPackage, RootDependency } from '../build.js'
import { buildLockfile } from '../build.js'
import { hashFromPrefixedHex } from '../hashes.js'
import type { Lockfile } from '../model.js'
import { pep503Name } from '../purl.js'
import { lineFinder, parseTomlLock } from '../toml-lock.js'

interface UvDependency {
  name: string
  version?: string
  extra?: string[]
  marker?: string
}

interface UvPackage {
  name: string
  version?: string
  source?: {
    registry?: string
    editable?: string
    virtual?: string
    git?: string
    url?: string
    path?: string
    directory?: string
  }
  dependencies?: UvDependency[]
  'optional-dependencies'?: Record<string, UvDependency[]>
  'dev-dependencies'?: Record<string, UvDependency[]>
  sdist?: { url?: string; hash?: string }
  wheels?: Array<{ url?: string; hash?: string }>
}

/** uv.lock: the project itself is the editable/virtual package; its dependencies and dev groups are the roots. */
export function parseUvLock(file: string, text: string): Lockfile {
  const doc = parseTomlLock(file, text)
  const list = doc.package as UvPackage[] | undefined
  if (!Array.isArray(list)) throw new ParseError(file, 'no [[package]] tables: not a uv.lock')
  const lineOf = lineFinder(text)
  const isProject = (p: UvPackage) => Boolean(p.source?.editable ?? p.source?.virtual)
  const versionsOf = new Map<string, string[]>()
  for (const p of list)
    versionsOf.set(pep503Name(p.name), [...(versionsOf.get(pep503Name(p.name)) ?? []), p.version ?? ''])
  // a name locked at several versions (forked resolution) is referenced with its version
  const keyOf = (dep: UvDependency) => {
    const name = pep503Name(dep.name)
    const versions = versionsOf.get(name)
    if (!versions) return undefined
    return `${name}@${dep.version ?? versions[0]}`
  }
  const packages: RawPackage[] = []
  const roots: RootDependency[] = []
  let root: Lockfile['root']
  for (const p of list) {
    const runtime = [...(p.dependencies ?? []), ...Object.values(p['optional-dependencies'] ?? {}).flat()]
    const dev = Object.values(p['dev-dependencies'] ?? {}).flat()
    if (isProject(p)) {
      if (p.source?.editable === '.' || p.source?.virtual === '.')
        root = { name: p.name, ...(p.version ? { version: p.version } : {}) }
      for (const d of runtime) {
        const key = keyOf(d)
        if (key) roots.push({ key, dev: false })
      }
      for (const d of dev) {
        const key = keyOf(d)
        if (key) roots.push({ key, dev: true })
      }
      continue
    }
    const source: RawPackage['source'] = p.source?.git
      ? 'git'
      : p.source?.url
        ? 'url'
        : p.source?.path || p.source?.directory
          ? 'file'
          : 'registry'
    packages.push({
      key: `${pep503Name(p.name)}@${p.version ?? ''}`,
      name: p.name,
      version: p.version ?? '',
      dependencies: [...runtime, ...dev].map(keyOf).filter((k): k is string => k !== undefined),
      line: lineOf(p.name, p.version),
      hashes: [p.sdist?.hash, ...(p.wheels ?? []).map(w => w.hash)]
        .map(hashFromPrefixedHex)
        .filter(h => h !== undefined),
      resolved: p.sdist?.url ?? p.source?.git ?? p.source?.url,
      source
    })
  }
  return buildLockfile({
    file,
    format: 'uv',
    ecosystem: 'PyPI',
    root,
    packages,
    roots: roots.length > 0 ? roots : undefined
  })
}
