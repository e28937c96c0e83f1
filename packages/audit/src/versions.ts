import { pep503Name, type Ecosystem } from '@ci-suite/lockfiles'
import type { OsvAffected, OsvVulnerability } from './osv/types.js'

/**
 * Orders version strings well enough to pick the nearest fix: numeric runs compare as numbers, a leading `v` is
 * ignored, and a pre-release (`1.0.0-rc1`, `1.0rc1`, `1.0.0.beta`) sorts before its release.
 */
export function compareVersions(a: string, b: string): number {
  const tokens = (v: string) =>
    v
      .replace(/^v/i, '')
      .split(/[+]/)[0]!
      .match(/\d+|[A-Za-z]+/g) ?? []
  const ta = tokens(a)
  const tb = tokens(b)
  for (let i = 0; i < Math.max(ta.length, tb.length); i++) {
    const x = ta[i]
    const y = tb[i]
    if (x === y) continue
    // a release is newer than anything that adds a word after it (1.0 > 1.0rc1) and older than 1.0.1
    if (x === undefined) return /^\d/.test(y as string) ? -1 : 1
    if (y === undefined) return /^\d/.test(x) ? 1 : -1
    const nx = /^\d/.test(x)
    const ny = /^\d/.test(y)
    if (nx && ny) return Number(x) - Number(y) || x.length - y.length
    if (nx !== ny) return nx ? 1 : -1
    return x < y ? -1 : 1
  }
  return 0
}

const sameName = (ecosystem: Ecosystem, a: string, b: string) =>
  ecosystem === 'PyPI'
    ? pep503Name(a) === pep503Name(b)
    : ecosystem === 'npm' || ecosystem === 'Go'
      ? a === b
      : a.toLowerCase() === b.toLowerCase()

/** The affected entry of a record for this package (its index, for per-entry severity). */
export function affectedEntry(
  record: OsvVulnerability,
  ecosystem: Ecosystem,
  name: string
): { entry: OsvAffected; index: number } | undefined {
  const index = (record.affected ?? []).findIndex(
    a => a.package && a.package.ecosystem.split(':')[0] === ecosystem && sameName(ecosystem, a.package.name, name)
  )
  return index === -1 ? undefined : { entry: record.affected![index]!, index }
}

/**
 * The versions that fix the installed one: for each SEMVER/ECOSYSTEM range, the `fixed` event that closes the
 * interval the installed version is in (a range's events come sorted by version, as the schema requires).
 */
export function fixedVersions(
  record: OsvVulnerability,
  ecosystem: Ecosystem,
  name: string,
  installed: string
): string[] {
  const fixes = new Set<string>()
  for (const a of record.affected ?? []) {
    if (!a.package || a.package.ecosystem.split(':')[0] !== ecosystem || !sameName(ecosystem, a.package.name, name))
      continue
    for (const range of a.ranges ?? []) {
      if (range.type === 'GIT') continue
      let introduced: string | undefined
      for (const event of range.events) {
        if (typeof event.introduced === 'string') introduced = event.introduced
        if (typeof event.fixed === 'string') {
          const inside =
            (introduced === '0' || introduced === undefined || compareVersions(installed, introduced) >= 0) &&
            compareVersions(installed, event.fixed) < 0
          if (inside) fixes.add(event.fixed)
          introduced = undefined
        }
      }
    }
  }
  return [...fixes].sort(compareVersions)
}
