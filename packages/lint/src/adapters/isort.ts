import type { LinterAdapter } from '../adapter.js'
import { formatterFindings } from './formatter-findings.js'

/** `isort --check-only --diff`: diffs on stdout (`--- path:before`); exit 1 = imports unsorted. */
export const isort: LinterAdapter = {
  id: 'isort',
  title: 'isort',
  executable: 'isort',
  ecosystem: 'python',
  installPackage: 'isort',
  install: 'pip install isort',
  kind: 'formatter',
  filePatterns: ['**/*.py', '**/*.pyi'],
  exitCodes: [0, 1],
  // --filter-files: the configuration's skip globs apply to files named on the command line too
  args: ({ files, extraArgs }) => ['--check-only', '--diff', '--filter-files', ...extraArgs, ...files],
  parse: ({ stdout }) => formatterFindings(stdout, 'isort', 'imports are not sorted as isort would sort them'),
  fix: 'isort .',
  check: 'isort --check-only --diff .'
}
