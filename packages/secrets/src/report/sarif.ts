import { buildSarif, type SarifLog } from '@ci-suite/core'
import type { Rule } from '../rules/rule.js'
import type { SecretFinding } from '../scanner.js'

/** SARIF 2.1.0 for code scanning: one rule per rule id used, with rotation help; messages carry only the redacted value. */
export function secretSarif(findings: SecretFinding[], rules: Rule[], version: string): SarifLog {
  return buildSarif(
    { name: 'ci-suite secret-scan', version },
    rules.map(r => ({
      id: r.id,
      shortDescription: r.description,
      fullDescription: `${r.description}. Detected by ${r.kind === 'custom' ? 'a custom rule from the gitleaks config' : 'a built-in rule'}.`,
      helpUri: r.rotate,
      help: `${r.description}. Rotate the secret first${r.rotate ? ` (${r.rotate})` : ''}, then remove it from history with git filter-repo: deleting the line does not remove it from history.`,
      level: 'error' as const,
      securitySeverity: 9.0,
      tags: ['security', 'secret']
    })),
    findings.map(f => ({
      ruleId: f.ruleId,
      level: 'error' as const,
      message: `${f.message} (${f.redacted})${f.commit ? ` introduced in commit ${f.commit.slice(0, 7)}` : ''}`,
      file: f.file,
      line: f.line,
      column: f.column,
      fingerprint: f.fingerprint
    }))
  )
}
