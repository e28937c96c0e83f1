import type { LinterAdapter, ToolFinding } from '../adapter.js'
import { parseToolJson } from '../output/json.js'

interface RuffDiagnostic {
  code: string | null
  message: string
  filename: string
  location: { row: number; column: number } | null
  end_location?: { row: number; column: number } | null
}

/** `ruff check --output-format=json`: an array of diagnostics; exit 1 = violations, 2 = could not run. */
export const ruffCheck: LinterAdapter = {
  id: 'ruff-check',
  title: 'ruff check',
  executable: 'ruff',
  ecosystem: 'python',
  installPackage: 'ruff',
  install: 'pip install ruff',
  kind: 'linter',
  filePatterns: ['**/*.py', '**/*.pyi'],
  exitCodes: [0, 1],
  args: ({ files, extraArgs }) => [
    'check',
    '--output-format=json',
    '--no-fix',
    '--force-exclude',
    ...extraArgs,
    ...files
  ],
  parse: ({ stdout }) =>
    parseToolJson<RuffDiagnostic[]>(stdout, 'ruff', []).map((d): ToolFinding => ({
      // a syntax error has no code
      ruleId: d.code ?? 'syntax-error',
      severity: 'error',
      message: d.message,
      file: d.filename,
      line: d.location?.row,
      column: d.location?.column,
      endLine: d.end_location?.row
    })),
  fix: 'ruff check . --fix',
  check: 'ruff check .'
}
