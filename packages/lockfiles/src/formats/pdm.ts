import { ParseError } from '@ci-suite/core'
import type { RawPackage } from '../build.js'
import { buildLockfile } from '../build.js'
import { hashFromPrefixedHex } from '../hashes.js'
import { declaredInPyproject, requirementName, rootsFrom } from '../manifests.js'
import type { Lockfile } from '../model.js'
import type { ParseOptions } from '../options.js'
import { pep503Name } from '../purl.js'
import { lineFinder, parseTomlLock } from '../toml-lock.js'
import { pythonSource } from './poetry.js'

interface PdmPackage {
  name: string
  version: string
  groups?: string[]
  dependencies?: string[]
  files?: Array<{ file?: string; url?: string; hash?: string }>
  git?: string
  url?: string
  path?: string
}

/** pdm.lock: `[[package]]` with `groups` (dev when `default` is not among them) and PEP 508 dependency strings. */
export function parsePdmLock(file: string, text: string, options: ParseOptions = {}): Lockfile {
  const doc = parseTomlLock(file, text)
  const list = doc.package as PdmPackage[] | undefined
  if (!Array.isArray(list)) throw new ParseError(file, 'no [[package]] tables: not a pdm.lock')
  const lineOf = lineFinder(text)
  const packages: RawPackage[] = list.map(p => ({
    key: pep503Name(p.name),
    name: p.name,
    version: String(p.version),
    dependencies: (p.dependencies ?? [])
      .map(requirementName)
      .filter((n): n is string => n !== undefined)
      .map(pep503Name),
    line: lineOf(p.name, p.version),
    hashes: (p.files ?? []).map(f => hashFromPrefixedHex(f.hash)).filter(h => h !== undefined),
    resolved: p.git ?? p.url,
    source: pythonSource(p.git ? 'git' : p.url ? 'url' : p.path ? 'directory' : undefined),
    ...(p.groups ? { dev: !p.groups.includes('default') } : {})
  }))
  const keys = new Set(packages.map(p => p.key))
  const roots = rootsFrom(declaredInPyproject(options), name =>
    keys.has(pep503Name(name)) ? pep503Name(name) : undefined
  )
  return buildLockfile({ file, format: 'pdm', ecosystem: 'PyPI', packages, roots })
}
