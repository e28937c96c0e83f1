import { ParseError } from '@ci-suite/core'
import { posix } from 'node:path'
import type { RawPackage, RootDependency } from '../build.js'
import { buildLockfile } from '../build.js'
import { hashesFromIntegrity } from '../hashes.js'
import { localPackage } from '../local-package.js'
import { declaredInPackageJson, readJson, rootsFrom } from '../manifests.js'
import type { Lockfile } from '../model.js'
import type { ParseOptions } from '../options.js'
import { workspaceMembers } from '../workspace-globs.js'
import { npmSource, splitSpecifier } from './npm-source.js'

interface ClassicEntry {
  specifiers: string[]
  line: number
  fields: Map<string, string>
  dependencies: Map<string, string>
}

const unquote = (value: string): string => {
  const v = value.trim()
  return v.startsWith('"') && v.endsWith('"') ? (JSON.parse(v) as string) : v
}

/** Splits `key value` or `"key" "value"` (yarn classic's own syntax, not YAML). */
function splitPair(line: string): [string, string] {
  const trimmed = line.trim()
  const match = /^("(?:[^"\\]|\\.)*"|\S+)\s+(.*)$/.exec(trimmed)
  return match ? [unquote(match[1] as string), unquote(match[2] as string)] : [unquote(trimmed.replace(/:$/, '')), '']
}

/** yarn v1 `yarn.lock`: blocks keyed by `name@range, name@range:` with indented fields. */
export function parseYarnClassic(file: string, text: string, options: ParseOptions = {}): Lockfile {
  const entries: ClassicEntry[] = []
  let current: ClassicEntry | undefined
  let inDependencies = false
  const source = text.split(/\r?\n/)
  for (let i = 0; i < source.length; i++) {
    const line = source[i] as string
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    const indent = line.length - line.trimStart().length
    if (indent === 0) {
      if (!line.endsWith(':'))
        throw new ParseError(file, `expected "name@range:" at the start of a block, got "${line.slice(0, 60)}"`, i + 1)
      const specifiers = line
        .slice(0, -1)
        .split(/,\s*/)
        .map(s => unquote(s))
      current = { specifiers, line: i + 1, fields: new Map(), dependencies: new Map() }
      entries.push(current)
      inDependencies = false
    } else if (!current) {
      throw new ParseError(file, 'indented line before any block', i + 1)
    } else if (indent === 2) {
      const [key, value] = splitPair(line)
      inDependencies = line.trim().endsWith(':') && (key === 'dependencies' || key === 'optionalDependencies')
      if (!line.trim().endsWith(':')) current.fields.set(key, value)
    } else if (inDependencies) {
      const [name, range] = splitPair(line)
      current.dependencies.set(name, range)
    }
  }
  if (entries.length === 0 && !/yarn lockfile v1/.test(text)) throw new ParseError(file, 'no entries: not a yarn.lock')

  const keyOfSpecifier = new Map<string, string>()
  for (const entry of entries)
    for (const spec of entry.specifiers) keyOfSpecifier.set(spec, entry.specifiers[0] as string)
  const packages: RawPackage[] = entries.map(entry => {
    const first = splitSpecifier(entry.specifiers[0] as string)
    // an alias `alias@npm:real@^1` installs `real`
    const aliased = /^npm:(.+)$/.exec(first.range)
    const name = aliased ? splitSpecifier(aliased[1] as string).name : first.name
    const resolved = entry.fields.get('resolved')
    return {
      key: entry.specifiers[0] as string,
      name,
      version: entry.fields.get('version') ?? '',
      dependencies: [...entry.dependencies]
        .map(([dep, range]) => keyOfSpecifier.get(`${dep}@${range}`))
        .filter((k): k is string => k !== undefined),
      line: entry.line,
      hashes: hashesFromIntegrity(entry.fields.get('integrity')),
      resolved,
      source: npmSource(resolved)
    }
  })
  // yarn.lock keeps no record of which ranges the project declared: package.json beside it does
  const manifest = readJson(options, 'package.json')
  const members = manifest ? workspaceLocals(file, manifest, options, keyOfSpecifier) : new Map<string, RawPackage>()
  packages.push(...members.values())
  const memberKey = (name: string): string | undefined => members.get(name)?.key
  let roots: RootDependency[] | undefined
  if (manifest) {
    const ranges = dependencyRanges(manifest)
    roots = rootsFrom(
      declaredInPackageJson(options),
      name => keyOfSpecifier.get(`${name}@${ranges.get(name)}`) ?? memberKey(name)
    )
    // the project depends on each member (as pnpm and yarn berry record it)
    const declared = new Set(roots?.map(r => r.key))
    for (const member of members.values()) if (!declared.has(member.key)) roots?.push({ key: member.key, dev: false })
  }
  return buildLockfile({ file, format: 'yarn-classic', ecosystem: 'npm', packages, roots })
}

const DEPENDENCY_FIELDS = [
  ['dependencies', false],
  ['optionalDependencies', false],
  ['peerDependencies', false],
  ['devDependencies', true]
] as const

/** name → range of every dependency a manifest declares, in any field */
function dependencyRanges(manifest: Record<string, unknown>): Map<string, string> {
  const ranges = new Map<string, string>()
  for (const [field] of DEPENDENCY_FIELDS) {
    const declared = manifest[field]
    if (declared && typeof declared === 'object')
      for (const [name, range] of Object.entries(declared as Record<string, unknown>))
        if (typeof range === 'string' && !ranges.has(name)) ranges.set(name, range)
  }
  return ranges
}

/**
 * yarn classic's workspace members, by name: yarn.lock holds what they depend on but not the members themselves
 * (yarn links them into node_modules), so their folders come from the project's `workspaces` globs and each one's
 * package.json says what it depends on, development declarations apart. A member that depends on another member
 * depends on that local package.
 */
function workspaceLocals(
  lockfile: string,
  manifest: Record<string, unknown>,
  options: ParseOptions,
  keyOfSpecifier: Map<string, string>
): Map<string, RawPackage> {
  const { listFolder } = options
  const members = new Map<string, RawPackage>()
  if (!manifest.workspaces || !listFolder) return members
  const manifests = new Map<string, Record<string, unknown>>()
  const folders = workspaceMembers(manifest.workspaces, listFolder, folder => {
    const json = readJson(options, `${folder}/package.json`)
    if (json) manifests.set(folder, json)
    return json !== undefined
  })
  const byFolder = new Map<string, RawPackage>()
  for (const folder of folders) {
    const json = manifests.get(folder)!
    const member = localPackage(`workspace:${folder}`, 'workspace', json, posix.basename(folder), {
      file: posix.join(posix.dirname(lockfile), folder, 'package.json')
    })
    if (members.has(member.name)) continue
    members.set(member.name, member)
    byFolder.set(folder, member)
  }
  for (const [folder, member] of byFolder) {
    const json = manifests.get(folder)!
    for (const [field, dev] of DEPENDENCY_FIELDS) {
      if (field === 'peerDependencies') continue
      const declared = json[field]
      if (!declared || typeof declared !== 'object') continue
      for (const [name, range] of Object.entries(declared as Record<string, unknown>)) {
        const key = keyOfSpecifier.get(`${name}@${String(range)}`) ?? members.get(name)?.key
        if (!key || key === member.key) continue
        member.dependencies.push(key)
        if (dev) member.devDependencies!.push(key)
      }
    }
  }
  return members
}
