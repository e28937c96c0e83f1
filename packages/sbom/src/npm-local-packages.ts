import type { LockedPackage, Lockfile } from '@ci-suite/lockfiles'
import { globToRegExp, packageUrl } from '@ci-suite/lockfiles'

interface FlatEntry {
  name?: string
  version?: string
  license?: string
  link?: boolean
  resolved?: string
  dev?: boolean
  devOptional?: boolean
  workspaces?: string[]
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}

/**
 * npm workspace members and `file:` folder dependencies as components, for a v2/v3 package-lock whose parsed form
 * leaves them out (the audit has no use for them; an SBOM lists them, as cyclonedx-npm does). Each member depends on
 * what its own manifest declares, and the project's direct dependencies are what the root entry declares, so the
 * graph reads project → member → its dependencies. A lockfile that already carries local packages, or is not a
 * flat package-lock, is returned as it is. Without includeDev a devDependencies declaration is no edge: a package the
 * project declares for development but a member needs at run time hangs under the member only, as npm's runtime tree has it.
 */
export function withNpmLocalPackages(lockfile: Lockfile, text: string, options: { includeDev: boolean }): Lockfile {
  if (!/^package-lock@[23]$/.test(lockfile.format)) return lockfile
  if (lockfile.packages.some(p => p.source === 'workspace' || p.source === 'file')) return lockfile
  let entries: Record<string, FlatEntry>
  try {
    entries = (JSON.parse(text) as { packages?: Record<string, FlatEntry> }).packages ?? {}
  } catch {
    return lockfile
  }
  const rootEntry = entries[''] ?? {}
  const folders = Object.keys(entries).filter(
    location => location !== '' && !location.includes('node_modules/') && !entries[location]?.link
  )
  if (folders.length === 0) return lockfile

  const linkName = new Map<string, { name: string; dev: boolean }>()
  for (const [location, entry] of Object.entries(entries)) {
    if (entry.link && entry.resolved !== undefined) {
      linkName.set(entry.resolved, {
        name: location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length),
        dev: Boolean(entry.dev || entry.devOptional)
      })
    }
  }
  const workspaceGlobs = (rootEntry.workspaces ?? []).map(globToRegExp)
  const localPurl = new Map<string, string>()
  for (const folder of folders) {
    const entry = entries[folder] as FlatEntry
    localPurl.set(
      folder,
      packageUrl(
        'npm',
        entry.name ?? linkName.get(folder)?.name ?? folder.split('/').pop() ?? folder,
        entry.version ?? ''
      )
    )
  }
  const purlAt = (location: string): string | undefined => {
    const entry = entries[location]
    if (!entry) return undefined
    if (entry.link) return entry.resolved !== undefined ? localPurl.get(entry.resolved) : undefined
    const name = entry.name ?? location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length)
    return packageUrl('npm', name, entry.version ?? '')
  }
  const declared = (from: string, entry: FlatEntry): string[] => {
    const names = [
      entry.dependencies,
      entry.optionalDependencies,
      entry.peerDependencies,
      options.includeDev ? entry.devDependencies : undefined
    ].flatMap(map => Object.keys(map ?? {}))
    return names
      .map(name => resolveLocation(from, name, location => location in entries))
      .flatMap(found => (found ? (purlAt(found) ?? []) : []))
  }

  const byId = new Map(lockfile.packages.map(p => [p.id, p]))
  const locals: LockedPackage[] = folders.map(folder => {
    const entry = entries[folder] as FlatEntry
    const id = localPurl.get(folder) as string
    const name = entry.name ?? linkName.get(folder)?.name ?? folder
    return {
      id,
      ecosystem: 'npm',
      name,
      version: entry.version ?? '',
      purl: id,
      direct: false,
      dev: linkName.get(folder)?.dev ?? false,
      path: [name],
      dependencies: [...new Set(declared(folder, entry))].filter(
        dep => byId.has(dep) || [...localPurl.values()].includes(dep)
      ),
      file: lockfile.file,
      hashes: [],
      ...(entry.license ? { license: entry.license } : {}),
      source: workspaceGlobs.some(glob => glob.test(folder)) ? 'workspace' : 'file'
    }
  })
  const direct = new Set(declared('', rootEntry))
  // the root entry lists workspace members only through its `workspaces` globs
  for (const [folder, purl] of localPurl) if (workspaceGlobs.some(glob => glob.test(folder))) direct.add(purl)
  return {
    ...lockfile,
    packages: [
      ...lockfile.packages.map(p => ({ ...p, direct: direct.has(p.id) })),
      ...locals.map(p => ({ ...p, direct: direct.has(p.id) }))
    ]
  }
}

/** The node_modules lookup: from `a/node_modules/b`, c is `a/node_modules/b/node_modules/c`, then upwards. */
function resolveLocation(from: string, name: string, exists: (location: string) => boolean): string | undefined {
  let base = from
  for (;;) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`
    if (exists(candidate)) return candidate
    if (!base) return undefined
    const cut = base.lastIndexOf('/node_modules/')
    base = cut === -1 ? '' : base.slice(0, cut)
  }
}
