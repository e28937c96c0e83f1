import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { InvocationContext, LinterAdapter, Severity, ToolFinding, ToolOutput } from '../adapter.js'
import { parseJsonLines } from '../output/json.js'

interface MypyJsonError {
  file: string
  line: number
  /** 0-based; -1 when unknown */
  column: number
  message: string
  hint?: string | null
  code: string | null
  severity: 'error' | 'warning' | 'note'
}

// `path:line[:col]: error: message  [code]` with --show-column-numbers --show-error-codes
const TEXT_LINE = /^(.+?):(\d+):(?:(\d+):)? (error|warning): (.*?)(?: {2}\[([\w-]+)\])?$/

/** mypy writes JSON lines from 1.11 (`--output json`); before that (Debian's 1.0) only its text format. */
export function mypyHasJson(version: string | undefined): boolean {
  const m = /mypy (\d+)\.(\d+)/.exec(version ?? '')
  return m !== null && (Number(m[1]) > 1 || (Number(m[1]) === 1 && Number(m[2]) >= 11))
}

const severity = (s: string): Severity => (s === 'error' ? 'error' : 'warning')

export function parseMypyText(text: string): ToolFinding[] {
  return text.split('\n').flatMap((line): ToolFinding[] => {
    const m = TEXT_LINE.exec(line.trimEnd())
    if (!m) return []
    return [
      {
        file: m[1],
        line: Number(m[2]),
        column: m[3] ? Number(m[3]) : undefined,
        severity: severity(m[4]),
        message: m[5],
        ruleId: m[6] ?? 'mypy'
      }
    ]
  })
}

export function parseMypyJson(text: string): ToolFinding[] {
  return parseJsonLines<MypyJsonError>(
    text
      .split('\n')
      .filter(l => l.trimStart().startsWith('{'))
      .join('\n'),
    'mypy'
  )
    .filter(e => e.severity !== 'note')
    .map(e => ({
      file: e.file,
      line: e.line,
      column: e.column >= 0 ? e.column + 1 : undefined,
      severity: severity(e.severity),
      message: e.hint ? `${e.message} (${e.hint})` : e.message,
      ruleId: e.code ?? 'mypy'
    }))
}

/** The `files` option in mypy's own configuration (mypy.ini, .mypy.ini, pyproject.toml [tool.mypy], setup.cfg [mypy]). */
export function mypyConfigNamesFiles(cwd: string): boolean {
  for (const [file, section] of [
    ['mypy.ini', 'mypy'],
    ['.mypy.ini', 'mypy'],
    ['pyproject.toml', 'tool.mypy'],
    ['setup.cfg', 'mypy']
  ]) {
    let text: string
    try {
      text = readFileSync(join(cwd, file), 'utf8')
    } catch {
      continue
    }
    const start = text.search(new RegExp(`^\\[${section.replace('.', '\\.')}\\]\\s*$`, 'm'))
    if (start === -1) continue
    const body = text.slice(start).split('\n').slice(1)
    const end = body.findIndex(l => /^\[/.test(l))
    if ((end === -1 ? body : body.slice(0, end)).some(l => /^\s*files\s*=/.test(l))) return true
    // the first configuration file mypy finds is the one it reads
    return false
  }
  return false
}

/** mypy: exit 1 = type errors, 2 = could not check (bad configuration, a syntax error that blocks checking). Notes are not counted, as mypy does not count them. */
export const mypy: LinterAdapter = {
  id: 'mypy',
  title: 'mypy',
  executable: 'mypy',
  ecosystem: 'python',
  installPackage: 'mypy',
  install: 'pip install mypy',
  kind: 'linter',
  filePatterns: ['**/*.py', '**/*.pyi'],
  versionArgs: ['--version'],
  // with `files` in its configuration, mypy checks those (flask: src and tests/type_check), not every .py file
  configNamesFiles: mypyConfigNamesFiles,
  exitCodes: [0, 1],
  args: ({ files, extraArgs, version }: InvocationContext) => [
    ...(mypyHasJson(version)
      ? ['--output', 'json']
      : ['--show-column-numbers', '--show-error-codes', '--no-pretty', '--no-color-output']),
    '--no-error-summary',
    ...extraArgs,
    ...files
  ],
  parse: ({ stdout }: ToolOutput, { version }: InvocationContext) =>
    mypyHasJson(version) ? parseMypyJson(stdout) : parseMypyText(stdout),
  check: 'mypy .'
}
