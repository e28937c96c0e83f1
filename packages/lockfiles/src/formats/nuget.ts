import { ParseError } from '@ci-suite/core'
import type { RawPackage, RootDependency } from '../build.js'
import { buildLockfile } from '../build.js'
import { base64ToHex } from '../hashes.js'
import type { Lockfile } from '../model.js'
import { JsonKeyTree } from '../text-lines.js'

interface NugetEntry {
  type?: 'Direct' | 'Transitive' | 'Project' | 'CentralTransitive'
  requested?: string
  resolved?: string
  contentHash?: string
  dependencies?: Record<string, string>
}

/** NuGet packages.lock.json: per target framework, `Direct`/`Transitive` packages with a SHA-512 `contentHash`. */
export function parseNugetLock(file: string, text: string): Lockfile {
  let doc: { version?: number; dependencies?: Record<string, Record<string, NugetEntry>> }
  try {
    doc = JSON.parse(text) as typeof doc
  } catch (error) {
    throw new ParseError(file, `not valid JSON (${(error as Error).message})`)
  }
  if (!doc || typeof doc.version !== 'number' || !doc.dependencies)
    throw new ParseError(file, 'no version or dependencies: not a NuGet packages.lock.json')
  const lines = new JsonKeyTree(text, 3)
  const packages: RawPackage[] = []
  const roots: RootDependency[] = []
  for (const [framework, entries] of Object.entries(doc.dependencies)) {
    // NuGet ids are case-insensitive
    const byLowerName = new Map(Object.entries(entries).map(([n, e]) => [n.toLowerCase(), e]))
    const keyOf = (name: string) => {
      const entry = byLowerName.get(name.toLowerCase())
      return entry && entry.type !== 'Project' ? `${name.toLowerCase()}@${entry.resolved}` : undefined
    }
    for (const [name, entry] of Object.entries(entries)) {
      if (entry.type === 'Project' || !entry.resolved) continue
      const key = `${name.toLowerCase()}@${entry.resolved}`
      packages.push({
        key,
        name,
        version: entry.resolved,
        dependencies: Object.keys(entry.dependencies ?? {})
          .map(keyOf)
          .filter((k): k is string => k !== undefined),
        line: lines.line('dependencies', framework, name),
        hashes: entry.contentHash ? [{ alg: 'SHA-512', content: base64ToHex(entry.contentHash) }] : []
      })
      if (entry.type === 'Direct') roots.push({ key, dev: false })
    }
  }
  return buildLockfile({ file, format: 'nuget', ecosystem: 'NuGet', packages, roots })
}
