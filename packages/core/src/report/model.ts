export type Status = 'pass' | 'fail' | 'error'

/** One finding in the JSON report. Each action adds its own fields (CONTRACT.md). */
export interface Finding {
  ruleId?: string
  severity?: string
  message?: string
  /** relative to the repository's git top level */
  file?: string
  /** 1-based */
  line?: number
  endLine?: number
  column?: number
  fingerprint?: string
  [field: string]: unknown
}

export interface Report {
  schema: 'ci-suite/report@1'
  action: string
  status: Status
  summary: string
  durationMs: number
  findings: Finding[]
  metrics: Record<string, unknown>
  [field: string]: unknown
}

export interface PipelineReport {
  schema: 'ci-suite/report@1'
  action: 'ci-suite'
  status: Status
  summary: string
  durationMs: number
  gates: Report[]
}

const STATUS_RANK: Record<Status, number> = { pass: 0, fail: 1, error: 2 }

/** error > fail > pass */
export function worstStatus(statuses: Status[]): Status {
  return statuses.reduce<Status>((worst, s) => (STATUS_RANK[s] > STATUS_RANK[worst] ? s : worst), 'pass')
}
