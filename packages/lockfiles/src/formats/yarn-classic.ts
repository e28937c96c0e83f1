import { ParseError } from '@ci-suite/core'
import type { RawPackage } from '../build.js'
import { buildLockfile } from '../build.js'
import { hashesFromIntegrity } from '../hashes.js'
import { declaredInPackageJson, rootsFrom } from '../manifests.js'
import type { Lockfile } from '../model.js'
import type { ParseOptions } from '../options.js'
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
  const manifest = options.readRelative?.('package.json')
  let roots: Array<{ key: string; dev: boolean }> | undefined
  if (manifest !== undefined) {
    const ranges = new Map<string, string>()
    try {
      const json = JSON.parse(manifest) as Record<string, Record<string, string> | undefined>
      for (const field of ['devDependencies', 'dependencies', 'optionalDependencies', 'peerDependencies'])
        for (const [dep, range] of Object.entries(json[field] ?? {})) ranges.set(dep, range)
    } catch {
      // an unreadable manifest: fall back to the graph's own roots
    }
    roots = rootsFrom(declaredInPackageJson(options), name => keyOfSpecifier.get(`${name}@${ranges.get(name)}`))
  }
  return buildLockfile({ file, format: 'yarn-classic', ecosystem: 'npm', packages, roots })
}
