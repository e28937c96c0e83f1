import type { LinterAdapter, ToolFinding } from '../adapter.js'

// `-f parsable`: `file:line:col: [level] message (rule)`
const LINE = /^(.+?):(\d+):(\d+): \[(error|warning)\] (.*?)(?: \(([\w-]+)\))?$/

/** `yamllint -f parsable`: exit 1 = errors, 2 = warnings only (with --strict); a bad configuration exits 255. */
export const yamllint: LinterAdapter = {
  id: 'yamllint',
  title: 'yamllint',
  executable: 'yamllint',
  ecosystem: 'python',
  installPackage: 'yamllint',
  install: 'pip install yamllint',
  kind: 'linter',
  filePatterns: ['**/*.{yml,yaml}', '**/.yamllint'],
  exitCodes: [0, 1, 2],
  args: ({ files, extraArgs }) => ['-f', 'parsable', ...extraArgs, ...files],
  parse: ({ stdout }) =>
    stdout.split('\n').flatMap((line): ToolFinding[] => {
      const m = LINE.exec(line.trimEnd())
      if (!m) return []
      return [
        {
          file: m[1],
          line: Number(m[2]),
          column: Number(m[3]),
          severity: m[4] === 'error' ? 'error' : 'warning',
          message: m[5],
          ruleId: m[6] ?? (m[5].startsWith('syntax error') ? 'syntax' : 'yamllint')
        }
      ]
    }),
  check: 'yamllint .'
}
