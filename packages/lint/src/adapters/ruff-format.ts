import type { LinterAdapter } from '../adapter.js'
import { formatterFindings } from './formatter-findings.js'

/** `ruff format --check --diff`: a unified diff per file on stdout; exit 1 = would reformat, 2 = could not run. */
export const ruffFormat: LinterAdapter = {
  id: 'ruff-format',
  title: 'ruff format',
  executable: 'ruff',
  ecosystem: 'python',
  installPackage: 'ruff',
  install: 'pip install ruff',
  kind: 'formatter',
  filePatterns: ['**/*.py', '**/*.pyi'],
  exitCodes: [0, 1],
  args: ({ files, extraArgs }) => ['format', '--check', '--diff', '--force-exclude', ...extraArgs, ...files],
  parse: ({ stdout }) => formatterFindings(stdout, 'ruff-format', 'would be reformatted by ruff format'),
  fix: 'ruff format .',
  check: 'ruff format --check .'
}
