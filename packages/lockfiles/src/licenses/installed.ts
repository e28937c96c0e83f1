import { join, posix } from 'node:path'
import type { Lockfile } from '../model.js'
import { readNodeModulesLicenses } from './node-modules.js'

/**
 * Licenses of installed packages, for the lockfiles that do not carry them (package-lock v1, yarn, pnpm before v9,
 * bun): an npm-family lockfile's packages are looked up by name and version in the node_modules beside it (npm, yarn
 * classic and bun's layout, and pnpm's store). Each folder is read once, however many lockfiles (the head's and a
 * base commit's) ask. The audit's deny-licenses and the SBOM's license fields both read licenses through this.
 */
export class InstalledLicenses {
  private readonly folders = new Map<string, Map<string, string>>()

  /** repoRoot: what lockfile paths are relative to */
  constructor(private readonly repoRoot: string) {}

  /** The license the installed copy of name@version beside the lockfile declares. */
  find(lockfileFile: string, name: string, version: string): string | undefined {
    const folder = join(this.repoRoot, posix.dirname(lockfileFile))
    let licenses = this.folders.get(folder)
    if (!licenses) {
      licenses = readNodeModulesLicenses(folder)
      this.folders.set(folder, licenses)
    }
    return licenses.get(`${name}@${version}`)
  }

  /** The lockfile with the licenses it lacks filled in (license source `node_modules`), and how many were filled. */
  fill(lockfile: Lockfile): { lockfile: Lockfile; filled: number } {
    if (lockfile.ecosystem !== 'npm' || lockfile.packages.every(p => p.license)) return { lockfile, filled: 0 }
    let filled = 0
    const packages = lockfile.packages.map(pkg => {
      if (pkg.license) return pkg
      const license = this.find(pkg.file, pkg.name, pkg.version)
      if (!license) return pkg
      filled++
      return { ...pkg, license, licenseSource: 'node_modules' as const }
    })
    return { lockfile: filled > 0 ? { ...lockfile, packages } : lockfile, filled }
  }
}
