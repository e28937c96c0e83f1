import { ConfigurationError } from '@ci-suite/core'
import yaml from 'js-yaml'
import { parse as parseToml } from 'smol-toml'

export interface IgnoreEntry {
  id: string
  package?: string
  reason?: string
  /** YYYY-MM-DD; from that day on (after it, UTC) the entry stops ignoring */
  expires?: string
  /** where it was written */
  source: string
  line?: number
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

function dateString(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10)
  if (typeof value === 'string' && DATE.test(value.trim())) return value.trim()
  // smol-toml gives TOML dates as its own Date subclass
  if (typeof value === 'object' && typeof (value as { toISOString?: unknown }).toISOString === 'function')
    return (value as Date).toISOString().slice(0, 10)
  throw new ConfigurationError(`${where}: expires must be a date as YYYY-MM-DD, got "${String(value)}"`)
}

/** `.ci-suite/audit-ignore.yml`: `ignore:` entries with id, optional package, required reason, optional expires. */
export function parseIgnoreFile(file: string, text: string): IgnoreEntry[] {
  let doc: unknown
  try {
    doc = yaml.load(text)
  } catch (error) {
    throw new ConfigurationError(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`)
  }
  if (doc === undefined || doc === null) return []
  const list = (doc as { ignore?: unknown }).ignore
  if (typeof doc !== 'object' || !Array.isArray(list)) {
    throw new ConfigurationError(`${file}: expected a top-level "ignore:" list of entries with id and reason`)
  }
  const lines = text.split('\n')
  let searchFrom = 0
  return list.map((raw, i) => {
    const entry = (raw ?? {}) as Record<string, unknown>
    const id = typeof entry.id === 'string' ? entry.id.trim() : ''
    const lineIndex = lines.findIndex((l, n) => n >= searchFrom && l.includes(id) && /\bid\s*:/.test(l))
    if (lineIndex !== -1) searchFrom = lineIndex + 1
    const where = `${file}${lineIndex === -1 ? '' : `:${lineIndex + 1}`} (entry ${i + 1}${id ? `, ${id}` : ''})`
    if (!id) throw new ConfigurationError(`${where}: every entry needs an id (GHSA-…, CVE-…, PYSEC-…)`)
    const reason = typeof entry.reason === 'string' ? entry.reason.trim() : ''
    if (!reason) throw new ConfigurationError(`${where}: a reason is required: say why ${id} may be ignored`)
    return {
      id,
      ...(typeof entry.package === 'string' && entry.package.trim() ? { package: entry.package.trim() } : {}),
      reason,
      ...(dateString(entry.expires, where) ? { expires: dateString(entry.expires, where) } : {}),
      source: file,
      ...(lineIndex === -1 ? {} : { line: lineIndex + 1 })
    }
  })
}

/** osv-scanner's `osv-scanner.toml`: `[[IgnoredVulns]]` with id, optional ignoreUntil and reason. */
export function parseOsvScannerConfig(file: string, text: string): IgnoreEntry[] {
  let doc: Record<string, unknown>
  try {
    doc = parseToml(text) as Record<string, unknown>
  } catch (error) {
    throw new ConfigurationError(`${file}: not valid TOML (${(error as Error).message.split('\n')[0]})`)
  }
  const list = (doc.IgnoredVulns ?? []) as Array<Record<string, unknown>>
  if (!Array.isArray(list))
    throw new ConfigurationError(`${file}: IgnoredVulns must be an array of tables ([[IgnoredVulns]])`)
  return list.map((entry, i) => {
    const id = typeof entry.id === 'string' ? entry.id.trim() : ''
    const where = `${file} ([[IgnoredVulns]] ${i + 1})`
    if (!id) throw new ConfigurationError(`${where}: id is missing`)
    const expires = dateString(entry.ignoreUntil, where)
    return {
      id,
      ...(typeof entry.reason === 'string' && entry.reason.trim() ? { reason: entry.reason.trim() } : {}),
      ...(expires ? { expires } : {}),
      source: file
    }
  })
}

export function isExpired(entry: IgnoreEntry, today: string): boolean {
  return entry.expires !== undefined && entry.expires < today
}
