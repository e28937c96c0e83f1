import { readFileSync } from 'node:fs'
import { ConfigurationError } from '@ci-suite/core'

/** Findings a team already knows about: from an earlier ci-suite report or a gitleaks JSON report. */
export interface Baseline {
  fingerprints: Set<string>
  /** gitleaks entries without a usable fingerprint: rule, file, line, commit */
  locations: Set<string>
  size: number
}

export const locationKey = (ruleId: string, file: string, line: number, commit?: string | null): string =>
  `${ruleId}\u0000${file}\u0000${line}\u0000${commit ?? ''}`

export function readBaseline(path: string): Baseline {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ConfigurationError(
      `baseline: ${path} is not a readable JSON report (${(error as Error).message.split('\n')[0]})`
    )
  }
  const fingerprints = new Set<string>()
  const locations = new Set<string>()
  if (Array.isArray(data)) {
    // gitleaks --report-format json: [{RuleID, File, StartLine, Commit, Fingerprint, ...}]
    for (const entry of data as Array<Record<string, unknown>>) {
      if (typeof entry.Fingerprint === 'string') fingerprints.add(entry.Fingerprint)
      if (typeof entry.RuleID === 'string' && typeof entry.File === 'string') {
        locations.add(
          locationKey(entry.RuleID, entry.File, Number(entry.StartLine ?? 0), (entry.Commit as string) || undefined)
        )
      }
    }
    return { fingerprints, locations, size: data.length }
  }
  const report = data as {
    schema?: string
    findings?: Array<Record<string, unknown>>
    gates?: Array<{ action?: string; findings?: Array<Record<string, unknown>> }>
  }
  const findings =
    report.findings ?? report.gates?.filter(g => g.action === 'secret-scan').flatMap(g => g.findings ?? []) ?? undefined
  if (!report.schema?.startsWith('ci-suite/report') || !findings) {
    throw new ConfigurationError(`baseline: ${path} is neither a ci-suite report nor a gitleaks JSON report`)
  }
  for (const f of findings) {
    if (typeof f.fingerprint === 'string') fingerprints.add(f.fingerprint)
    if (typeof f.gitleaksFingerprint === 'string') fingerprints.add(f.gitleaksFingerprint)
  }
  return { fingerprints, locations, size: findings.length }
}
