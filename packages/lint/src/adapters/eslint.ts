import type { LinterAdapter, ToolFinding } from '../adapter.js'
import { parseToolJson } from '../output/json.js'

interface EslintFileResult {
  filePath: string
  messages: Array<{
    ruleId: string | null
    /** 1 = warn, 2 = error */
    severity: 1 | 2
    message: string
    line?: number
    column?: number
    endLine?: number
    fatal?: boolean
  }>
}

/**
 * The notice eslint gives for a file named on its command line that its configuration ignores or does not cover
 * ("File ignored because of a matching ignore pattern", "… no matching configuration was supplied"): no finding.
 */
function isIgnoredNotice(m: EslintFileResult['messages'][number]): boolean {
  return m.ruleId === null && !m.fatal && m.severity === 1 && m.message.startsWith('File ignored')
}

/**
 * `eslint -f json .`: one entry per file; exit 1 = problems at error level, 2 = configuration problem or crash.
 * Runs on the project so the configuration's own file patterns and ignores apply; under a filter it names the changed
 * files instead (its ignores apply to named files too, and the notice for an ignored one is dropped).
 */
export const eslint: LinterAdapter = {
  id: 'eslint',
  title: 'eslint',
  executable: 'eslint',
  ecosystem: 'node',
  installPackage: 'eslint',
  install: 'npm install --save-dev eslint',
  kind: 'linter',
  filePatterns: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts,vue}'],
  project: true,
  changedFilesUnderFilter: true,
  exitCodes: [0, 1],
  args: ({ extraArgs, exclude, files, namedFiles }) => [
    '-f',
    'json',
    ...exclude.flatMap(glob => ['--ignore-pattern', glob]),
    ...extraArgs,
    ...(namedFiles ? files : ['.'])
  ],
  parse: ({ stdout }) =>
    parseToolJson<EslintFileResult[]>(stdout, 'eslint', []).flatMap(file =>
      file.messages
        .filter(m => !isIgnoredNotice(m))
        .map((m): ToolFinding => ({
          ruleId: m.ruleId ?? (m.fatal ? 'parse-error' : 'eslint'),
          severity: m.severity === 2 ? 'error' : 'warning',
          message: m.message,
          file: file.filePath,
          line: m.line,
          column: m.column,
          endLine: m.endLine
        }))
    ),
  fix: 'npx eslint . --fix',
  check: 'npx eslint .'
}
