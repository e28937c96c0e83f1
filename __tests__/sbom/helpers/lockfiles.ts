import type { LockedPackage, Lockfile } from '@ci-suite/lockfiles'

/** Small hand-made lockfiles for unit tests: a package with the model's defaults, and a lockfile around some. */
export function lockedPackage(
  fields: Partial<LockedPackage> & Pick<LockedPackage, 'name' | 'version' | 'purl'>
): LockedPackage {
  return {
    id: fields.purl,
    ecosystem: 'npm',
    direct: false,
    dev: false,
    path: [fields.name],
    dependencies: [],
    file: 'package-lock.json',
    hashes: [],
    source: 'registry',
    ...fields
  }
}

export function lockfileOf(packages: LockedPackage[], fields: Partial<Lockfile> = {}): Lockfile {
  return { file: 'package-lock.json', format: 'package-lock@3', ecosystem: 'npm', packages, unpinned: [], ...fields }
}
