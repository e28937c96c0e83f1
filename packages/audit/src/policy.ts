import { pep503Name, type Ecosystem } from '@ci-suite/lockfiles'
import { isExpired, type IgnoreEntry } from './ignore-file.js'
import { severityRank, type KnownSeverity, type Severity } from './severity/levels.js'

/** The severity the gate judges: `unknown` counts as the unknown-severity input says (moderate by default). */
export function gatedSeverity(severity: Severity, unknownSeverity: KnownSeverity): KnownSeverity {
  return severity === 'unknown' ? unknownSeverity : severity
}

/** Whether a vulnerability of this severity fails the gate at this fail-on level (`never` judges at the default). */
export function failsAt(severity: KnownSeverity, level: string): boolean {
  if (level === 'any') return true
  if (level === 'never') return false
  return severityRank(severity) >= severityRank(level as KnownSeverity)
}

export interface IgnoreDecision {
  /** the entry that ignores it */
  ignoredBy?: IgnoreEntry
  /** entries that would have ignored it but have expired */
  expired: IgnoreEntry[]
}

const samePackage = (ecosystem: Ecosystem, a: string, b: string) =>
  ecosystem === 'PyPI' ? pep503Name(a) === pep503Name(b) : a.toLowerCase() === b.toLowerCase()

/** An entry matches any of the advisory's ids (aliases included) and, when it names one, the package. */
export function decideIgnore(
  entries: IgnoreEntry[],
  ids: string[],
  ecosystem: Ecosystem,
  packageName: string,
  today: string
): IgnoreDecision {
  const wanted = new Set(ids.map(i => i.toUpperCase()))
  const matching = entries.filter(
    e => wanted.has(e.id.toUpperCase()) && (!e.package || samePackage(ecosystem, e.package, packageName))
  )
  return {
    ignoredBy: matching.find(e => !isExpired(e, today)),
    expired: matching.filter(e => isExpired(e, today))
  }
}
