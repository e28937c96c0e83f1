import { join, posix } from 'node:path'
import type { Lockfile } from '../model.js'
import { pep503Name } from '../purl.js'
import { readNodeModulesLicenses } from './node-modules.js'
import { readSitePackagesLicenses, sitePackagesFolders } from './site-packages.js'

/**
 * Licenses of installed packages, for the lockfiles that do not carry them (package-lock v1, yarn, pnpm before v9,
 * bun, and every Python lockfile): an npm-family lockfile's packages are looked up by name and version in the
 * node_modules beside it (npm, yarn classic and bun's layout, and pnpm's store); a Python lockfile's in the
 * site-packages of the project's virtualenv or the job's Python (`sitePackagesFolders`). Each folder is read once,
 * however many lockfiles (the head's and a base commit's) ask. The audit's deny-licenses and the SBOM's license
 * fields both read licenses through this.
 */
export class InstalledLicenses {
  private readonly folders = new Map<string, Map<string, string>>()
  /** lockfile folder → the site-packages folders of its Python environments, found once */
  private readonly environments = new Map<string, string[]>()

  /** repoRoot: what lockfile paths are relative to; env: where `VIRTUAL_ENV` and setup-python's `pythonLocation` are read */
  constructor(
    private readonly repoRoot: string,
    private readonly env: Record<string, string | undefined> = {}
  ) {}

  /** The license the installed copy of name@version beside the lockfile declares. */
  find(lockfileFile: string, name: string, version: string): string | undefined {
    return this.read(join(this.repoRoot, posix.dirname(lockfileFile)), readNodeModulesLicenses).get(
      `${name}@${version}`
    )
  }

  /** The license an installed Python distribution name==version declares, in the first environment that has it. */
  findPython(lockfileFile: string, name: string, version: string): string | undefined {
    const key = `${pep503Name(name)}@${version}`
    const dir = join(this.repoRoot, posix.dirname(lockfileFile))
    let environments = this.environments.get(dir)
    if (!environments) {
      environments = sitePackagesFolders([dir, this.repoRoot], this.env)
      this.environments.set(dir, environments)
    }
    for (const folder of environments) {
      const license = this.read(folder, readSitePackagesLicenses).get(key)
      if (license) return license
    }
    return undefined
  }

  private read(folder: string, reader: (folder: string) => Map<string, string>): Map<string, string> {
    let licenses = this.folders.get(folder)
    if (!licenses) {
      licenses = reader(folder)
      this.folders.set(folder, licenses)
    }
    return licenses
  }

  /**
   * The lockfile with the licenses it lacks filled in (license source `node_modules` or `site-packages`), and how
   * many were filled.
   */
  fill(lockfile: Lockfile): { lockfile: Lockfile; filled: number } {
    const python = lockfile.ecosystem === 'PyPI'
    if ((lockfile.ecosystem !== 'npm' && !python) || lockfile.packages.every(p => p.license))
      return { lockfile, filled: 0 }
    let filled = 0
    const packages = lockfile.packages.map(pkg => {
      if (pkg.license) return pkg
      const license = python
        ? this.findPython(pkg.file, pkg.name, pkg.version)
        : this.find(pkg.file, pkg.name, pkg.version)
      if (!license) return pkg
      filled++
      return { ...pkg, license, licenseSource: python ? ('site-packages' as const) : ('node_modules' as const) }
    })
    return { lockfile: filled > 0 ? { ...lockfile, packages } : lockfile, filled }
  }
}
