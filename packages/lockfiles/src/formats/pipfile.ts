import { ParseError } from '@ci-suite/core'
import type { RawPackage } from '../build.js'
import { buildLockfile } from '../build.js'
import { hashFromPrefixedHex } from '../hashes.js'
import { declaredInPipfile, rootsFrom } from '../manifests.js'
import type { Lockfile, UnpinnedRequirement } from '../model.js'
import type { ParseOptions } from '../options.js'
import { pep503Name } from '../purl.js'
import { JsonKeyTree } from '../text-lines.js'

interface PipfileEntry {
  version?: string
  hashes?: string[]
  markers?: string
  extras?: string[]
  git?: string
  ref?: string
  path?: string
  file?: string
  editable?: boolean
}

/** Pipfile.lock: `default` (runtime) and `develop` (dev) sections; no graph, so Pipfile beside it names the direct ones. */
export function parsePipfileLock(file: string, text: string, options: ParseOptions = {}): Lockfile {
  let doc: Record<string, Record<string, PipfileEntry> | undefined>
  try {
    doc = JSON.parse(text) as typeof doc
  } catch (error) {
    throw new ParseError(file, `not valid JSON (${(error as Error).message})`)
  }
  if (!doc || typeof doc !== 'object' || (!doc.default && !doc.develop))
    throw new ParseError(file, 'no default or develop section: not a Pipfile.lock')
  const lines = new JsonKeyTree(text, 2)
  const packages: RawPackage[] = []
  const unpinned: UnpinnedRequirement[] = []
  for (const [section, dev] of [
    ['default', false],
    ['develop', true]
  ] as const) {
    for (const [name, entry] of Object.entries(doc[section] ?? {})) {
      const line = lines.line(section, name)
      const pin = entry.version ? /^===?(.+)$/.exec(entry.version) : null
      if (!pin) {
        const where = entry.git
          ? `git ${entry.git}${entry.ref ? `@${entry.ref}` : ''}`
          : (entry.path ?? entry.file ?? entry.version ?? 'no version')
        unpinned.push({
          name,
          spec: where,
          file,
          line,
          reason: entry.git ? 'a git source, not a released version' : 'not pinned with =='
        })
        continue
      }
      packages.push({
        key: pep503Name(name),
        name,
        version: pin[1] as string,
        dependencies: [],
        line,
        hashes: (entry.hashes ?? []).map(hashFromPrefixedHex).filter(h => h !== undefined),
        extras: entry.extras,
        markers: entry.markers,
        dev
      })
    }
  }
  const keys = new Set(packages.map(p => p.key))
  const declared = declaredInPipfile(options)
  // without the Pipfile every locked package is taken as declared: Pipfile.lock keeps no graph
  const roots = declared
    ? rootsFrom(declared, name => (keys.has(pep503Name(name)) ? pep503Name(name) : undefined))
    : packages.map(p => ({ key: p.key, dev: Boolean(p.dev) }))
  return buildLockfile({ file, format: 'pipfile', ecosystem: 'PyPI', packages, roots, unpinned })
}
