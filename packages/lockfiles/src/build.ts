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
  const byId = new Map<string, { pkg: LockedPackage; explicitDev: boolean[]; depKeys: Set<string> }>()
  for (const raw of draft.packages) {
    const purl = packageUrl(draft.ecosystem, raw.name, raw.version, raw.qualifiers)
    idOfKey.set(raw.key, purl)
    const existing = byId.get(purl)
    if (existing) {
      raw.dependencies.forEach(d => existing.depKeys.add(d))
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
      ...(raw.license ? { license: raw.license } : {}),
      ...(raw.resolved ? { resolved: raw.resolved } : {}),
      source: raw.source ?? 'registry',
      ...(raw.extras && raw.extras.length > 0 ? { extras: raw.extras } : {}),
      ...(raw.markers ? { markers: raw.markers } : {})
    }
    byId.set(purl, { pkg, explicitDev: raw.dev === undefined ? [] : [raw.dev], depKeys: new Set(raw.dependencies) })
  }
  for (const entry of byId.values()) {
    const deps = new Set<string>()
    for (const key of entry.depKeys) {
      const id = idOfKey.get(key)
      if (id && id !== entry.pkg.id) deps.add(id)
    }
    entry.pkg.dependencies = [...deps]
  }

  const roots = resolveRoots(draft.roots, idOfKey, byId)
  // breadth first from the runtime roots, then from the dev roots: the first visit gives the shortest runtime path
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
    const seen = new Set(queue)
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i] as string
      for (const dep of byId.get(id)?.pkg.dependencies ?? []) {
        if (seen.has(dep)) continue
        seen.add(dep)
        if (!pass) reachedByRuntime.add(dep)
        if (!parent.has(dep)) parent.set(dep, id)
        queue.push(dep)
      }
    }
  }
  const directIds = new Set(roots.map(r => r.id))
  for (const { pkg, explicitDev } of byId.values()) {
    pkg.direct = directIds.has(pkg.id)
    pkg.dev = explicitDev.length > 0 ? explicitDev.every(Boolean) : parent.has(pkg.id) && !reachedByRuntime.has(pkg.id)
    pkg.path = pathTo(pkg.id, parent, byId)
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

function pathTo(id: string, parent: Map<string, string | null>, byId: Map<string, { pkg: LockedPackage }>): string[] {
  const names: string[] = []
  const seen = new Set<string>()
  for (let at: string | null | undefined = id; at && !seen.has(at); at = parent.get(at)) {
    seen.add(at)
    names.unshift(byId.get(at)?.pkg.name ?? at)
  }
  return names
}
