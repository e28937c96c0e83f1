import type { LinterAdapter } from '../adapter.js'
import { formatterFindings } from './formatter-findings.js'

/** `black --check --diff`: diffs on stdout; exit 1 = would reformat, 123 = internal error (e.g. a file it cannot parse). */
export const black: LinterAdapter = {
  id: 'black',
  title: 'black',
  executable: 'black',
  ecosystem: 'python',
  installPackage: 'black',
  install: 'pip install black',
  kind: 'formatter',
  filePatterns: ['**/*.py', '**/*.pyi'],
  exitCodes: [0, 1],
  args: ({ files, extraArgs }) => ['--check', '--diff', '--no-color', ...extraArgs, ...files],
  parse: ({ stdout }) => formatterFindings(stdout, 'black', 'would be reformatted by black'),
  fix: 'black .',
  check: 'black --check .'
}
