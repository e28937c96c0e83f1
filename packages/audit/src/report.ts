import { buildSarif, fingerprint, type Annotation, type Finding, type SarifLog, type SarifRule } from '@ci-suite/core'
import { SEVERITIES, type Severity } from './severity/levels.js'
import type { LicenseViolation, Vulnerability } from './vulnerability.js'

const describeSeverity = (v: Vulnerability) =>
  `${v.advisory.rating.severity}${v.advisory.rating.score !== undefined ? ` ${v.advisory.rating.score.toFixed(1)}` : ''}`

const introducedBy = (v: Vulnerability) => (v.pkg.direct ? 'direct' : `via ${v.pkg.path.slice(0, -1).join(' > ')}`)

/** The report's findings (CONTRACT.md "audit"): every vulnerability, ignored and pre-existing ones flagged. */
export function vulnerabilityFinding(v: Vulnerability): Finding {
  const { advisory, pkg } = v
  return {
    ruleId: advisory.id,
    severity: advisory.rating.severity,
    message: `${pkg.name}@${pkg.version}: ${advisory.title}`,
    ...(v.file ? { file: v.file } : {}),
    ...(v.file && pkg.line ? { line: pkg.line } : {}),
    fingerprint: fingerprint('audit', v.file ?? 'environment', pkg.ecosystem, pkg.name, pkg.version, advisory.id),
    ecosystem: pkg.ecosystem,
    package: pkg.name,
    version: pkg.version,
    id: advisory.id,
    aliases: advisory.aliases,
    fixedIn: advisory.fixedIn,
    ...(advisory.rating.score !== undefined ? { score: advisory.rating.score } : {}),
    ...(advisory.rating.vector ? { vector: advisory.rating.vector } : {}),
    direct: pkg.direct,
    dev: pkg.dev,
    path: pkg.path,
    url: advisory.url,
    sources: advisory.sources,
    failing: v.failing,
    ...(v.ignoredBy
      ? {
          ignored: {
            reason: v.ignoredBy.reason ?? '',
            expires: v.ignoredBy.expires ?? null,
            source: v.ignoredBy.source
          }
        }
      : {}),
    ...(v.preExisting ? { preExisting: true } : {})
  }
}

export function licenseFinding(l: LicenseViolation, failing: boolean): Finding {
  return {
    ruleId: 'denied-license',
    severity: 'high',
    message: `${l.pkg.name}@${l.pkg.version} is licensed ${l.license}, which deny-licenses names (${l.denied})`,
    ...(l.file ? { file: l.file } : {}),
    ...(l.file && l.pkg.line ? { line: l.pkg.line } : {}),
    fingerprint: fingerprint('audit-license', l.file ?? 'environment', l.pkg.ecosystem, l.pkg.name, l.license),
    ecosystem: l.pkg.ecosystem,
    package: l.pkg.name,
    version: l.pkg.version,
    license: l.license,
    failing,
    ...(l.preExisting ? { preExisting: true } : {})
  }
}

export function annotationsFor(
  vulnerabilities: Vulnerability[],
  licenses: LicenseViolation[],
  failingLicense: (l: LicenseViolation) => boolean
): Annotation[] {
  const rank: Record<Severity, number> = { critical: 5, high: 4, moderate: 3, low: 2, unknown: 1 }
  const annotations: Annotation[] = vulnerabilities
    .filter(v => !v.ignoredBy && v.file)
    .map(v => ({
      level: v.failing ? 'error' : 'warning',
      title: `${v.advisory.id} (${describeSeverity(v)}) in ${v.pkg.name}@${v.pkg.version}`,
      message: `${v.advisory.title}. ${v.advisory.fixedIn.length > 0 ? `Fixed in ${v.advisory.fixedIn.join(', ')}` : 'No fixed version yet'}; ${introducedBy(v)}${v.pkg.dev ? ' (dev)' : ''}.`,
      file: v.file,
      line: v.pkg.line ?? 1,
      priority: rank[v.advisory.rating.severity] + (v.failing ? 10 : 0)
    }))
  for (const l of licenses) {
    if (!l.file) continue
    annotations.push({
      level: failingLicense(l) ? 'error' : 'warning',
      title: `Denied license ${l.license} in ${l.pkg.name}@${l.pkg.version}`,
      message: `deny-licenses names ${l.denied}`,
      file: l.file,
      line: l.pkg.line ?? 1,
      priority: 8
    })
  }
  return annotations
}

const BAND_SCORE: Record<Severity, number> = { critical: 9.5, high: 8, moderate: 5.5, low: 2, unknown: 5 }

/** SARIF with the lockfile line as the location and GitHub's security-severity from the CVSS score. */
export function auditSarif(vulnerabilities: Vulnerability[], version = '0.1.0'): SarifLog {
  const rules = new Map<string, SarifRule>()
  const results = vulnerabilities
    .filter(v => !v.ignoredBy)
    .map(v => {
      const { advisory } = v
      if (!rules.has(advisory.id)) {
        rules.set(advisory.id, {
          id: advisory.id,
          name: advisory.id,
          shortDescription: advisory.title,
          fullDescription: `${advisory.title}${advisory.aliases.length > 0 ? ` (also ${advisory.aliases.join(', ')})` : ''}`,
          helpUri: advisory.url,
          help: `${advisory.title}. ${advisory.fixedIn.length > 0 ? `Upgrade to ${advisory.fixedIn.join(' or ')}.` : 'No fixed version is published yet.'} ${advisory.url}`,
          level: v.failing ? 'error' : 'warning',
          securitySeverity: advisory.rating.score ?? BAND_SCORE[advisory.rating.severity],
          tags: ['security', 'vulnerability', v.pkg.ecosystem]
        })
      }
      return {
        ruleId: advisory.id,
        level: v.failing ? ('error' as const) : ('warning' as const),
        message: `${v.pkg.name}@${v.pkg.version} is affected by ${advisory.id} (${describeSeverity(v)}): ${advisory.title}`,
        file: v.file,
        line: v.pkg.line ?? 1,
        fingerprint: fingerprint('audit', v.file ?? 'environment', v.pkg.ecosystem, v.pkg.name, advisory.id)
      }
    })
  return buildSarif({ name: 'ci-suite audit', version }, [...rules.values()], results)
}

/** Output `vulnerabilities`: counts by severity of the advisories found (ignored ones left out). */
export function vulnerabilityCounts(vulnerabilities: Vulnerability[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map(s => [s, 0])) as Record<Severity, number>
  const seen = new Set<string>()
  for (const v of vulnerabilities) {
    if (v.ignoredBy) continue
    const key = `${v.pkg.ecosystem}\u0000${v.pkg.name}\u0000${v.pkg.version}\u0000${v.advisory.id}`
    if (seen.has(key)) continue
    seen.add(key)
    counts[v.advisory.rating.severity]++
  }
  return counts
}

export { describeSeverity, introducedBy }
