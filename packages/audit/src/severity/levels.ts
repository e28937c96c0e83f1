export const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'unknown'] as const
export type Severity = (typeof SEVERITIES)[number]
export type KnownSeverity = Exclude<Severity, 'unknown'>

const RANK: Record<KnownSeverity, number> = { low: 1, moderate: 2, high: 3, critical: 4 }

export function severityRank(severity: KnownSeverity): number {
  return RANK[severity]
}

/** The qualitative bands of CVSS v3.x and v4 (specification section 5 / "Qualitative Severity Rating Scale"). */
export function bandOf(score: number): KnownSeverity {
  if (score >= 9) return 'critical'
  if (score >= 7) return 'high'
  if (score >= 4) return 'moderate'
  // 0.0 is "None": still an advisory someone published, so the lowest band
  return 'low'
}

/** GHSA's `database_specific.severity` (LOW, MODERATE, HIGH, CRITICAL), npm's `info`…`critical`, OSS-Fuzz's words. */
export function severityFromWord(word: unknown): KnownSeverity | undefined {
  if (typeof word !== 'string') return undefined
  switch (word.trim().toLowerCase()) {
    case 'critical':
      return 'critical'
    case 'high':
    case 'important':
      return 'high'
    case 'moderate':
    case 'medium':
      return 'moderate'
    case 'low':
    case 'info':
    case 'negligible':
      return 'low'
    default:
      return undefined
  }
}
