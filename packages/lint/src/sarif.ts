import type { SarifResult, SarifRule } from '@ci-suite/core'
import { lintFingerprints, type LintFinding } from './lint-finding.js'

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

export function lintSarifResults(findings: LintFinding[]): SarifResult[] {
  const prints = lintFingerprints(findings)
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
