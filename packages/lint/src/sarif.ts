import type { SarifResult, SarifRule } from '@ci-suite/core'
import type { LintFinding } from './lint-finding.js'

/** One SARIF rule per tool and rule id (`flake8/F401`), so code scanning groups alerts by what they break. */
const sarifRuleId = (f: LintFinding) => `${f.tool}/${f.ruleId}`

export function lintSarifRules(findings: LintFinding[]): SarifRule[] {
  const rules = new Map<string, SarifRule>()
  for (const f of findings) {
    const id = sarifRuleId(f)
    if (!rules.has(id))
      rules.set(id, { id, shortDescription: `${f.tool} ${f.ruleId}`, level: f.severity, tags: [f.tool] })
  }
  return [...rules.values()]
}

/** `prints[i]` is finding i's fingerprint, the report's own (code scanning and the baseline follow the same one) */
export function lintSarifResults(findings: LintFinding[], prints: string[]): SarifResult[] {
  return findings
    .map((f, i) => ({ f, fingerprint: prints[i] }))
    .filter(({ f }) => f.file)
    .map(({ f, fingerprint }) => ({
      ruleId: sarifRuleId(f),
      level: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      endLine: f.endLine,
      column: f.column,
      fingerprint
    }))
}
