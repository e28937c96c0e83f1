/** The OSV schema (https://ossf.github.io/osv-schema/), the parts the audit reads. */
export interface OsvSeverity {
  type: string
  score: string
}

export interface OsvEvent {
  introduced?: string
  fixed?: string
  last_affected?: string
  limit?: string
}

export interface OsvRange {
  type: string
  events: OsvEvent[]
}

export interface OsvAffected {
  package?: { name: string; ecosystem: string; purl?: string }
  ranges?: OsvRange[]
  versions?: string[]
  severity?: OsvSeverity[]
  ecosystem_specific?: Record<string, unknown>
  database_specific?: Record<string, unknown>
}

export interface OsvVulnerability {
  id: string
  summary?: string
  details?: string
  aliases?: string[]
  modified?: string
  published?: string
  withdrawn?: string
  references?: Array<{ type?: string; url: string }>
  affected?: OsvAffected[]
  severity?: OsvSeverity[]
  database_specific?: Record<string, unknown>
}

export interface OsvPackageQuery {
  package: { name: string; ecosystem: string }
  version: string
  page_token?: string
}

export interface OsvBatchResponse {
  results: Array<{ vulns?: Array<{ id: string; modified?: string }>; next_page_token?: string }>
}
