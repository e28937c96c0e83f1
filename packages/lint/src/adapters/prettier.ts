import type { LinterAdapter, ToolFinding } from '../adapter.js'
import { PRETTIER_FILE_PATTERNS } from './prettier-languages.js'
import { PRETTIER_MESSAGE, prettierDiffs, prettierInProcess } from './prettier-library.js'

/**
 * `prettier --list-different`: the files it would change, one a line on stdout; exit 1 = some would change,
 * 2 = could not run (a file it cannot parse, a bad configuration). The project's prettier runs as a library in this
 * process when it can (one pass that also gives each file's diff); otherwise the CLI lists the files and each listed
 * file's diff comes from formatting it once more (prettier-library.ts).
 */
export const prettier: LinterAdapter = {
  id: 'prettier',
  title: 'prettier',
  executable: 'prettier',
  ecosystem: 'node',
  installPackage: 'prettier',
  install: 'npm install --save-dev prettier',
  kind: 'formatter',
  filePatterns: PRETTIER_FILE_PATTERNS,
  exitCodes: [0, 1],
  args: ({ files, extraArgs }) => ['--list-different', '--ignore-unknown', '--no-color', ...extraArgs, ...files],
  parse: ({ stdout }) =>
    stdout
      .split('\n')
      .map(l => l.trim())
      .filter(Boolean)
      .map((file): ToolFinding => ({
        ruleId: 'prettier',
        severity: 'error',
        message: PRETTIER_MESSAGE,
        file
      })),
  library: prettierInProcess,
  complete: prettierDiffs,
  fix: 'npx prettier --write .',
  check: 'npx prettier --check .'
}
