import { ParseError } from '@ci-suite/core'
import type { RawPackage } from '../build.js'
import { buildLockfile } from '../build.js'
import { declaredInComposerJson, rootsFrom } from '../manifests.js'
import type { Lockfile } from '../model.js'
import type { ParseOptions } from '../options.js'
import { LineIndex } from '../text-lines.js'

interface ComposerPackage {
  name: string
  version: string
  source?: { type?: string; url?: string; reference?: string }
  dist?: { type?: string; url?: string; shasum?: string }
  require?: Record<string, string>
  license?: string[]
}

/** composer.lock: `packages` (runtime) and `packages-dev`; composer.json beside it names the direct ones. */
export function parseComposerLock(file: string, text: string, options: ParseOptions = {}): Lockfile {
  let doc: { packages?: ComposerPackage[]; 'packages-dev'?: ComposerPackage[] }
  try {
    doc = JSON.parse(text) as typeof doc
  } catch (error) {
    throw new ParseError(file, `not valid JSON (${(error as Error).message})`)
  }
  if (!doc || !Array.isArray(doc.packages)) throw new ParseError(file, 'no packages array: not a composer.lock')
  const index = new LineIndex(text)
  let searchFrom = 0
  const packages: RawPackage[] = []
  for (const [list, dev] of [
    [doc.packages, false],
    [doc['packages-dev'] ?? [], true]
  ] as const) {
    for (const p of list) {
      // packages appear in order, so each name is searched after the previous one
      const at = text.indexOf(`"name": ${JSON.stringify(p.name)}`, searchFrom)
      if (at !== -1) searchFrom = at
      packages.push({
        key: p.name.toLowerCase(),
        name: p.name,
        version: p.version,
        // platform requirements (php, ext-json) are not packages
        dependencies: Object.keys(p.require ?? {})
          .filter(n => n.includes('/'))
          .map(n => n.toLowerCase()),
        line: at === -1 ? undefined : index.lineAt(at),
        hashes:
          p.dist?.shasum && /^[0-9a-f]{40}$/.test(p.dist.shasum) ? [{ alg: 'SHA-1', content: p.dist.shasum }] : [],
        license:
          p.license && p.license.length > 0
            ? p.license.length === 1
              ? p.license[0]
              : `(${p.license.join(' OR ')})`
            : undefined,
        resolved: p.dist?.url ?? p.source?.url,
        source: p.dist?.type === 'path' ? 'file' : !p.dist && p.source?.type === 'git' ? 'git' : 'registry',
        dev
      })
    }
  }
  const keys = new Set(packages.map(p => p.key))
  const roots = rootsFrom(declaredInComposerJson(options), name =>
    keys.has(name.toLowerCase()) ? name.toLowerCase() : undefined
  )
  return buildLockfile({ file, format: 'composer', ecosystem: 'Packagist', packages, roots })
}
