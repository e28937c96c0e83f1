import { ToolFailure, type LinterAdapter, type ToolFinding } from '../adapter.js'

// `file(line,col): error TS2322: message` with --pretty false; continuation lines are indented
const LOCATED = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/
const GLOBAL = /^(error|warning) (TS\d+): (.*)$/

/** Diagnostics about the configuration itself (TS5xxx, TS6xxx, TS18003 "no inputs") mean tsc could not check the project. */
function isConfigurationDiagnostic(code: string, file?: string): boolean {
  const n = Number(code.slice(2))
  return (n >= 5000 && n < 7000) || n === 18003 || (file !== undefined && /(^|\/)tsconfig[^/]*\.json$/.test(file))
}

export function parseTsc(text: string): ToolFinding[] {
  const findings: ToolFinding[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd()
    const located = LOCATED.exec(line)
    const global = located ? null : GLOBAL.exec(line)
    if (located) {
      const [, file, row, col, level, code, message] = located
      if (isConfigurationDiagnostic(code, file)) throw new ToolFailure(`${file}(${row},${col}): ${code}: ${message}`)
      findings.push({
        file,
        line: Number(row),
        column: Number(col),
        severity: level === 'error' ? 'error' : 'warning',
        ruleId: code,
        message
      })
    } else if (global) {
      throw new ToolFailure(`${global[2]}: ${global[3]}`)
    } else if (/^\s+\S/.test(raw) && findings.length) {
      findings[findings.length - 1].message += ` ${line.trim()}`
    }
  }
  return findings
}

/** `tsc --noEmit` on the project's tsconfig.json: exit 1 or 2 = diagnostics. */
export const tsc: LinterAdapter = {
  id: 'tsc',
  title: 'tsc',
  executable: 'tsc',
  ecosystem: 'node',
  installPackage: 'typescript',
  install: 'npm install --save-dev typescript',
  kind: 'linter',
  filePatterns: ['**/*.{ts,tsx,mts,cts}'],
  project: true,
  exitCodes: [0, 1, 2],
  args: ({ extraArgs }) => ['--noEmit', '--pretty', 'false', ...extraArgs],
  parse: ({ stdout }) => parseTsc(stdout),
  check: 'npx tsc --noEmit'
}
