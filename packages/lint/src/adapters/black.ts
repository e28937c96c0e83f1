import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { LinterAdapter } from '../adapter.js'
import { formatterFindings } from './formatter-findings.js'
import { pyprojectTable } from '../config/python-config.js'
import { compactPythonRegex } from '../config/python-regex.js'

// black 23's own default for `exclude` (black/const.py), which `black .` applies when the configuration sets none
const DEFAULT_EXCLUDES =
  '/(\\.direnv|\\.eggs|\\.git|\\.hg|\\.mypy_cache|\\.nox|\\.tox|\\.venv|venv|\\.svn|\\.ipynb_checkpoints|_build|buck-out|build|dist|__pypackages__)/'

/** black's project root, where it reads pyproject.toml: the first folder up from cwd with .git, .hg or pyproject.toml. */
function blackRoot(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (['.git', '.hg', 'pyproject.toml'].some(name => existsSync(join(dir, name)))) return dir
    if (dirname(dir) === dir) return cwd
  }
}

/**
 * black applies `exclude` and `extend-exclude` only to the folders it walks itself; a file named on the command line is
 * formatted unless it matches `--force-exclude`. So that lint-gate's file list checks what `black .` checks, the
 * configuration's three patterns (or black's default `exclude`) go into one `--force-exclude`.
 */
export function blackForceExclude(cwd: string): string {
  const config = pyprojectTable(blackRoot(cwd), 'black') ?? {}
  const pattern = (key: string) => (typeof config[key] === 'string' ? (config[key] as string) : undefined)
  return [pattern('exclude') ?? DEFAULT_EXCLUDES, pattern('extend-exclude'), pattern('force-exclude')]
    .filter((p): p is string => p !== undefined && p.trim() !== '')
    .map(p => `(?:${compactPythonRegex(p)})`)
    .join('|')
}

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
  args: ({ files, extraArgs, cwd }) => [
    '--check',
    '--diff',
    '--no-color',
    `--force-exclude=${blackForceExclude(cwd)}`,
    ...extraArgs,
    ...files
  ],
  parse: ({ stdout }) => formatterFindings(stdout, 'black', 'would be reformatted by black'),
  fix: 'black .',
  check: 'black --check .'
}
