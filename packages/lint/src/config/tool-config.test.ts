import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { banditConfigArgs } from '../adapters/bandit.js'
import { blackForceExclude } from '../adapters/black.js'
import { mypyExcludes } from '../adapters/mypy.js'
import { installedPythonVersion } from '../tool-version.js'
import { pylintIgnores } from './pylint-ignore.js'
import { iniSection } from './python-config.js'
import { compactPythonRegex, pythonRegexToJs } from './python-regex.js'

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-config-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('compactPythonRegex', () => {
  test.each([
    ['a single-line pattern is left as it is', '/(build| dist)/', '/(build| dist)/'],
    [
      'a multi-line pattern loses whitespace and comments',
      '/(\n  migrations  # generated\n  | build\n)/\n',
      '/(migrations|build)/'
    ],
    ['(?x) makes a one-line pattern verbose', '(?x) ^a b $', '^ab$'],
    ['a character class keeps its spaces and #', '(?x)[ #]x', '[ #]x'],
    ['escaped spaces and # stay', '(?x)a\\ b\\#c', 'a\\ b\\#c'],
    ['a ] first in a class is a literal', '(?x)[]a ]b', '[]a ]b']
  ])('%s', (_name, pattern, expected) => expect(compactPythonRegex(pattern)).toBe(expected))

  test.each([
    ['(?P<dir>migrations)/(?P=dir)', 'migrations/migrations', true],
    ['\\Amigrations/', 'migrations/x.py', true],
    ['\\Amigrations/', 'app/migrations/x.py', false]
  ])('pythonRegexToJs(%s) on %s: %s', (pattern, path, expected) =>
    expect(pythonRegexToJs(pattern)!.test(path)).toBe(expected)
  )

  test('a pattern JavaScript cannot compile is undefined', () => expect(pythonRegexToJs('(?<=a+)(')).toBeUndefined())
})

describe('iniSection', () => {
  const text =
    '[flake8]\nexclude = a\n\n[MyPy]\n# comment\nexclude =\n    ^migrations/\n    | ^build/\nfiles: src, tests\n'
  test('reads a section with continuation lines and either separator', () =>
    expect(Object.fromEntries(iniSection(text, 'mypy')!)).toEqual({
      exclude: '\n^migrations/\n| ^build/',
      files: 'src, tests'
    }))
  test('is undefined for a missing section', () => expect(iniSection(text, 'pylint')).toBeUndefined())
})

describe("the tools' own excludes, for the files lint-gate names", () => {
  test.each([
    ['no configuration: black’s default exclude', {}, /^\(\?:\/\(\\\.direnv\|.*\|__pypackages__\)\/\)$/],
    [
      'exclude replaces the default; extend-exclude and force-exclude are added',
      {
        'pyproject.toml':
          "[tool.black]\nexclude = '''\n/(\n  gen  # generated\n)/\n'''\nextend-exclude = 'migrations'\nforce-exclude = 'vendor'\n"
      },
      /^\(\?:\/\(gen\)\/\)\|\(\?:migrations\)\|\(\?:vendor\)$/
    ]
  ])('black --force-exclude with %s', (_name, files, expected) => {
    const dir = folder({ '.git/HEAD': '', ...files })
    expect(blackForceExclude(dir)).toMatch(expected)
  })

  test.each([
    [
      { 'pyproject.toml': '[tool.mypy]\nexclude = ["^migrations/", "_pb2\\\\.py$"]\n' },
      ['migrations/0001.py', 'api/x_pb2.py']
    ],
    [{ 'setup.cfg': '[mypy]\nexclude = (?x)(\n    ^build/   # output\n  )\n' }, ['build/lib/a.py']],
    // mypy.ini comes first: setup.cfg's exclude does not apply
    [{ 'mypy.ini': '[mypy]\nstrict = True\n', 'setup.cfg': '[mypy]\nexclude = ^app/\n' }, []]
  ])('mypy exclude from %j drops %j', (files, dropped) => {
    const excluded = mypyExcludes(folder(files)) ?? (() => false)
    const all = ['migrations/0001.py', 'api/x_pb2.py', 'build/lib/a.py', 'app/main.py']
    expect(all.filter(excluded)).toEqual(dropped)
  })

  test.each([
    [{ 'pyproject.toml': '[tool.pylint.main]\nignore = ["migrations", "CVS"]\n' }, ['shop/migrations/0001.py']],
    [
      { '.pylintrc': '[MASTER]\nignore=migrations\nignore-patterns=^test_\n' },
      ['shop/migrations/0001.py', 'tests/test_a.py']
    ],
    [{ 'setup.cfg': '[pylint.main]\nignore = legacy\n' }, ['legacy/old.py']],
    [{ 'setup.cfg': '[flake8]\nignore = E501\n' }, []]
  ])('pylint ignore from %j drops %j', (files, dropped) => {
    const excluded = pylintIgnores(folder(files)) ?? (() => false)
    const all = ['shop/migrations/0001.py', 'tests/test_a.py', 'legacy/old.py', 'shop/app.py']
    expect(all.filter(excluded)).toEqual(dropped)
  })

  test.each([
    [{}, []],
    [{ '.bandit': '[bandit]\nexclude = migrations,tests\n' }, ['--ini', '.bandit', '-x', 'migrations,tests']],
    [{ 'pyproject.toml': '[tool.bandit]\nexclude_dirs = ["migrations"]\n' }, ['-x', 'migrations']],
    [{ '.bandit': '[bandit]\nskips = B101\n' }, ['--ini', '.bandit']]
  ])('bandit arguments for %j: %j', (files, expected) => expect(banditConfigArgs(folder(files))).toEqual(expected))
})

describe('installedPythonVersion', () => {
  test('reads a virtualenv’s dist-info folder from the interpreter on the #! line', () => {
    const venv = folder({
      'pyvenv.cfg': 'home = /usr/bin\n',
      'lib/python3.12/site-packages/mypy-1.11.2.dist-info/METADATA': 'Name: mypy\n'
    })
    const script = join(venv, 'bin', 'mypy')
    mkdirSync(join(venv, 'bin'), { recursive: true })
    writeFileSync(script, `#!${venv}/bin/python\nimport sys\n`)
    chmodSync(script, 0o755)
    expect(installedPythonVersion(script, 'mypy')).toBe('1.11.2')
  })

  test('agrees with mypy --version for Debian’s mypy', () => {
    const asked = /mypy (\S+)/.exec(execFileSync('/usr/bin/mypy', ['--version'], { encoding: 'utf8' }))![1]
    expect(installedPythonVersion('/usr/bin/mypy', 'mypy')).toBe(asked)
  })

  test('is undefined for a script that is not run by a Python named by path', () => {
    const dir = folder({ mypy: '#!/bin/sh\necho mypy 9.9\n' })
    expect(installedPythonVersion(join(dir, 'mypy'), 'mypy')).toBeUndefined()
  })
})
