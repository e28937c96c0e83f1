import { ParseError } from '@ci-suite/core'
import yaml from 'js-yaml'
import type { RawPackage, RootDependency } from '../build.js'
import { buildLockfile } from '../build.js'
import { declaredLicense } from '../licenses/node-modules.js'
import { declaredInPackageJson, readJson } from '../manifests.js'
import type { Lockfile } from '../model.js'
import type { ParseOptions } from '../options.js'
import { splitSpecifier } from './npm-source.js'

interface BerryEntry {
  version?: string | number
  resolution?: string
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  checksum?: string
  languageName?: string
  linkType?: string
}

/** Lines of the top-level keys (`"a@npm:^1, a@npm:^1.2":`), for locations. */
function topLevelKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>()
  text.split('\n').forEach((line, i) => {
    if (/^\S.*:\s*$/.test(line) && !line.startsWith('#')) {
      const key = line.replace(/:\s*$/, '')
      lines.set(key.startsWith('"') ? (JSON.parse(key) as string) : key, i + 1)
    }
  })
  return lines
}

function berrySource(resolution: string): RawPackage['source'] {
  const { range } = splitSpecifier(resolution)
  if (range.startsWith('npm:')) return 'registry'
  if (range.startsWith('workspace:')) return 'workspace'
  if (range.startsWith('link:') || range.startsWith('portal:')) return 'link'
  if (/^(git|github|https?:.*\.git)/.test(range) || range.includes('#commit=')) return 'git'
  if (/^https?:/.test(range)) return 'url'
  return 'file'
}

/** yarn 2+ (berry) `yarn.lock`: YAML with `__metadata`, descriptors as keys and `resolution` per entry. */
export function parseYarnBerry(file: string, text: string, options: ParseOptions = {}): Lockfile {
  let doc: Record<string, BerryEntry>
  try {
    doc = yaml.load(text) as Record<string, BerryEntry>
  } catch (error) {
    throw new ParseError(file, `not valid YAML (${(error as Error).message.split('\n')[0]})`)
  }
  if (!doc || typeof doc !== 'object' || !('__metadata' in doc))
    throw new ParseError(file, 'no __metadata: not a yarn berry lockfile')
  const lines = topLevelKeyLines(text)
  const keyOfDescriptor = new Map<string, string>()
  for (const key of Object.keys(doc)) {
    if (key === '__metadata') continue
    for (const descriptor of key.split(/,\s*/)) keyOfDescriptor.set(descriptor, key)
  }
  // dependencies name a range without protocol when it is the default npm: one
  const lookup = (name: string, range: string): string | undefined =>
    keyOfDescriptor.get(`${name}@${range}`) ?? keyOfDescriptor.get(`${name}@npm:${range}`)

  const packages: RawPackage[] = []
  const roots: RootDependency[] = []
  let root: Lockfile['root']
  for (const [key, entry] of Object.entries(doc)) {
    if (key === '__metadata' || !entry || typeof entry !== 'object') continue
    const resolution = entry.resolution ?? key.split(/,\s*/)[0] ?? key
    const source = berrySource(resolution)
    const dependencies = Object.entries(entry.dependencies ?? {})
      .map(([dep, range]) => lookup(dep, String(range)))
      .filter((k): k is string => k !== undefined)
    if (source === 'workspace') {
      // the project (`workspace:.`) declares the direct dependencies; a member is a local package of its own, which
      // the project depends on, and which depends on what it declares (its devDependencies apart)
      const { name, range } = splitSpecifier(resolution)
      const folder = range.slice('workspace:'.length)
      const manifestPath = folder === '.' ? 'package.json' : `${folder}/package.json`
      const dev = new Set((declaredInPackageJson(options, manifestPath) ?? []).filter(d => d.dev).map(d => d.name))
      const declared = Object.entries(entry.dependencies ?? {}).flatMap(([dep, depRange]) => {
        const found = lookup(dep, String(depRange))
        return found ? [{ key: found, dev: dev.has(dep) }] : []
      })
      if (folder === '.') {
        root = { name }
        roots.push(...declared)
        continue
      }
      const manifest = readJson(options, manifestPath) ?? {}
      packages.push({
        key,
        name,
        version: typeof manifest.version === 'string' ? manifest.version : '',
        dependencies: declared.map(d => d.key),
        devDependencies: declared.filter(d => d.dev).map(d => d.key),
        line: lines.get(key),
        hashes: [],
        license: declaredLicense(manifest),
        source
      })
      roots.push({ key, dev: false })
      continue
    }
    const { name } = splitSpecifier(resolution)
    packages.push({
      key,
      name,
      version: String(entry.version ?? ''),
      dependencies,
      line: lines.get(key),
      // `checksum` hashes the zip yarn repacks the tarball into, not the registry's artifact: no hash to report
      hashes: [],
      resolved: resolution,
      source
    })
  }
  return buildLockfile({
    file,
    format: 'yarn-berry',
    ecosystem: 'npm',
    root,
    packages,
    roots: roots.length > 0 ? roots : undefined
  })
}
