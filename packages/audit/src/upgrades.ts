import { compareVersions } from './versions.js'
import type { Vulnerability } from './vulnerability.js'

export interface Upgrade {
  ecosystem: string
  name: string
  from: string
  to: string
  /** advisories this upgrade fixes */
  fixes: number
}

/**
 * Per vulnerable package version, the fixed version that fixes the most of its advisories (the lowest such version):
 * "upgrade jinja2 to 3.1.4: fixes 3". Sorted by what they fix, most first.
 */
export function bestUpgrades(vulnerabilities: Vulnerability[]): Upgrade[] {
  const byPackage = new Map<string, Vulnerability[]>()
  for (const v of vulnerabilities) {
    const key = `${v.pkg.ecosystem}\u0000${v.pkg.name}\u0000${v.pkg.version}`
    byPackage.set(key, [...(byPackage.get(key) ?? []), v])
  }
  const upgrades: Upgrade[] = []
  for (const list of byPackage.values()) {
    const { pkg } = list[0]!
    const advisories = new Map(list.map(v => [v.advisory.id, v.advisory]))
    const candidates = [...new Set([...advisories.values()].flatMap(a => a.fixedIn))].sort(compareVersions)
    let best: { to: string; fixes: number } | undefined
    for (const candidate of candidates) {
      // an advisory is fixed by the candidate when one of its fixes lies between the installed version and it
      const fixes = [...advisories.values()].filter(a =>
        a.fixedIn.some(f => compareVersions(f, candidate) <= 0 && compareVersions(f, pkg.version) > 0)
      ).length
      if (!best || fixes > best.fixes) best = { to: candidate, fixes }
    }
    if (best && best.fixes > 0) upgrades.push({ ecosystem: pkg.ecosystem, name: pkg.name, from: pkg.version, ...best })
  }
  return upgrades.sort((a, b) => b.fixes - a.fixes || a.name.localeCompare(b.name))
}
