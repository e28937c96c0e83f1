import type { LinterAdapter, Severity, ToolFinding } from '../adapter.js'
import { iniSection, optionList, pyprojectTable } from '../config/python-config.js'
import { readText } from '../config/read-text.js'
import { parseToolJson } from '../output/json.js'

interface BanditReport {
  errors: Array<{ filename: string; reason: string }>
  results: Array<{
    filename: string
    line_number: number
    /** 0-based; bandit 1.7.3 and later */
    col_offset?: number
    test_id: string
    test_name: string
    issue_text: string
    issue_severity: 'HIGH' | 'MEDIUM' | 'LOW' | 'UNDEFINED'
  }>
}

/** HIGH and MEDIUM severity are errors, LOW a warning. */
export function banditSeverity(severity: string): Severity {
  return severity === 'HIGH' || severity === 'MEDIUM' ? 'error' : 'warning'
}

/**
 * bandit looks for its `.bandit` file only inside the folders it is given, and reads pyproject.toml only with
 * `-c pyproject.toml` (1.7 and later; 1.6 reads YAML only). Named files would bypass both, so lint-gate passes
 * `--ini .bandit` and the excluded folders of both with `-x` (which bandit applies to named files too, and which takes
 * the place of the ini file's `exclude`).
 */
export function banditConfigArgs(cwd: string): string[] {
  const ini = readText(cwd, '.bandit')
  const iniOptions = ini === undefined ? undefined : iniSection(ini, 'bandit')
  const excluded = [
    ...optionList(iniOptions?.get('exclude')),
    ...optionList(pyprojectTable(cwd, 'bandit')?.exclude_dirs)
  ]
  return [...(ini === undefined ? [] : ['--ini', '.bandit']), ...(excluded.length ? ['-x', excluded.join(',')] : [])]
}

/** `bandit -f json`: exit 1 = issues; a file it cannot parse is listed under `errors` (an error finding here). */
export const bandit: LinterAdapter = {
  id: 'bandit',
  title: 'bandit',
  executable: 'bandit',
  ecosystem: 'python',
  installPackage: 'bandit',
  install: 'pip install bandit',
  kind: 'linter',
  filePatterns: ['**/*.py'],
  exitCodes: [0, 1],
  args: ({ files, extraArgs, cwd }) => ['-f', 'json', '-q', ...banditConfigArgs(cwd), ...extraArgs, ...files],
  parse: ({ stdout }) => {
    const report = parseToolJson<BanditReport>(stdout, 'bandit', { errors: [], results: [] })
    return [
      ...report.results.map((r): ToolFinding => ({
        ruleId: `${r.test_id}/${r.test_name}`,
        severity: banditSeverity(r.issue_severity),
        message: r.issue_text,
        file: r.filename,
        line: r.line_number,
        column: r.col_offset === undefined ? undefined : r.col_offset + 1
      })),
      ...(report.errors ?? []).map((e): ToolFinding => ({
        ruleId: 'scan-error',
        severity: 'error',
        message: e.reason,
        file: e.filename
      }))
    ]
  },
  check: 'bandit -r .'
}
