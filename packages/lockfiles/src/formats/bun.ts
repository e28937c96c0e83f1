import { ParseError } from '@ci-suite/core'
import type { RawPackage, RootDependency } from '../build.js'
import { buildLockfile } from '../build.js'
import { hashesFromIntegrity } from '../hashes.js'
import { parseJsonc } from '../jsonc.js'
import { declaredLicense } from '../licenses/node-modules.js'
import { readJson } from '../manifests.js'
import type { Lockfile } from '../model.js'
import type { ParseOptions } from '../options.js'
import { JsonKeyTree } from '../text-lines.js'
import { splitSpecifier } from './npm-source.js'

interface BunWorkspace {
  name?: string
  version?: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

interface BunLock {
  lockfileVersion?: number
  workspaces?: Record<string, BunWorkspace>
  packages?: Record<string, unknown[]>
}

interface BunInfo {
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

/** The node_modules-like lookup of bun's package keys: `a/b` depends on c → `a/b/c`, `a/c`, `c`. */
function resolveKey(from: string, name: string, exists: (key: string) => boolean): string | undefined {
  let base = from
  for (;;) {
    const candidate = base ? `${base}/${name}` : name
    if (exists(candidate)) return candidate
    if (!base) return undefined
    const parent = splitParent(base)
    base = parent
  }
}

/** `@s/a/b` → `@s/a`; `a/@s/b` → `a`; `a` → ``. */
function splitParent(key: string): string {
  const parts = key.split('/')
  const names: string[] = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string
    names.push(part.startsWith('@') ? `${part}/${parts[++i] ?? ''}` : part)
  }
  return names.slice(0, -1).join('/')
}

/** bun's text lockfile `bun.lock` (JSONC). The binary bun.lockb is not read: `bun install --save-text-lockfile`. */
export function parseBunLock(file: string, text: string, options: ParseOptions = {}): Lockfile {
  let lock: BunLock
  try {
    lock = parseJsonc(text) as BunLock
  } catch (error) {
    throw new ParseError(file, `not valid JSON with trailing commas (${(error as Error).message})`)
  }
  if (!lock || typeof lock !== 'object' || typeof lock.lockfileVersion !== 'number' || !lock.packages) {
    throw new ParseError(file, 'no lockfileVersion or packages: not a bun.lock')
  }
  const entries = lock.packages
  const exists = (key: string) => key in entries
  const lines = new JsonKeyTree(text, 2)
  const packages: RawPackage[] = []
  for (const [key, entry] of Object.entries(entries)) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string')
      throw new ParseError(file, `package "${key}" is not an array`)
    const { name, range: version } = splitSpecifier(entry[0])
    if (version.startsWith('workspace:')) continue
    // registry packages: [id, registry, info, integrity]; git and tarball ones: [id, info, ...]
    const info = (entry.find(e => e && typeof e === 'object' && !Array.isArray(e)) ?? {}) as BunInfo
    const integrity = entry.find(e => typeof e === 'string' && /^sha\d+-/.test(e)) as string | undefined
    const source: RawPackage['source'] = /^(github:|git\+|git:)/.test(version)
      ? 'git'
      : /^https?:/.test(version)
        ? 'url'
        : /^(file:|link:)/.test(version)
          ? 'file'
          : 'registry'
    packages.push({
      key,
      name,
      version: source === 'registry' ? version : version.replace(/^.*#/, ''),
      dependencies: [
        ...Object.keys(info.dependencies ?? {}),
        ...Object.keys(info.optionalDependencies ?? {}),
        ...Object.keys(info.peerDependencies ?? {})
      ]
        .map(dep => resolveKey(key, dep, exists))
        .filter((k): k is string => k !== undefined),
      line: lines.line('packages', key),
      hashes: hashesFromIntegrity(integrity),
      resolved: typeof entry[1] === 'string' && entry[1] ? entry[1] : undefined,
      source
    })
  }
  // the project (workspace "") declares the direct dependencies; a member is a local package the project depends on,
  // keyed as the packages that depend on it find it (`"@mono/web": ["@mono/web@workspace:packages/web"]`)
  const memberKeys = new Map<string, string>()
  for (const [key, entry] of Object.entries(entries)) {
    const range = Array.isArray(entry) && typeof entry[0] === 'string' ? splitSpecifier(entry[0]).range : ''
    if (range.startsWith('workspace:')) memberKeys.set(range.slice('workspace:'.length), key)
  }
  const roots: RootDependency[] = []
  for (const [path, workspace] of Object.entries(lock.workspaces ?? {})) {
    const from = path === '' ? '' : (memberKeys.get(path) ?? `workspace:${path}`)
    const declared: RootDependency[] = []
    for (const [field, dev] of [
      ['dependencies', false],
      ['optionalDependencies', false],
      ['peerDependencies', false],
      ['devDependencies', true]
    ] as const) {
      for (const name of Object.keys(workspace[field] ?? {})) {
        const key = resolveKey(from, name, exists)
        if (key) declared.push({ key, dev })
      }
    }
    if (path === '') {
      roots.push(...declared)
      continue
    }
    packages.push({
      key: from,
      name: workspace.name ?? path.split('/').pop() ?? path,
      version: workspace.version ?? '',
      dependencies: declared.map(d => d.key),
      devDependencies: declared.filter(d => d.dev).map(d => d.key),
      line: lines.line('workspaces', path),
      hashes: [],
      license: declaredLicense(readJson(options, `${path}/package.json`) ?? {}),
      source: 'workspace'
    })
    roots.push({ key: from, dev: false })
  }
  const rootWorkspace = lock.workspaces?.['']
  return buildLockfile({
    file,
    format: 'bun',
    ecosystem: 'npm',
    root: rootWorkspace?.name
      ? { name: rootWorkspace.name, ...(rootWorkspace.version ? { version: rootWorkspace.version } : {}) }
      : undefined,
    packages,
    roots
  })
}
