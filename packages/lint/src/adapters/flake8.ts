import type { LinterAdapter, ToolFinding } from '../adapter.js'

// flake8 (up to 7) has no JSON formatter: a --format template with a fixed shape stands in for one.
const FORMAT = '%(path)s:%(row)d:%(col)d: %(code)s %(text)s'
const LINE = /^(.+?):(\d+):(\d+): ([A-Z]+\d+) (.*)$/

/** pyflakes (F) and pycodestyle errors (E) are errors; pycodestyle warnings (W) and complexity (C90) are warnings. */
export function flake8Severity(code: string): 'error' | 'warning' {
  return /^(W|C)/.test(code) ? 'warning' : 'error'
}

/** flake8: exit 1 = violations; a crash also exits 1, with a traceback and no violation lines. */
export const flake8: LinterAdapter = {
  id: 'flake8',
  title: 'flake8',
  executable: 'flake8',
  ecosystem: 'python',
  installPackage: 'flake8',
  install: 'pip install flake8',
  kind: 'linter',
  filePatterns: ['**/*.py'],
  // on the project, so the configuration's own `exclude` applies (flake8 checks a file named on the command line
  // even when its config excludes it)
  project: true,
  exitCodes: [0, 1],
  args: ({ extraArgs, exclude }) => [
    `--format=${FORMAT}`,
    ...(exclude.length ? [`--extend-exclude=${exclude.join(',')}`] : []),
    ...extraArgs,
    '.'
  ],
  parse: ({ stdout }) =>
    stdout.split('\n').flatMap((line): ToolFinding[] => {
      const m = LINE.exec(line.trimEnd())
      if (!m) return []
      return [
        {
          file: m[1],
          line: Number(m[2]),
          column: Number(m[3]),
          ruleId: m[4],
          severity: flake8Severity(m[4]),
          message: m[5]
        }
      ]
    }),
  check: 'flake8 .'
}
