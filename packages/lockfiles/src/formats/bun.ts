import { ParseError } from '@ci-suite/core'
import type { RawPackage, RootDependency } from '../build.js'
import { buildLockfile } from '../build.js'
import { hashesFromIntegrity } from '../hashes.js'
import { parseJsonc } from '../jsonc.js'
import type { Lockfile } from '../model.js'
import { jsonKeyLines, keyPath } from '../text-lines.js'
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
export function parseBunLock(file: string, text: string): Lockfile {
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
  const lines = jsonKeyLines(text, 2)
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
      line: lines.get(keyPath('packages', key)),
      hashes: hashesFromIntegrity(integrity),
      resolved: typeof entry[1] === 'string' && entry[1] ? entry[1] : undefined,
      source
    })
  }
  const roots: RootDependency[] = []
  for (const workspace of Object.values(lock.workspaces ?? {})) {
    for (const [field, dev] of [
      ['dependencies', false],
      ['optionalDependencies', false],
      ['peerDependencies', false],
      ['devDependencies', true]
    ] as const)
      for (const name of Object.keys(workspace[field] ?? {})) if (exists(name)) roots.push({ key: name, dev })
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
