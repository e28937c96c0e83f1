import { ParseError } from '@ci-suite/core'
import yaml from 'js-yaml'
import { posix } from 'node:path'
import type { RawPackage, RootDependency } from '../build.js'
import { buildLockfile } from '../build.js'
import { hashesFromIntegrity } from '../hashes.js'
import { localPackage } from '../local-package.js'
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
  /** the env document's (pnpm 11+): config dependencies and the pnpm the project pins */
  configDependencies?: ImporterDeps
  packageManagerDependencies?: ImporterDeps
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

/**
 * The first line of each two-space-indented key (`  /a@1.0.0:`, `  '@b/c@2.0.0':`), package entries among them, in
 * the lines `from` to `to` of the file.
 */
function entryLines(lines: string[], from = 0, to = lines.length): Map<string, number> {
  const found = new Map<string, number>()
  for (let i = from; i < to; i++) {
    const match = /^ {2}(['"]?)([^\s'"].*?)\1:\s*(?:\{\})?\s*$/.exec(lines[i] as string)
    if (match && !found.has(match[2] as string)) found.set(match[2] as string, i + 1)
  }
  return found
}

/** each YAML document's entry lines; one map for the whole file when the `---` lines do not tell them apart */
function documentEntryLines(text: string, documents: number): Array<Map<string, number>> {
  const lines = text.split('\n')
  const starts: number[] = []
  let content = false
  let start = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (/^---\s*(?:#.*)?$/.test(line)) {
      if (content) starts.push(start)
      start = i + 1
      content = false
    } else if (line.trim() && !line.startsWith('#')) content = true
  }
  if (content) starts.push(start)
  if (starts.length !== documents) return Array.from({ length: documents }, () => entryLines(lines))
  return starts.map((from, d) => entryLines(lines, from, starts[d + 1] ?? lines.length))
}

const isLock = (value: unknown): value is PnpmLock =>
  typeof value === 'object' && value !== null && (value as PnpmLock).lockfileVersion !== undefined

/**
 * pnpm-lock.yaml v5, v6 and v9 (v9 keeps metadata in `packages` and the graph in `snapshots`). From pnpm 11 the file
 * can hold two YAML documents: first the env lockfile (config dependencies and the pnpm version the project pins, with
 * their packages), then the project's own. Both are read: the packages of the first are installed too (config
 * dependencies run at install time), so they count, as development dependencies of the project.
 */
export function parsePnpmLock(file: string, text: string, options: ParseOptions = {}): Lockfile {
  let documents: unknown[]
  try {
    documents = yaml.loadAll(text)
  } catch (error) {
    throw new ParseError(file, `not valid YAML (${(error as Error).message.split('\n')[0]})`)
  }
  const lines = documentEntryLines(text, documents.length)
  const locks = documents.flatMap((doc, d) => (isLock(doc) ? [{ lock: doc, lines: lines[d]! }] : []))
  const project = locks[locks.length - 1]
  if (!project) throw new ParseError(file, 'no lockfileVersion: not a pnpm lockfile')
  const packages: RawPackage[] = []
  const roots: RootDependency[] = []
  locks.forEach(({ lock, lines }, d) => {
    // the env document's keys apart from the project's: each document's references resolve within it
    const graph = documentGraph(lock, lines, options, d === locks.length - 1 ? '' : `env${d}:`)
    packages.push(...graph.packages)
    roots.push(...graph.roots)
  })
  return buildLockfile({ file, format: `pnpm@${project.lock.lockfileVersion}`, ecosystem: 'npm', packages, roots })
}

/** One document's packages and the project's declarations in it, its keys prefixed with `keyPrefix`. */
function documentGraph(
  lock: PnpmLock,
  lines: Map<string, number>,
  options: ParseOptions,
  keyPrefix: string
): { packages: RawPackage[]; roots: RootDependency[] } {
  const major = Number.parseFloat(String(lock.lockfileVersion))
  const v5 = major < 6
  const prefix = major >= 9 ? '' : '/'
  const metadata = lock.packages ?? {}
  const graph = major >= 9 ? (lock.snapshots ?? {}) : metadata

  // a reference is a version (`1.0.0(peer@1)`, v5 `1.0.0_peer@1`), an alias (`real@1.0.0`, v5 `/real/1.0.0`) or a link
  const keyOf = (name: string, ref: string): string | undefined => {
    if (ref.startsWith('link:') || (ref.startsWith('file:') && !(ref in graph))) return undefined
    if (ref.startsWith('/')) return ref in graph ? ref : undefined
    const candidates = v5 ? [`/${name}/${ref}`, `/${ref}`] : [`${prefix}${name}@${ref}`, `${prefix}${ref}`]
    return candidates.find(c => c in graph)
  }

  // workspace members (every importer but `.`) and `link:` folders are the project's own packages: each depends on what
  // its importer declares, and the project on its members. A package can depend on one too (a peer dependency met by a
  // member: `react: link:packages/react` in a snapshot, the path from the lockfile's folder).
  const importers: Record<string, Importer> = lock.importers ?? { '.': lock }
  const locals = new Map<string, RawPackage>()
  const local = (folder: string, nameHint: string): string => {
    const source = folder in importers ? 'workspace' : 'link'
    const key = `${source}:${folder}`
    if (!locals.has(key)) {
      const manifest = readJson(options, `${folder}/package.json`) ?? {}
      locals.set(key, localPackage(key, source, manifest, nameHint, { line: lines.get(folder) }))
    }
    return key
  }
  const refKey = (importer: string, name: string, ref: string): string | undefined =>
    ref.startsWith('link:')
      ? local(posix.normalize(posix.join(importer, ref.slice('link:'.length))), name)
      : keyOf(name, ref)

  const packages: RawPackage[] = []
  for (const [key, snapshot] of Object.entries(graph)) {
    const meta = major >= 9 ? (metadata[key.replace(/\(.*$/, '')] ?? {}) : snapshot
    const parsed = parsePnpmKey(key, v5)
    const resolution = meta.resolution ?? {}
    const dependencies = [
      ...Object.entries(snapshot.dependencies ?? {}),
      ...Object.entries(snapshot.optionalDependencies ?? {})
    ]
      .map(([dep, ref]) => refKey('.', dep, String(ref)))
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
  const roots: RootDependency[] = []
  for (const [path, importer] of Object.entries(importers)) {
    const member = path === '.' ? undefined : locals.get(local(path, posix.basename(path)))
    if (member) roots.push({ key: member.key, dev: false })
    for (const [field, dev] of [
      ['dependencies', false],
      ['optionalDependencies', false],
      ['devDependencies', true],
      // the env document's: tools that run at install time, none of them part of what the project ships
      ['configDependencies', true],
      ['packageManagerDependencies', true]
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
  if (!keyPrefix) return { packages, roots }
  const prefixed = (key: string) => keyPrefix + key
  return {
    packages: packages.map(p => ({
      ...p,
      key: prefixed(p.key),
      dependencies: p.dependencies.map(prefixed),
      ...(p.devDependencies ? { devDependencies: p.devDependencies.map(prefixed) } : {})
    })),
    roots: roots.map(r => ({ ...r, key: prefixed(r.key) }))
  }
}
