import { ParseError } from '@ci-suite/core'
import type { RawPackage, RootDependency } from '../build.js'
import { buildLockfile } from '../build.js'
import { hashesFromIntegrity } from '../hashes.js'
import { declaredInPackageJson, rootsFrom } from '../manifests.js'
import type { Lockfile } from '../model.js'
import type { ParseOptions } from '../options.js'
import { globToRegExp } from '../discover.js'
import { JsonKeyTree } from '../text-lines.js'
import { npmSource } from './npm-source.js'

interface V2Entry {
  name?: string
  version?: string
  resolved?: string
  integrity?: string
  license?: string
  link?: boolean
  /** only development needs it; `devOptional` (a dev dependency that a runtime package also takes as optional) is
   * installed by `npm ci --omit=dev`, so it is no dev flag here */
  dev?: boolean
  optional?: boolean
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  /** the root entry's workspace globs */
  workspaces?: string[]
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

/** The names an entry depends on at run time (devDependencies are read apart). */
function dependencyNames(entry: V2Entry): string[] {
  return [entry.dependencies, entry.optionalDependencies, entry.peerDependencies].flatMap(map => Object.keys(map ?? {}))
}

/**
 * v2/v3: installed packages under `node_modules/`, plus the project's own folders (workspace members, `file:` folder
 * dependencies), which npm links from `node_modules/<name>` and records under their folder path with their manifest's
 * dependencies. The project's direct dependencies are what the root entry declares, and its workspace members; each
 * member depends on what its own manifest declares, so the graph reads project → member → its dependencies.
 */
function parseFlat(
  file: string,
  text: string,
  entries: Record<string, V2Entry>,
  format: string,
  root: Lockfile['root']
): Lockfile {
  const lines = new JsonKeyTree(text, 2)
  const locations = new Set(Object.keys(entries))
  const exists = (location: string) => locations.has(location)
  // a workspace member or folder dependency is linked from node_modules/<name> to its folder entry
  const links = new Map<string, { name: string; dev: boolean }>()
  for (const [location, entry] of Object.entries(entries)) {
    if (entry.link && entry.resolved !== undefined)
      links.set(entry.resolved, { name: nameFromLocation(location), dev: Boolean(entry.dev) })
  }
  const linkTarget = (location: string): string => {
    const entry = entries[location]
    return entry?.link && entry.resolved !== undefined ? entry.resolved : location
  }
  const resolveAll = (from: string, names: string[]): string[] =>
    names.flatMap(name => {
      const found = resolveLocation(from, name, exists)
      return found ? [linkTarget(found)] : []
    })
  const workspaceGlobs = (Array.isArray(entries['']?.workspaces) ? entries['']!.workspaces : []).map(globToRegExp)
  const packages: RawPackage[] = []
  for (const [location, entry] of Object.entries(entries)) {
    if (location === '' || entry.link) continue
    if (location.includes('node_modules/')) {
      packages.push({
        key: location,
        name: entry.name ?? nameFromLocation(location),
        version: entry.version ?? '',
        dependencies: resolveAll(location, dependencyNames(entry)),
        line: lines.line('packages', location),
        hashes: hashesFromIntegrity(entry.integrity),
        license: entry.license,
        resolved: entry.resolved,
        source: npmSource(entry.resolved),
        dev: Boolean(entry.dev)
      })
      continue
    }
    const runtime = resolveAll(location, dependencyNames(entry))
    const devOnly = resolveAll(location, Object.keys(entry.devDependencies ?? {})).filter(d => !runtime.includes(d))
    packages.push({
      key: location,
      name: entry.name ?? links.get(location)?.name ?? location.split('/').pop() ?? location,
      version: entry.version ?? '',
      dependencies: [...runtime, ...devOnly],
      devDependencies: devOnly,
      line: lines.line('packages', location),
      hashes: [],
      license: entry.license,
      source: workspaceGlobs.some(glob => glob.test(location)) ? 'workspace' : 'file',
      dev: links.get(location)?.dev ?? false
    })
  }
  const rootEntry = entries[''] ?? {}
  const roots: RootDependency[] = [
    ...resolveAll('', dependencyNames(rootEntry)).map(key => ({ key, dev: false })),
    ...resolveAll('', Object.keys(rootEntry.devDependencies ?? {})).map(key => ({ key, dev: true })),
    // the root entry names its workspace members only through its `workspaces` globs
    ...packages.filter(p => p.source === 'workspace').map(p => ({ key: p.key, dev: false }))
  ]
  return buildLockfile({ file, format, ecosystem: 'npm', root, packages, roots })
}

/** One install location of a v1 lockfile: `dependencies` nest like node_modules folders. */
interface NestedNode {
  key: string
  name: string
  entry: V1Entry
  parent?: NestedNode
  children: Map<string, NestedNode>
  line?: number
}

/**
 * v1: nested `dependencies`. Walked with an explicit stack (a chain of 50,000 nested packages must not exhaust the call
 * stack) into a tree of install locations; a package's dependency is found as node does: in its own nested folder,
 * then in each enclosing one.
 */
function parseNested(
  file: string,
  text: string,
  top: Record<string, V1Entry>,
  format: string,
  root: Lockfile['root'],
  options: ParseOptions
): Lockfile {
  const lines = new JsonKeyTree(text)
  const project: NestedNode = { key: '', name: '', entry: { version: '' }, children: new Map() }
  const nodes: NestedNode[] = []
  type Pending = { name: string; entry: V1Entry; parent: NestedNode; keyNode?: number }
  const childrenOf = (deps: unknown, parent: NestedNode, keyNode: number | undefined): Pending[] =>
    deps && typeof deps === 'object'
      ? Object.entries(deps as Record<string, V1Entry>).map(([name, entry]) => ({ name, entry, parent, keyNode }))
      : []
  // depth first, in file order: the stack holds the rest of each level reversed
  const stack = childrenOf(top, project, lines.child(JsonKeyTree.ROOT, 'dependencies')?.node).reverse()
  while (stack.length > 0) {
    const { name, entry, parent, keyNode } = stack.pop() as Pending
    if (!entry || typeof entry !== 'object') throw new ParseError(file, `dependency "${name}" is not an object`)
    const at = keyNode === undefined ? undefined : lines.child(keyNode, name)
    const node: NestedNode = { key: String(nodes.length), name, entry, parent, children: new Map(), line: at?.line }
    parent.children.set(name, node)
    nodes.push(node)
    const nested = at === undefined ? undefined : lines.child(at.node, 'dependencies')?.node
    stack.push(...childrenOf(entry.dependencies, node, nested).reverse())
  }
  const resolve = (from: NestedNode, name: string): string | undefined => {
    for (let at: NestedNode | undefined = from; at; at = at.parent) {
      const found = at.children.get(name)
      if (found) return found.key
    }
    return undefined
  }
  const packages: RawPackage[] = nodes.map(({ key, name: folderName, entry, line }, index) => {
    let name = folderName
    let version = typeof entry.version === 'string' ? entry.version : ''
    const alias = /^npm:(.+)@([^@]+)$/.exec(version)
    if (alias) {
      name = alias[1] as string
      version = alias[2] as string
    }
    const source = npmSource(entry.resolved ?? (/^[a-z+]+:/.test(version) ? version : undefined))
    return {
      key,
      name,
      version: source === 'registry' ? version : version.replace(/^.*#/, ''),
      dependencies: Object.keys(entry.requires ?? {})
        .map(dep => resolve(nodes[index] as NestedNode, dep))
        .filter((k): k is string => k !== undefined),
      line,
      hashes: hashesFromIntegrity(entry.integrity),
      resolved: entry.resolved,
      source,
      dev: Boolean(entry.dev)
    }
  })
  // v1 does not record the project's own declarations: package.json beside it does
  const roots = rootsFrom(declaredInPackageJson(options), name => project.children.get(name)?.key)
  return buildLockfile({ file, format, ecosystem: 'npm', root, packages, roots })
}
