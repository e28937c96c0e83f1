import { LOCAL_SOURCES, type LockedPackage, type UnpinnedRequirement } from '@ci-suite/lockfiles'
import { isAuditable } from './advisories.js'

/** Why a locked package cannot be looked up in an advisory database, or undefined when it can. */
export function notAuditableReason(pkg: LockedPackage): string | undefined {
  if (isAuditable(pkg)) return undefined
  const source = pkg.source ?? 'registry'
  if (LOCAL_SOURCES.has(source))
    return `local package (${source === 'workspace' ? 'a workspace member' : `a ${source}: dependency`}): in no advisory database`
  if (source === 'git') return 'a git source, not a released version'
  if (source === 'url') return 'a tarball URL, not a released version'
  return 'no version in the lockfile'
}

/**
 * The packages the audit skips, listed beside the unpinned requirements so nothing is skipped in silence: the
 * project's own workspace members and folders, git and URL sources. One row per package and lockfile.
 */
export function notAuditablePackages(packages: Array<{ pkg: LockedPackage; file?: string }>): UnpinnedRequirement[] {
  const rows = new Map<string, UnpinnedRequirement>()
  for (const { pkg, file } of packages) {
    const reason = notAuditableReason(pkg)
    if (!reason) continue
    const where = file ?? pkg.file
    rows.set(`${where}\u0000${pkg.name}\u0000${pkg.version}`, {
      name: pkg.name,
      spec: pkg.version ? `@${pkg.version}` : '',
      file: where,
      ...(pkg.line !== undefined ? { line: pkg.line } : {}),
      reason
    })
  }
  return [...rows.values()]
}
