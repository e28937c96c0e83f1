import { InstalledLicenses, type Lockfile } from '@ci-suite/lockfiles'
import { byCodePoint, collectComponents } from './collect.js'
import type { SbomModel, SbomProject } from './model.js'

export interface BuildOptions {
  includeDev: boolean
  project: SbomProject
  /**
   * where lockfile paths are relative to; node_modules beside a lockfile fills missing npm licenses, an installed
   * Python environment missing Python ones
   */
  repoRoot?: string
  /** the job's environment: `VIRTUAL_ENV` and setup-python's `pythonLocation` locate installed Python packages */
  env?: Record<string, string | undefined>
}

export interface BuiltSbom {
  model: SbomModel
  omittedDev: number
  licensesFromNodeModules: number
}

/** From lockfiles to the format-free model: components, the project's direct dependencies, filled licenses. */
export function buildSbomModel(lockfiles: Lockfile[], options: BuildOptions): BuiltSbom {
  const installed = options.repoRoot ? new InstalledLicenses(options.repoRoot, options.env) : undefined
  const licensed = installed ? lockfiles.map(l => installed.fill(l).lockfile) : lockfiles
  const { components, direct, omittedDev } = collectComponents(licensed, { includeDev: options.includeDev })
  const licensesFromNodeModules = components.filter(c => c.licenseSource === 'node_modules').length
  const refs = new Set(components.map(c => c.ref))
  let projectRef = options.project.ref
  // the project may lock itself (a workspace root): its own node must stay a separate ref
  while (refs.has(projectRef)) projectRef = `${projectRef}#project`
  return {
    model: {
      project: { ...options.project, ref: projectRef },
      components,
      dependsOn: direct,
      lockfiles: [...new Set(lockfiles.map(l => l.file))].sort(byCodePoint)
    },
    omittedDev,
    licensesFromNodeModules
  }
}
