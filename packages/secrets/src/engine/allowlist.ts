import type { Allowlist, Rule } from '../rules/rule.js'

export interface Candidate {
  rule: Rule
  secret: string
  match: string
  line: string
  path: string
  commit?: string
}

function targetText(allowlist: Allowlist, c: Candidate): string {
  if (allowlist.regexTarget === 'match') return c.match
  if (allowlist.regexTarget === 'line') return c.line
  return c.secret
}

/** gitleaks' semantics: OR (default) allows when any criterion holds; AND when every criterion given holds. */
export function allowedBy(allowlist: Allowlist, c: Candidate): boolean {
  if (allowlist.targetRules.length > 0 && !allowlist.targetRules.includes(c.rule.id)) return false
  const checks: Array<() => boolean> = []
  if (allowlist.commits.length)
    checks.push(() => c.commit !== undefined && allowlist.commits.some(sha => c.commit!.startsWith(sha)))
  if (allowlist.paths.length) checks.push(() => allowlist.paths.some(p => p.test(c.path)))
  if (allowlist.regexes.length) {
    checks.push(() => {
      const text = targetText(allowlist, c)
      return allowlist.regexes.some(r => r.test(text))
    })
  }
  if (allowlist.stopwords.length) {
    checks.push(() => {
      const lower = c.secret.toLowerCase()
      return allowlist.stopwords.some(w => lower.includes(w.toLowerCase()))
    })
  }
  if (checks.length === 0) return false
  return allowlist.condition === 'AND' ? checks.every(check => check()) : checks.some(check => check())
}

export function isAllowlisted(c: Candidate, global: Allowlist[]): boolean {
  return c.rule.allowlists.some(a => allowedBy(a, c)) || global.some(a => allowedBy(a, c))
}
