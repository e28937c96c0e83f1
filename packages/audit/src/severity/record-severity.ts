import type { OsvSeverity, OsvVulnerability } from '../osv/types.js'
import { cvss3BaseScore } from './cvss3.js'
import { cvss4BaseScore } from './cvss4.js'
import { bandOf, severityFromWord, type Severity } from './levels.js'

export interface SeverityRating {
  severity: Severity
  /** CVSS base score, when a vector was scored */
  score?: number
  vector?: string
  /** where the rating came from */
  basis: 'cvss' | 'database' | 'unknown'
}

/** Scores the newest CVSS version given (v4 before v3.x): the record's, else its affected entry's. */
export function scoreVectors(severities: OsvSeverity[]): SeverityRating | undefined {
  const byType = (type: string) => severities.find(s => s.type === type && typeof s.score === 'string')
  for (const [type, scoreOf] of [
    ['CVSS_V4', cvss4BaseScore],
    ['CVSS_V3', cvss3BaseScore]
  ] as const) {
    const entry = byType(type)
    const score = entry ? scoreOf(entry.score) : undefined
    if (entry && score !== undefined) return { severity: bandOf(score), score, vector: entry.score, basis: 'cvss' }
  }
  return undefined
}

/**
 * The severity of an OSV record for one package: CVSS vectors scored per spec, then `database_specific.severity`
 * (GHSA's word), then the affected entry's `ecosystem_specific.severity`, then unknown.
 */
export function rateRecord(record: OsvVulnerability, affectedIndex?: number): SeverityRating {
  const affected = affectedIndex === undefined ? undefined : record.affected?.[affectedIndex]
  const scored = scoreVectors(record.severity ?? []) ?? scoreVectors(affected?.severity ?? [])
  if (scored) return scored
  const word =
    severityFromWord(record.database_specific?.severity) ??
    severityFromWord(affected?.database_specific?.severity) ??
    severityFromWord(affected?.ecosystem_specific?.severity)
  if (word) return { severity: word, basis: 'database' }
  return { severity: 'unknown', basis: 'unknown' }
}
