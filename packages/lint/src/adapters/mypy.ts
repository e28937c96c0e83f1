import type { InvocationContext, LinterAdapter, Severity, ToolFinding, ToolOutput } from '../adapter.js'
import { iniSection, pyprojectTable } from '../config/python-config.js'
import { readText } from '../config/read-text.js'
import { pythonRegexToJs } from '../config/python-regex.js'
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

/** The options of the configuration file mypy reads: the first of mypy.ini, .mypy.ini, pyproject.toml [tool.mypy], setup.cfg [mypy]. */
export function mypyOptions(cwd: string): Record<string, unknown> | undefined {
  for (const file of ['mypy.ini', '.mypy.ini', 'pyproject.toml', 'setup.cfg']) {
    if (file === 'pyproject.toml') {
      const table = pyprojectTable(cwd, 'mypy')
      if (table) return table
      continue
    }
    const text = readText(cwd, file)
    const section = text === undefined ? undefined : iniSection(text, 'mypy')
    // mypy.ini is mypy's file even without a [mypy] section; the others only with one
    if (section) return Object.fromEntries(section)
    if (text !== undefined && file.endsWith('mypy.ini')) return {}
  }
  return undefined
}

/** The `files` option in mypy's own configuration. */
export function mypyConfigNamesFiles(cwd: string): boolean {
  return mypyOptions(cwd)?.files !== undefined
}

/**
 * mypy's `exclude` applies only to the folders it walks itself ("if you pass a file explicitly it will still be
 * checked"): lint-gate drops those files from its list, matching each parent folder (with a trailing `/`) and the
 * file as mypy does. A pattern JavaScript cannot compile excludes nothing.
 */
export function mypyExcludes(cwd: string): ((file: string) => boolean) | undefined {
  const value = mypyOptions(cwd)?.exclude
  const patterns = (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [])
    .map(pythonRegexToJs)
    .filter((r): r is RegExp => r !== undefined)
  if (!patterns.length) return undefined
  return file => {
    const parts = file.split('/')
    const paths = parts.map((_, i) => (i === parts.length - 1 ? file : `${parts.slice(0, i + 1).join('/')}/`))
    return paths.some(p => patterns.some(r => r.test(p)))
  }
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
  configExcludes: mypyExcludes,
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
