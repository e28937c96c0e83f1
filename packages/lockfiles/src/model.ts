/** The shared shape of a resolved dependency, as audit and sbom both read it. */
export type Ecosystem = 'npm' | 'PyPI' | 'Go' | 'crates.io' | 'RubyGems' | 'Packagist' | 'NuGet'

export interface PackageHash {
  /** CycloneDX spelling: SHA-1, SHA-256, SHA-384, SHA-512 */
  alg: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'
  /** lower-case hex */
  content: string
}

export type PackageSource = 'registry' | 'git' | 'url' | 'file' | 'link' | 'workspace'

/** The project's own packages: members of its workspaces and folders it depends on. No advisory database lists them. */
export const LOCAL_SOURCES: ReadonlySet<PackageSource> = new Set(['workspace', 'file', 'link'])

export interface LockedPackage {
  /** unique within a lockfile: the purl, or the purl plus a suffix when one package appears at several paths */
  id: string
  ecosystem: Ecosystem
  /** as the ecosystem spells it (npm: `@scope/name`; PyPI: as written, see `purl` for the normalised form) */
  name: string
  version: string
  /** package URL, spec-correct (pkg:npm/%40scope/name@1.0.0, pkg:pypi/django@4.2.0, pkg:golang/...) */
  purl: string
  /** declared by the project itself (not only pulled in by another package) */
  direct: boolean
  /** only needed for development (devDependencies, dev groups) */
  dev: boolean
  /** the chain of package names from a direct dependency down to this one (for a direct one: just its name) */
  path: string[]
  /** ids of the packages this one depends on */
  dependencies: string[]
  /**
   * the ids among `dependencies` this package declares for development only (known for the project's own local
   * packages, whose manifests the lockfile copies): an SBOM without dev dependencies drops these edges
   */
  devDependencies?: string[]
  /** direct, but the project declares it only for development (devDependencies), though something needs it at run time */
  declaredDev?: true
  /** the lockfile this came from, relative to the repository top level */
  file: string
  /** the line in the lockfile where the package is declared, when known */
  line?: number
  hashes: PackageHash[]
  /** SPDX expression when the lockfile or node_modules says */
  license?: string
  /** where the license was read: the lockfile, or the installed package's manifest (see `withInstalledLicenses`) */
  licenseSource?: 'lockfile' | 'node_modules' | 'site-packages'
  /** where the artifact is downloaded from, when the lockfile says */
  resolved?: string
  /**
   * git, url, file, link or workspace sources are not registry releases: `workspace` a member of the project's
   * workspaces, `file` a folder or tarball on disk (`file:`), `link` a symlinked folder (`link:`, `portal:`)
   */
  source?: PackageSource
  /** Python extras requested (`requests[socks]`), when the lockfile says */
  extras?: string[]
  /** PEP 508 environment markers (`python_version < "3.11"`), when the lockfile says */
  markers?: string
}

/** A requirement that names no exact version (`django>=4`), reported as "not auditable", never skipped in silence. */
export interface UnpinnedRequirement {
  name: string
  spec: string
  file: string
  line?: number
  reason: string
}

export interface Lockfile {
  /** relative to the repository top level */
  file: string
  /** e.g. package-lock@3, yarn-classic, yarn-berry, pnpm, bun, requirements, poetry, pipfile, uv, pdm, gomod, cargo, gemfile, composer, nuget */
  format: string
  ecosystem: Ecosystem
  /** the project that owns the lockfile, when it says */
  root?: { name: string; version?: string }
  packages: LockedPackage[]
  unpinned: UnpinnedRequirement[]
}
