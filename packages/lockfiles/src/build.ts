import type { Ecosystem, LockedPackage, Lockfile, PackageHash, UnpinnedRequirement } from './model.js'
import { uniqueHashes } from './hashes.js'
import { packageUrl } from './purl.js'

/** A package as a format parser reads it, before ids, paths and dev flags are worked out from the graph. */
export interface RawPackage {
  /** unique within the parser's own keying (an install location, a `name@range`, a snapshot id) */
  key: string
  name: string
  version: string
  /** keys of the packages it depends on (unresolvable ones are dropped) */
  dependencies: string[]
  /** the keys among dependencies it declares for development only */
  devDependencies?: string[]
  line?: number
  hashes?: PackageHash[]
  license?: string
  resolved?: string
  source?: LockedPackage['source']
  /** when the lockfile itself says (npm `dev`, poetry `category`, composer `packages-dev`) */
  dev?: boolean
  qualifiers?: Record<string, string>
  extras?: string[]
  markers?: string
  file?: string
}

export interface RootDependency {
  key: string
  dev: boolean
}

export interface LockfileDraft {
  file: string
  format: string
  ecosystem: Ecosystem
  root?: { name: string; version?: string }
  packages: RawPackage[]
  /**
   * The project's own declarations. Undefined when neither the lockfile nor a manifest beside it says: then the
   * packages nothing else depends on are taken as the direct ones.
   */
  roots?: RootDependency[]
  unpinned?: UnpinnedRequirement[]
}

/**
 * Turns a parser's raw packages into the shared model: one package per purl (a version installed at several places is
 * one package), direct from the roots, dev when only dev roots reach it (unless the lockfile said), and the shortest
 * dependency path from a direct dependency.
 */
export function buildLockfile(draft: LockfileDraft): Lockfile {
  const idOfKey = new Map<string, string>()
  const byId = new Map<
    string,
    { pkg: LockedPackage; explicitDev: boolean[]; depKeys: Set<string>; devDepKeys: Set<string> }
  >()
  for (const raw of draft.packages) {
    const purl = packageUrl(draft.ecosystem, raw.name, raw.version, raw.qualifiers)
    idOfKey.set(raw.key, purl)
    const existing = byId.get(purl)
    if (existing) {
      raw.dependencies.forEach(d => existing.depKeys.add(d))
      raw.devDependencies?.forEach(d => existing.devDepKeys.add(d))
      if (raw.dev !== undefined) existing.explicitDev.push(raw.dev)
      existing.pkg.hashes = uniqueHashes([...existing.pkg.hashes, ...(raw.hashes ?? [])])
      continue
    }
    const pkg: LockedPackage = {
      id: purl,
      ecosystem: draft.ecosystem,
      name: raw.name,
      version: raw.version,
      purl,
      direct: false,
      dev: false,
      path: [],
      dependencies: [],
      file: raw.file ?? draft.file,
      ...(raw.line !== undefined ? { line: raw.line } : {}),
      hashes: uniqueHashes(raw.hashes ?? []),
      ...(raw.license ? { license: raw.license, licenseSource: 'lockfile' as const } : {}),
      ...(raw.resolved ? { resolved: raw.resolved } : {}),
      source: raw.source ?? 'registry',
      ...(raw.extras && raw.extras.length > 0 ? { extras: raw.extras } : {}),
      ...(raw.markers ? { markers: raw.markers } : {})
    }
    byId.set(purl, {
      pkg,
      explicitDev: raw.dev === undefined ? [] : [raw.dev],
      depKeys: new Set(raw.dependencies),
      devDepKeys: new Set(raw.devDependencies)
    })
  }
  const idsOf = (keys: Set<string>, self: string): string[] => {
    const ids = new Set<string>()
    for (const key of keys) {
      const id = idOfKey.get(key)
      if (id && id !== self) ids.add(id)
    }
    return [...ids]
  }
  for (const entry of byId.values()) {
    entry.pkg.dependencies = idsOf(entry.depKeys, entry.pkg.id)
    const devOnly = idsOf(entry.devDepKeys, entry.pkg.id)
    if (devOnly.length > 0) entry.pkg.devDependencies = devOnly
  }

  const roots = resolveRoots(draft.roots, idOfKey, byId)
  // breadth first from the runtime roots, then from the dev roots: the first visit gives the shortest runtime path.
  // A local package's development declarations are no runtime edge: the dev pass starts from them too.
  const parent = new Map<string, string | null>()
  const reachedByRuntime = new Set<string>()
  for (const pass of [false, true]) {
    const queue: string[] = []
    for (const root of roots) {
      if (root.dev !== pass) continue
      if (!pass) reachedByRuntime.add(root.id)
      if (!parent.has(root.id)) parent.set(root.id, null)
      queue.push(root.id)
    }
    if (pass) {
      for (const id of reachedByRuntime) {
        for (const dep of byId.get(id)?.pkg.devDependencies ?? []) {
          if (!parent.has(dep)) parent.set(dep, id)
          queue.push(dep)
        }
      }
    }
    const seen = new Set(queue)
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] as string
      const pkg = byId.get(id)?.pkg
      for (const dep of pkg?.dependencies ?? []) {
        if (seen.has(dep) || (!pass && pkg?.devDependencies?.includes(dep))) continue
        seen.add(dep)
        if (!pass) reachedByRuntime.add(dep)
        if (!parent.has(dep)) parent.set(dep, id)
        queue.push(dep)
      }
    }
  }
  const rootDev = new Map(roots.map(r => [r.id, r.dev]))
  const pathTo = pathFinder(parent, byId)
  for (const { pkg, explicitDev } of byId.values()) {
    pkg.direct = rootDev.has(pkg.id)
    pkg.dev = explicitDev.length > 0 ? explicitDev.every(Boolean) : parent.has(pkg.id) && !reachedByRuntime.has(pkg.id)
    if (rootDev.get(pkg.id) && !pkg.dev) pkg.declaredDev = true
    pkg.path = pathTo(pkg.id)
  }
  return {
    file: draft.file,
    format: draft.format,
    ecosystem: draft.ecosystem,
    ...(draft.root ? { root: draft.root } : {}),
    packages: [...byId.values()].map(e => e.pkg),
    unpinned: draft.unpinned ?? []
  }
}

function resolveRoots(
  declared: RootDependency[] | undefined,
  idOfKey: Map<string, string>,
  byId: Map<string, { pkg: LockedPackage; depKeys: Set<string> }>
): Array<{ id: string; dev: boolean }> {
  if (declared) {
    const roots = new Map<string, boolean>()
    for (const root of declared) {
      const id = idOfKey.get(root.key)
      if (id) roots.set(id, (roots.get(id) ?? true) && root.dev)
    }
    return [...roots].map(([id, dev]) => ({ id, dev }))
  }
  const dependedOn = new Set<string>()
  for (const { pkg } of byId.values()) pkg.dependencies.forEach(d => dependedOn.add(d))
  return [...byId.keys()].filter(id => !dependedOn.has(id)).map(id => ({ id, dev: false }))
}

/** Paths longer than this (a pathological chain) keep their direct dependency, an ellipsis and the nearest names. */
export const MAX_PATH_NAMES = 64

/**
 * The chain of names from the direct dependency that first reaches id (breadth first) down to it. `parent` is a forest
 * (each id has one parent, roots null), so walking up ends; the top of each chain is memoised, so a 50,000-deep
 * chain costs linear time, and the path is cut to MAX_PATH_NAMES.
 */
function pathFinder(
  parent: Map<string, string | null>,
  byId: Map<string, { pkg: LockedPackage }>
): (id: string) => string[] {
  const topOf = new Map<string, string>()
  const top = (id: string): string => {
    const chain: string[] = []
    let at = id
    while (!topOf.has(at)) {
      chain.push(at)
      const up = parent.get(at)
      if (up === null || up === undefined) {
        topOf.set(at, at)
        break
      }
      at = up
    }
    const found = topOf.get(at) as string
    for (const link of chain) topOf.set(link, found)
    return found
  }
  const nameOf = (id: string) => byId.get(id)?.pkg.name ?? id
  return id => {
    const ids: string[] = []
    let at: string | null | undefined = id
    while (at && ids.length < MAX_PATH_NAMES - 2) {
      ids.push(at)
      at = parent.get(at)
    }
    const names = ids.reverse().map(nameOf)
    if (!at) return names
    return parent.get(at) ? [nameOf(top(at)), '…', ...names] : [nameOf(at), ...names]
  }
}
