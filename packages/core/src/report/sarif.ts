/** SARIF 2.1.0, the subset GitHub code scanning reads (docs: "SARIF support for code scanning"). */
export interface SarifRule {
  id: string
  name?: string
  shortDescription: string
  fullDescription?: string
  helpUri?: string
  help?: string
  /** error | warning | note */
  level?: 'error' | 'warning' | 'note'
  /** GitHub's "security-severity", 0.0 to 10.0, for security results */
  securitySeverity?: number
  tags?: string[]
}

export interface SarifResult {
  ruleId: string
  level: 'error' | 'warning' | 'note'
  message: string
  file?: string
  line?: number
  endLine?: number
  column?: number
  fingerprint?: string
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: unknown[]
}

export interface SarifTool {
  name: string
  version: string
  informationUri?: string
}

export function buildSarif(tool: SarifTool, rules: SarifRule[], results: SarifResult[]): SarifLog {
  const usedRules = rules.filter(r => results.some(res => res.ruleId === r.id))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            informationUri: tool.informationUri ?? 'https://github.com/org/ci-suite',
            rules: usedRules.map(r => ({
              id: r.id,
              name: r.name ?? r.id,
              shortDescription: { text: r.shortDescription },
              fullDescription: { text: r.fullDescription ?? r.shortDescription },
              ...(r.helpUri ? { helpUri: r.helpUri } : {}),
              help: { text: r.help ?? r.shortDescription, markdown: r.help ?? r.shortDescription },
              defaultConfiguration: { level: r.level ?? 'warning' },
              properties: {
                tags: r.tags ?? [],
                ...(r.securitySeverity !== undefined ? { 'security-severity': r.securitySeverity.toFixed(1) } : {})
              }
            }))
          }
        },
        results: results.map(res => ({
          ruleId: res.ruleId,
          ruleIndex: Math.max(
            0,
            usedRules.findIndex(r => r.id === res.ruleId)
          ),
          level: res.level,
          message: { text: res.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: res.file ?? '.', uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: res.line ?? 1,
                  ...(res.endLine && res.endLine >= (res.line ?? 1) ? { endLine: res.endLine } : {}),
                  ...(res.column ? { startColumn: res.column } : {})
                }
              }
            }
          ],
          ...(res.fingerprint ? { partialFingerprints: { primaryLocationLineHash: res.fingerprint } } : {})
        }))
      }
    ]
  }
}
