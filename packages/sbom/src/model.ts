import type { Ecosystem, PackageHash, PackageSource } from '@ci-suite/lockfiles'

/** One component of the SBOM: a locked package, merged across lockfiles when several lock the same purl. */
export interface SbomComponent {
  /** bom-ref: the package id (its purl), unique in the document */
  ref: string
  ecosystem: Ecosystem
  /** the npm scope (`@types`), else undefined; CycloneDX's `group` */
  group?: string
  /** the name without the npm scope */
  name: string
  version: string
  purl: string
  /** CycloneDX scope: `optional` for packages only development needs */
  scope: 'required' | 'optional'
  direct: boolean
  hashes: PackageHash[]
  /** the declared license as written (an SPDX id or expression, or free text) */
  license?: string
  /** where the license came from */
  licenseSource?: 'lockfile' | 'node_modules' | 'site-packages'
  resolved?: string
  source: PackageSource
  /** the lockfiles that lock it, relative to the repository top level */
  files: string[]
  /** refs of the components it depends on, sorted */
  dependsOn: string[]
}

/** The repository itself: CycloneDX `metadata.component`, the SPDX document's described package. */
export interface SbomProject {
  ref: string
  name: string
  version?: string
  purl?: string
  /** where name and version were read */
  source: string
}

/** Everything the writers need, in a stable order: the formats only serialise it. */
export interface SbomModel {
  project: SbomProject
  /** sorted by ref */
  components: SbomComponent[]
  /** refs of the project's direct dependencies, sorted */
  dependsOn: string[]
  /** lockfiles read, relative to the repository top level, sorted */
  lockfiles: string[]
}

/** Values that differ between two runs over the same tree; everything else in a document is a function of the model. */
export interface DocumentIdentity {
  /** a random UUID */
  serial: string
  /** ISO 8601 */
  timestamp: string
}

export interface ToolInfo {
  name: string
  version: string
}
