import { ParseError } from '@ci-suite/core'
import yaml from 'js-yaml'
import { posix } from 'node:path'
import type { RawPackage, RootDependency } from '../build.js'
import { buildLockfile } from '../build.js'
import { hashesFromIntegrity } from '../hashes.js'
import { declaredLicense } from '../licenses/node-modules.js'
import { readJson } from '../manifests.js'
import type { Lockfile } from '../model.js'
import type { ParseOptions } from '../options.js'

interface PnpmPackage {
  resolution?: {
    integrity?: string
    tarball?: string
    type?: string
    repo?: string
    commit?: string
    directory?: string
  }
  name?: string
  version?: string
  dev?: boolean
  license?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

type ImporterDeps = Record<string, string | { specifier?: string; version: string }>

interface Importer {
  dependencies?: ImporterDeps
  devDependencies?: ImporterDeps
  optionalDependencies?: ImporterDeps
}

interface PnpmLock extends Importer {
  lockfileVersion?: string | number
  importers?: Record<string, Importer>
  packages?: Record<string, PnpmPackage>
  snapshots?: Record<string, PnpmPackage>
}

/** `/@scope/name@1.0.0(peer@2)` (v6, v9 without the slash) or `/@scope/name/1.0.0_peer@2` (v5) → name, version. */
export function parsePnpmKey(key: string, v5: boolean): { name: string; version: string } {
  const bare = key.startsWith('/') ? key.slice(1) : key
  if (v5) {
    const parts = bare.split('/')
    const nameParts = bare.startsWith('@') ? 2 : 1
    const version = (parts[nameParts] ?? '').split('_')[0] as string
    return { name: parts.slice(0, nameParts).join('/'), version }
  }
  const withoutPeers = bare.replace(/\(.*$/, '')
  const at = withoutPeers.indexOf('@', 1)
  return at === -1
    ? { name: withoutPeers, version: '' }
    : { name: withoutPeers.slice(0, at), version: withoutPeers.slice(at + 1) }
}

/** The first line of each two-space-indented key (`  /a@1.0.0:`, `  '@b/c@2.0.0':`), package entries among them. */
function entryLines(text: string): Map<string, number> {
  const lines = new Map<string, number>()
  text.split('\n').forEach((line, i) => {
    const match = /^ {2}(['"]?)([^\s'"].*?)\1:\s*(?:\{\})?\s*$/.exec(line)
    if (match && !lines.has(match[2] as string)) lines.set(match[2] as string, i + 1)
  })
  return lines
}

/** pnpm-lock.yaml v5, v6 and v9 (v9 keeps metadata in `packages` and the graph in `snapshots`). */
export function parsePnpmLock(file: string, text: string, options: ParseOptions = {}): Lockfile {
  let lock: PnpmLock
  try {
    lock = yaml.load(text) as PnpmLock
  } catch (error) {
    throw new ParseError(file, `not valid YAML (${(error as Error).message.split('\n')[0]})`)
  }
  if (!lock || typeof lock !== 'object' || lock.lockfileVersion === undefined) {
    throw new ParseError(file, 'no lockfileVersion: not a pnpm lockfile')
  }
  const major = Number.parseFloat(String(lock.lockfileVersion))
  const v5 = major < 6
  const prefix = major >= 9 ? '' : '/'
  const metadata = lock.packages ?? {}
  const graph = major >= 9 ? (lock.snapshots ?? {}) : metadata
  const lines = entryLines(text)

  // a reference is a version (`1.0.0(peer@1)`, v5 `1.0.0_peer@1`), an alias (`real@1.0.0`, v5 `/real/1.0.0`) or a link
  const keyOf = (name: string, ref: string): string | undefined => {
    if (ref.startsWith('link:') || (ref.startsWith('file:') && !(ref in graph))) return undefined
    if (ref.startsWith('/')) return ref in graph ? ref : undefined
    const candidates = v5 ? [`/${name}/${ref}`, `/${ref}`] : [`${prefix}${name}@${ref}`, `${prefix}${ref}`]
    return candidates.find(c => c in graph)
  }

  const packages: RawPackage[] = []
  for (const [key, snapshot] of Object.entries(graph)) {
    const meta = major >= 9 ? (metadata[key.replace(/\(.*$/, '')] ?? {}) : snapshot
    const parsed = parsePnpmKey(key, v5)
    const resolution = meta.resolution ?? {}
    const dependencies = [
      ...Object.entries(snapshot.dependencies ?? {}),
      ...Object.entries(snapshot.optionalDependencies ?? {})
    ]
      .map(([dep, ref]) => keyOf(dep, String(ref)))
      .filter((k): k is string => k !== undefined)
    packages.push({
      key,
      name: meta.name ?? parsed.name,
      version: meta.version ?? parsed.version,
      dependencies,
      line: lines.get(key.replace(/\(.*$/, '')) ?? lines.get(key),
      hashes: hashesFromIntegrity(resolution.integrity),
      license: meta.license,
      resolved: resolution.tarball ?? resolution.repo,
      source:
        resolution.type === 'git' || resolution.commit
          ? 'git'
          : resolution.tarball && !resolution.integrity
            ? 'url'
            : resolution.directory
              ? 'file'
              : 'registry',
      ...(major < 9 && snapshot.dev !== undefined ? { dev: snapshot.dev } : {})
    })
  }
  // workspace members (every importer but `.`) and `link:` folders are the project's own packages: each depends on what
  // its importer declares, and the project on its members
  const importers: Record<string, Importer> = lock.importers ?? { '.': lock }
  const locals = new Map<string, RawPackage>()
  const local = (folder: string, nameHint: string): string => {
    const source = folder in importers ? 'workspace' : 'link'
    const key = `${source}:${folder}`
    if (!locals.has(key)) {
      const manifest = readJson(options, `${folder}/package.json`) ?? {}
      locals.set(key, {
        key,
        name: typeof manifest.name === 'string' ? manifest.name : nameHint,
        version: typeof manifest.version === 'string' ? manifest.version : '',
        dependencies: [],
        devDependencies: [],
        line: lines.get(folder),
        hashes: [],
        license: declaredLicense(manifest),
        source
      })
    }
    return key
  }
  const refKey = (importer: string, name: string, ref: string): string | undefined =>
    ref.startsWith('link:')
      ? local(posix.normalize(posix.join(importer, ref.slice('link:'.length))), name)
      : keyOf(name, ref)
  const roots: RootDependency[] = []
  for (const [path, importer] of Object.entries(importers)) {
    const member = path === '.' ? undefined : locals.get(local(path, posix.basename(path)))
    if (member) roots.push({ key: member.key, dev: false })
    for (const [field, dev] of [
      ['dependencies', false],
      ['optionalDependencies', false],
      ['devDependencies', true]
    ] as const) {
      for (const [name, value] of Object.entries(importer[field] ?? {})) {
        const key = refKey(path, name, typeof value === 'string' ? value : value.version)
        if (!key) continue
        if (!member) roots.push({ key, dev })
        else {
          member.dependencies.push(key)
          if (dev) member.devDependencies?.push(key)
        }
      }
    }
  }
  packages.push(...locals.values())
  return buildLockfile({ file, format: `pnpm@${lock.lockfileVersion}`, ecosystem: 'npm', packages, roots })
}
