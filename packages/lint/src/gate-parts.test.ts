import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '@ci-suite/core'
import { adapterFor } from './adapters/index.js'
import { mypyConfigNamesFiles } from './adapters/mypy.js'
import { pyprojectToolSections, iniSections } from './detect.js'
import { inFilter } from './filter.js'
import type { LintFinding } from './lint-finding.js'
import { splitFormatterDiff } from './output/formatter-diff.js'
import { excludeMatcher } from './project-files.js'
import { splitArgs } from './split-args.js'
import { withArgs, withScripts } from './tool-status.js'

describe('splitArgs', () => {
  test.each([
    ['--max-line-length=120', ['--max-line-length=120']],
    ['--select E,F  --ignore "E203 W503"', ['--select', 'E,F', '--ignore', 'E203 W503']],
    ["-c 'my config.toml'", ['-c', 'my config.toml']],
    ['a\\ b', ['a b']]
  ])('splits %s as a shell would', (text, words) => expect(splitArgs(text, 'args')).toEqual(words))

  test('rejects an unterminated quote', () =>
    expect(() => splitArgs('--x "y', 'args: flake8')).toThrow(ConfigurationError))
})

describe('excludeMatcher', () => {
  const excluded = excludeMatcher(['migrations', 'docs/**/*.py', './build/'])
  test.each([
    ['migrations/0001.py', true],
    ['shop/migrations/0001.py', true],
    ['docs/conf/a.py', true],
    ['build/x.py', true],
    ['shop/models.py', false],
    ['shop/migrations_helper.py', false]
  ])('%s excluded: %s', (path, expected) => expect(excluded(path)).toBe(expected))
})

describe('withArgs', () => {
  test.each([
    ['flake8', ['--max-line-length=120'], 'flake8 --max-line-length=120 .'],
    ['ruff-check', ['--select', 'E,F'], 'ruff check --select E,F . --fix'],
    ['eslint', ['--max-warnings', '0'], 'npx eslint --max-warnings 0 . --fix'],
    ['black', ['-l', '100 chars'], "black -l '100 chars' ."]
  ])('puts the args of %s after the command name', (id, args, expected) => {
    const adapter = adapterFor(id)!
    expect(withArgs(adapter.fix ?? adapter.check, adapter, args)).toBe(expected)
  })
})

describe('withScripts', () => {
  const shellcheck = adapterFor('shellcheck')!
  test('names the scripts after the command’s file list, before its pipe', () =>
    expect(withScripts(shellcheck.fix!, ['script/bootstrap', 'bin/my tool'])).toBe(
      "shellcheck -f diff $(git ls-files '*.sh' '*.bash') script/bootstrap 'bin/my tool' | git apply"
    ))

  test('leaves a command without a file list as it is', () =>
    expect(withScripts('flake8 .', ['script/bootstrap'])).toBe('flake8 .'))
})

describe('inFilter', () => {
  const changes = new Map([['a.py', [{ start: 10, end: 12 }]]])
  const finding = (extra: Partial<LintFinding>): LintFinding => ({
    tool: 'flake8',
    ruleId: 'X',
    severity: 'error',
    message: 'm',
    file: 'a.py',
    ...extra
  })
  test.each([
    ['a finding on an added line', finding({ line: 11 }), 'added', true],
    ['a finding on an unchanged line', finding({ line: 3 }), 'added', false],
    ['a multi-line finding ending on an added line', finding({ line: 8, endLine: 10 }), 'added', true],
    [
      'a formatter hunk touching added lines',
      finding({
        line: 1,
        hunks: [
          { start: 1, end: 2 },
          { start: 12, end: 14 }
        ]
      }),
      'added',
      true
    ],
    ['a formatter hunk away from added lines', finding({ line: 1, hunks: [{ start: 1, end: 2 }] }), 'added', false],
    ['any line of a changed file', finding({ line: 3 }), 'file', true],
    ['a file not changed', finding({ file: 'b.py', line: 1 }), 'file', false],
    ['a finding without a file', finding({ file: undefined }), 'added', true],
    ['anything', finding({ file: 'b.py' }), 'nofilter', true]
  ] as const)('%s is kept under %s: %s', (_what, f, mode, kept) => expect(inFilter(f, mode, changes)).toBe(kept))
})

describe('splitFormatterDiff', () => {
  test('splits black and isort diffs per file with the changed lines of the file on disk', () => {
    const text = [
      '--- /repo/a.py\t2026-01-01 00:00:00+00:00',
      '+++ /repo/a.py\t2026-01-01 00:00:01+00:00',
      '@@ -3,2 +3,4 @@',
      ' x',
      '+',
      '--- /repo/b.py:before\t2026-01-01',
      '+++ /repo/b.py:after\t2026-01-01',
      '@@ -1 +1,2 @@',
      '-import os, sys'
    ].join('\n')
    expect(splitFormatterDiff(text).map(d => [d.file, d.hunks])).toEqual([
      ['/repo/a.py', [{ start: 3, end: 3 }]],
      ['/repo/b.py', [{ start: 1, end: 1 }]]
    ])
  })

  test('counts only the lines a hunk changes, not its context', () => {
    const text = [
      '--- a.js',
      '+++ a.js',
      '@@ -1,6 +1,6 @@',
      ' a',
      ' b',
      ' c',
      '-d;',
      '+d',
      ' e',
      ' f',
      '@@ -20,3 +20,2 @@',
      ' x',
      '-',
      '-',
      ' y'
    ]
    expect(splitFormatterDiff(text.join('\n'))[0].hunks).toEqual([
      { start: 4, end: 4 },
      { start: 21, end: 22 }
    ])
  })
})

describe('detection', () => {
  test('reads pyproject [tool.*] sections, nested ones too', () => {
    expect([
      ...pyprojectToolSections('[project]\n[tool.ruff]\n[tool.ruff.format]\n[ tool.mypy ]\n[[tool.mypy.overrides]]\n')
    ]).toEqual(['ruff', 'ruff.format', 'mypy'])
  })
  test('reads setup.cfg and tox.ini sections', () => {
    expect([...iniSections('[metadata]\n[flake8]\n[tool:isort]\n[mypy-foo.*]\n[pylint.MESSAGES CONTROL]\n')]).toEqual([
      'metadata',
      'flake8',
      'isort',
      'mypy-foo',
      'pylint'
    ])
  })
})

describe('mypyConfigNamesFiles', () => {
  test.each([
    ['pyproject.toml', '[tool.mypy]\nstrict = true\nfiles = ["src"]\n', true],
    ['pyproject.toml', '[tool.mypy]\nstrict = true\n\n[tool.other]\nfiles = 1\n', false],
    ['mypy.ini', '[mypy]\nfiles = src, tests\n', true],
    ['setup.cfg', '[flake8]\nfiles = x\n', false]
  ])('reads %s %j as naming files: %s', (file, text, expected) => {
    const dir = mkdtempSync(join(tmpdir(), 'mypy-config-'))
    writeFileSync(join(dir, file), text)
    expect(mypyConfigNamesFiles(dir)).toBe(expected)
  })
})
