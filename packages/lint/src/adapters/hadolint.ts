import type { LinterAdapter, Severity, ToolFinding } from '../adapter.js'
import { parseToolJson } from '../output/json.js'

/** hadolint's documented JSON format (`hadolint -f json`): one object per rule violation. */
interface HadolintResult {
  code: string
  column: number
  file: string
  level: 'error' | 'warning' | 'info' | 'style'
  line: number
  message: string
}

export function hadolintSeverity(level: HadolintResult['level']): Severity {
  return level === 'error' ? 'error' : 'warning'
}

/** `hadolint -f json`: exit 1 = violations at or above its failure threshold. */
export const hadolint: LinterAdapter = {
  id: 'hadolint',
  title: 'hadolint',
  executable: 'hadolint',
  ecosystem: 'binary',
  install: 'download hadolint from https://github.com/hadolint/hadolint/releases (or: brew install hadolint)',
  kind: 'linter',
  filePatterns: ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/*.dockerfile', '**/Containerfile'],
  exitCodes: [0, 1],
  args: ({ files, extraArgs }) => ['-f', 'json', '--no-color', ...extraArgs, ...files],
  parse: ({ stdout }) =>
    parseToolJson<HadolintResult[]>(stdout, 'hadolint', []).map((r): ToolFinding => ({
      ruleId: r.code,
      severity: hadolintSeverity(r.level),
      message: r.message,
      file: r.file,
      line: r.line,
      column: r.column
    })),
  check: 'hadolint Dockerfile'
}
