import type { LockedPackage, Lockfile, PackageHash } from '@ci-suite/lockfiles'
import type { SbomComponent } from './model.js'

export interface CollectOptions {
  /** keep packages only development needs (CycloneDX scope `optional`) */
  includeDev: boolean
}

export interface CollectedComponents {
  /** sorted by ref */
  components: SbomComponent[]
  /** the direct dependencies of the project, sorted */
  direct: string[]
  /** how many packages include-dev left out */
  omittedDev: number
}

/** Code-point order, the same on every machine and locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Turns the lockfiles' packages into SBOM components. A purl locked by several lockfiles (two services of a monorepo
 * on the same version) is one component: required if any lockfile needs it at run time, with the union of its hashes,
 * dependencies and lockfiles. Edges to packages left out (dev ones) are dropped, so every ref resolves.
 */
export function collectComponents(lockfiles: Lockfile[], options: CollectOptions): CollectedComponents {
  const byRef = new Map<string, SbomComponent>()
  const sorted = [...lockfiles].sort((a, b) => byCodePoint(a.file, b.file))
  let omittedDev = 0
  for (const lockfile of sorted) {
    for (const pkg of lockfile.packages) {
      if (pkg.dev && !options.includeDev) {
        omittedDev++
        continue
      }
      // without dev dependencies, a development declaration is no edge: what a package declares for development
      // but another needs at run time hangs under the one that needs it, as npm's runtime tree has it
      const runtimeView: LockedPackage = options.includeDev
        ? pkg
        : {
            ...pkg,
            direct: pkg.direct && !pkg.declaredDev,
            dependencies: pkg.dependencies.filter(d => !pkg.devDependencies?.includes(d))
          }
      const existing = byRef.get(pkg.id)
      if (existing) mergeInto(existing, runtimeView, lockfile.file)
      else byRef.set(pkg.id, componentOf(runtimeView, lockfile.file))
    }
  }
  const direct = new Set<string>()
  for (const component of byRef.values()) {
    component.dependsOn = [...new Set(component.dependsOn)]
      .filter(ref => byRef.has(ref) && ref !== component.ref)
      .sort(byCodePoint)
    component.files.sort(byCodePoint)
    component.hashes.sort((a, b) => byCodePoint(a.alg, b.alg))
    if (component.direct) direct.add(component.ref)
  }
  const components = [...byRef.values()].sort((a, b) => byCodePoint(a.ref, b.ref))
  return { components, direct: [...direct].sort(byCodePoint), omittedDev }
}

function componentOf(pkg: LockedPackage, file: string): SbomComponent {
  const scoped = pkg.ecosystem === 'npm' && /^@[^/]+\/./.test(pkg.name)
  const slash = pkg.name.indexOf('/')
  return {
    ref: pkg.id,
    ecosystem: pkg.ecosystem,
    ...(scoped ? { group: pkg.name.slice(0, slash) } : {}),
    name: scoped ? pkg.name.slice(slash + 1) : pkg.name,
    version: pkg.version,
    purl: pkg.purl,
    scope: pkg.dev ? 'optional' : 'required',
    direct: pkg.direct,
    hashes: uniqueHashes(pkg.hashes),
    ...(pkg.license ? { license: pkg.license, licenseSource: pkg.licenseSource ?? ('lockfile' as const) } : {}),
    ...(pkg.resolved ? { resolved: pkg.resolved } : {}),
    source: pkg.source ?? 'registry',
    files: [file],
    dependsOn: [...pkg.dependencies]
  }
}

function mergeInto(component: SbomComponent, pkg: LockedPackage, file: string): void {
  if (!pkg.dev) component.scope = 'required'
  component.direct ||= pkg.direct
  component.hashes = uniqueHashes([...component.hashes, ...pkg.hashes])
  if (!component.license && pkg.license) {
    component.license = pkg.license
    component.licenseSource = pkg.licenseSource ?? 'lockfile'
  }
  component.resolved ??= pkg.resolved
  if (!component.files.includes(file)) component.files.push(file)
  component.dependsOn.push(...pkg.dependencies)
}

const HEX_LENGTHS: Record<PackageHash['alg'], number> = { 'SHA-1': 40, 'SHA-256': 64, 'SHA-384': 96, 'SHA-512': 128 }

/**
 * Distinct hashes, lower-case, and only those of the length their algorithm gives: a truncated or mangled
 * integrity in a lockfile must not make the whole document fail the schema.
 */
function uniqueHashes(hashes: PackageHash[]): PackageHash[] {
  const seen = new Map<string, PackageHash>()
  for (const hash of hashes) {
    const content = hash.content.toLowerCase()
    if (content.length !== HEX_LENGTHS[hash.alg] || !/^[0-9a-f]+$/.test(content)) continue
    seen.set(`${hash.alg}:${content}`, { alg: hash.alg, content })
  }
  return [...seen.values()]
}
