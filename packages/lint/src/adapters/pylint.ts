import type { LinterAdapter, Severity, ToolFinding } from '../adapter.js'
import { pylintIgnores } from '../config/pylint-ignore.js'
import { parseToolJson } from '../output/json.js'

interface PylintMessage {
  type: 'fatal' | 'error' | 'warning' | 'refactor' | 'convention' | 'info'
  path: string
  line: number
  /** 0-based */
  column: number
  endLine?: number | null
  symbol: string
  message: string
  'message-id': string
}

/** fatal and error stop the gate; warning, refactor, convention and info are warnings. */
export function pylintSeverity(type: PylintMessage['type']): Severity {
  return type === 'fatal' || type === 'error' ? 'error' : 'warning'
}

/**
 * `pylint --output-format=json`. The exit code is a bit field (1 fatal, 2 error, 4 warning, 8 refactor,
 * 16 convention): any value below 32 means pylint ran; 32 is a usage error.
 */
export const pylint: LinterAdapter = {
  id: 'pylint',
  title: 'pylint',
  executable: 'pylint',
  ecosystem: 'python',
  installPackage: 'pylint',
  install: 'pip install pylint',
  kind: 'linter',
  filePatterns: ['**/*.py'],
  configExcludes: pylintIgnores,
  exitCodes: Array.from({ length: 32 }, (_, i) => i),
  args: ({ files, extraArgs }) => ['--output-format=json', ...extraArgs, ...files],
  parse: ({ stdout }) =>
    parseToolJson<PylintMessage[]>(stdout, 'pylint', []).map((m): ToolFinding => ({
      ruleId: `${m['message-id']}/${m.symbol}`,
      severity: pylintSeverity(m.type),
      message: m.message,
      file: m.path,
      line: m.line,
      column: m.column + 1,
      endLine: m.endLine ?? undefined
    })),
  check: 'pylint $(git ls-files "*.py")'
}
