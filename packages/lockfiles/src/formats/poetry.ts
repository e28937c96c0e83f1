import { ParseError } from '@ci-suite/core'
import type { RawPackage } from '../build.js'
import { buildLockfile } from '../build.js'
import { hashFromPrefixedHex } from '../hashes.js'
import { declaredInPyproject, rootsFrom } from '../manifests.js'
import type { Lockfile } from '../model.js'
import type { ParseOptions } from '../options.js'
import { pep503Name } from '../purl.js'
import { lineFinder, parseTomlLock } from '../toml-lock.js'

interface PoetryPackage {
  name: string
  version: string
  category?: string
  groups?: string[]
  optional?: boolean
  files?: Array<{ file?: string; hash?: string }>
  dependencies?: Record<string, unknown>
  source?: { type?: string; url?: string; reference?: string; resolved_reference?: string }
}

export function pythonSource(type: string | undefined): RawPackage['source'] {
  if (!type || type === 'legacy') return 'registry'
  if (type === 'git') return 'git'
  if (type === 'url') return 'url'
  return 'file'
}

/** poetry.lock: `[[package]]` tables; `category` (poetry < 1.5) or `groups` (poetry 2) say dev or main. */
export function parsePoetryLock(file: string, text: string, options: ParseOptions = {}): Lockfile {
  const doc = parseTomlLock(file, text)
  const list = doc.package as PoetryPackage[] | undefined
  if (!Array.isArray(list)) throw new ParseError(file, 'no [[package]] tables: not a poetry.lock')
  const lineOf = lineFinder(text)
  const packages: RawPackage[] = list.map(p => {
    const dev = p.groups ? !p.groups.includes('main') : p.category ? p.category !== 'main' : undefined
    return {
      key: pep503Name(p.name),
      name: p.name,
      version: String(p.version),
      dependencies: Object.keys(p.dependencies ?? {}).map(pep503Name),
      line: lineOf(p.name, p.version),
      hashes: (p.files ?? []).map(f => hashFromPrefixedHex(f.hash)).filter(h => h !== undefined),
      resolved: p.source?.url,
      source: pythonSource(p.source?.type),
      ...(dev !== undefined ? { dev } : {})
    }
  })
  const keys = new Set(packages.map(p => p.key))
  const roots = rootsFrom(declaredInPyproject(options), name =>
    keys.has(pep503Name(name)) ? pep503Name(name) : undefined
  )
  return buildLockfile({ file, format: 'poetry', ecosystem: 'PyPI', packages, roots })
}
