import { describe, expect, test } from '@jest/globals'
import { lint } from './lint.js'
import type { Files } from '../helpers/git-repo.js'
import { project } from './projects.js'

// one problem file in shop/ and the same in migrations/, which the tool's own configuration excludes (runbook 003)
const PY_PROBLEM = 'import subprocess\nimport os, sys\nx: int = "a"\nsubprocess.call("ls " + str(x), shell=True)\n'
const YAML_PROBLEM = 'a: 1\na: 2\n'

interface Case {
  linter: string
  how: string
  ext: string
  problem: string
  /** the configuration that excludes migrations/ */
  config: Files
  /** the same configuration without the exclusion */
  plain: Files
}

const cases: Case[] = [
  {
    linter: 'black',
    how: 'extend-exclude in pyproject.toml',
    ext: 'py',
    problem: PY_PROBLEM,
    config: { 'pyproject.toml': '[tool.black]\nextend-exclude = "migrations"\n' },
    plain: { 'pyproject.toml': '[tool.black]\nline-length = 88\n' }
  },
  {
    linter: 'black',
    how: 'a verbose multi-line exclude in pyproject.toml',
    ext: 'py',
    problem: PY_PROBLEM,
    config: { 'pyproject.toml': "[tool.black]\nexclude = '''\n/(\n    migrations  # generated\n  | build\n)/\n'''\n" },
    plain: { 'pyproject.toml': '[tool.black]\nline-length = 88\n' }
  },
  {
    linter: 'isort',
    how: 'skip in pyproject.toml',
    ext: 'py',
    problem: PY_PROBLEM,
    config: { 'pyproject.toml': '[tool.isort]\nskip = ["migrations"]\n' },
    plain: { 'pyproject.toml': '[tool.isort]\nprofile = "black"\n' }
  },
  {
    linter: 'flake8',
    how: 'exclude in setup.cfg',
    ext: 'py',
    problem: PY_PROBLEM,
    config: { 'setup.cfg': '[flake8]\nexclude = migrations\n' },
    plain: { 'setup.cfg': '[flake8]\nmax-line-length = 120\n' }
  },
  {
    linter: 'pylint',
    how: 'ignore in pyproject.toml',
    ext: 'py',
    problem: PY_PROBLEM,
    config: { 'pyproject.toml': '[tool.pylint.main]\nignore = ["migrations"]\n' },
    plain: { 'pyproject.toml': '[tool.pylint.main]\njobs = 1\n' }
  },
  {
    linter: 'pylint',
    how: 'ignore-paths in .pylintrc',
    ext: 'py',
    problem: PY_PROBLEM,
    config: { '.pylintrc': '[MAIN]\nignore-paths=^migrations/.*$\n' },
    plain: { '.pylintrc': '[MAIN]\njobs=1\n' }
  },
  {
    linter: 'mypy',
    how: 'exclude in pyproject.toml',
    ext: 'py',
    problem: PY_PROBLEM,
    config: { 'pyproject.toml': '[tool.mypy]\nexclude = ["^migrations/"]\n' },
    plain: { 'pyproject.toml': '[tool.mypy]\nwarn_unused_ignores = true\n' }
  },
  {
    linter: 'mypy',
    how: 'a verbose exclude in mypy.ini',
    ext: 'py',
    problem: PY_PROBLEM,
    config: { 'mypy.ini': '[mypy]\nexclude = (?x)(\n    ^migrations/   # generated\n    | ^build/\n  )\n' },
    plain: { 'mypy.ini': '[mypy]\nwarn_unused_ignores = True\n' }
  },
  {
    linter: 'bandit',
    how: 'exclude in .bandit',
    ext: 'py',
    problem: PY_PROBLEM,
    config: { '.bandit': '[bandit]\nexclude = migrations\n' },
    plain: { '.bandit': '[bandit]\nskips = B101\n' }
  },
  {
    linter: 'bandit',
    how: 'exclude_dirs in pyproject.toml',
    ext: 'py',
    problem: PY_PROBLEM,
    config: { 'pyproject.toml': '[tool.bandit]\nexclude_dirs = ["migrations"]\n' },
    plain: { 'pyproject.toml': '[tool.bandit]\nskips = ["B101"]\n' }
  },
  {
    linter: 'eslint',
    how: 'ignores in eslint.config.mjs',
    ext: 'js',
    problem: 'const unused = 1\n',
    config: {
      'eslint.config.mjs': "export default [{ ignores: ['migrations/**'] }, { rules: { 'no-unused-vars': 'error' } }]\n"
    },
    plain: { 'eslint.config.mjs': "export default [{ rules: { 'no-unused-vars': 'error' } }]\n" }
  },
  {
    linter: 'prettier',
    how: '.prettierignore',
    ext: 'js',
    problem: 'const a  =  1;;\n',
    config: { '.prettierignore': 'migrations\n' },
    plain: { '.prettierignore': 'node_modules\n' }
  },
  {
    linter: 'yamllint',
    how: 'ignore in .yamllint',
    ext: 'yaml',
    problem: YAML_PROBLEM,
    config: { '.yamllint': 'extends: default\nignore: |\n  migrations/\n' },
    plain: { '.yamllint': 'extends: default\n' }
  },
  {
    linter: 'markdownlint',
    how: 'ignores in .markdownlint-cli2.jsonc',
    ext: 'md',
    problem: '#Title\n',
    config: { '.markdownlint-cli2.jsonc': '{ "ignores": ["migrations/**"] }\n' },
    plain: { '.markdownlint-cli2.jsonc': '{ "config": { "default": true } }\n' }
  }
]

describe('a tool given lint-gate’s file list still skips what its own configuration excludes', () => {
  test.each(cases)('$linter: $how', async c => {
    const files = { [`shop/app.${c.ext}`]: c.problem, [`migrations/0001_initial.${c.ext}`]: c.problem }
    const inputs = { linters: c.linter, filter: 'nofilter' }
    const plain = await lint(project({ ...files, ...c.plain }), inputs)
    const excluded = await lint(project({ ...files, ...c.config }), inputs)
    const where = (run: typeof plain) =>
      [...new Set(run.result.findings.map(f => f.file!.split('/')[0]))]
        .filter(d => d === 'shop' || d === 'migrations')
        .sort()
    // both ran to the end (pylint's findings here are warnings: a pass at fail-on error)
    expect([plain.result.status, excluded.result.status]).not.toContain('error')
    // without the exclusion the tool does report migrations/: the fixture has the problem there
    expect(where(plain)).toEqual(['migrations', 'shop'])
    expect(where(excluded)).toEqual(['shop'])
  })
})
