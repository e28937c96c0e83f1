import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ParseError } from '@ci-suite/core'
import { fileTotals } from '../report/totals.js'
import { detectFormat, parseReport } from './detect.js'

const dir = mkdtempSync(join(tmpdir(), 'cov-formats-'))
let n = 0
function fixture(text: string): string {
  const file = join(dir, `report-${n++}`)
  writeFileSync(file, text)
  return file
}

const BOMB = `<?xml version="1.0"?>
<!DOCTYPE coverage [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<coverage><sources><source>&lol3;</source></sources></coverage>`

const XXE = `<?xml version="1.0"?><!DOCTYPE report [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><report name="&xxe;"></report>`

describe('malformed and hostile reports give one clear error line', () => {
  test.each([
    ['an entity expansion bomb', BOMB, /DTD internal subset .* entities are never expanded/],
    ['an external entity (XXE)', XXE, /DTD internal subset/],
    [
      'an entity that was never declared',
      '<coverage version="1"><sources><source>&nope;</source></sources></coverage>',
      /malformed XML: undefined entity/
    ],
    ['an unclosed element', '<coverage version="1"><packages><package name="a">', /malformed XML/],
    [
      'a truncated LCOV record',
      'TN:\nSF:src/a.js\nDA:1,1\nDA:2,0\n',
      /truncated LCOV: the record for src\/a\.js \(from line 2\) has no end_of_record/
    ],
    ['an LCOV line cut in the middle', 'SF:src/a.js\nDA:1\nend_of_record\n', /malformed LCOV: DA:1/],
    ['an empty file', '', /is empty/],
    ['whitespace only', '  \n\n', /is empty/],
    ['a text file that is no report', 'hello world\n', /is not a coverage report/],
    ['JSON that is no report', '{"name": "x", "version": "1.0.0"}', /neither coverage.py JSON, Istanbul .* nor gcovr/],
    ['JSON with a files array that is no gcovr report', '{"files": [{"x": 1}]}', /neither coverage.py JSON/],
    [
      'a gcovr JSON file without a name',
      '{"files": [{"lines": []}], "gcovr/format_version": "0.3"}',
      /malformed gcovr JSON: file 1 has no "file" name/
    ],
    [
      'a gcovr JSON line without a number',
      '{"gcovr/format_version": "0.6", "files": [{"file": "a.c", "lines": [{"count": 1}]}]}',
      /malformed gcovr JSON: a line of a\.c has no line_number/
    ],
    [
      'a gcovr JSON summary with counts that do not add up',
      '{"gcovr/summary_format_version": "0.6", "files": [{"filename": "a.c", "line_covered": 3, "line_total": 2}]}',
      /malformed gcovr JSON summary: a\.c has no whole line_covered\/line_total/
    ],
    ['truncated JSON', '{"meta": {"version": "6.5"}, "files": {', /malformed JSON/],
    [
      'a Go profile with a broken block',
      'mode: set\nexample.com/m/a.go:1.1,2.2 1\n',
      /malformed Go cover profile line/
    ],
    [
      'a Go block repeated with another statement count',
      'mode: count\nm/a.go:1.1,2.2 1 1\nm/a.go:1.1,2.2 2 1\n',
      /appears with 1 and 2 statements/
    ],
    ['XML with an unknown root', '<?xml version="1.0"?><html><body/></html>', /not Cobertura, JaCoCo or Clover/]
  ])('%s', async (_what, text, message) => {
    const file = fixture(text)
    const error = await parseReport(file).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(ParseError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('\n')
    expect((error as Error).message.startsWith(file)).toBe(true)
  })
})

describe('format detection reads the content, not the name', () => {
  test.each([
    ['<?xml version="1.0" ?>\n<coverage version="7.4" lines-valid="1">', 'cobertura'],
    [
      "<?xml version='1.0'?>\n<!DOCTYPE coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-04.dtd'>\n<coverage>",
      'cobertura'
    ],
    [
      '<?xml version="1.0"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x">',
      'jacoco'
    ],
    ['<?xml version="1.0"?>\n<coverage generated="1" clover="3.2.0">\n<project', 'clover'],
    ['\uFEFFTN:\nSF:/x/a.c', 'lcov'],
    ['mode: atomic\n', 'go-profile'],
    ['{"meta": {}}', 'json']
  ])('%j is %s', (head, kind) => {
    expect(detectFormat('f', head)).toBe(kind)
  })
})

describe('gcovr JSON', () => {
  test('excluded and (before gcovr 6) non-code lines are not measured, nor their branches; a line listed twice counts once', async () => {
    const line = (
      line_number: number,
      count: number,
      extra: Record<string, unknown> = {},
      branches: number[] = []
    ) => ({
      line_number,
      count,
      branches: branches.map(c => ({ count: c, fallthrough: false, throw: false })),
      ...extra
    })
    const report = await parseReport(
      fixture(
        JSON.stringify({
          files: [
            {
              file: 'src/a.c',
              functions: [
                { name: 'f', lineno: 1, execution_count: 2 },
                { name: 'g', lineno: 9, execution_count: 0 }
              ],
              lines: [
                line(1, 2, {}, [1, 0]),
                line(2, 0, { 'gcovr/noncode': true }),
                line(3, 0, { 'gcovr/excluded': true }, [0, 0]),
                line(4, 0),
                line(4, 3, { function_name: 'h' }, [1])
              ]
            }
          ],
          'gcovr/format_version': '0.3'
        })
      )
    )
    expect(report).toMatchObject({ format: 'gcovr-json', producer: 'gcovr' })
    const file = report.files[0]
    expect([...file.lines.entries()]).toEqual([
      [1, 2],
      [4, 3]
    ])
    expect([...file.branches.lines()]).toEqual([
      { line: 1, covered: 1, total: 2 },
      { line: 4, covered: 1, total: 1 }
    ])
    expect(fileTotals(file).functions).toMatchObject({ covered: 1, total: 2 })
  })
})

describe('LCOV details', () => {
  test('repeated SF sections merge, a "-" branch is not taken, and a branch name may hold commas', async () => {
    const file = fixture(
      [
        'TN:unit',
        'SF:src/a.c',
        'FN:1,main',
        'FNDA:1,main',
        'DA:1,1',
        'DA:2,0',
        'BRDA:2,0,0,-',
        'BRDA:2,0,1,3',
        'BRDA:3,e0,(a, b),1',
        'end_of_record',
        'TN:integration',
        'SF:src/a.c',
        'DA:2,4',
        'BRDA:2,0,0,1',
        'end_of_record',
        ''
      ].join('\n')
    )
    const report = await parseReport(file)
    expect(report.files).toHaveLength(1)
    const t = fileTotals(report.files[0])
    expect(t.lines).toMatchObject({ covered: 2, total: 2 })
    expect(t.branches).toMatchObject({ covered: 3, total: 3 })
    expect(t.functions).toMatchObject({ covered: 1, total: 1 })
  })
})

describe('the in-place LCOV reader', () => {
  /** 3,000 files of 100 lines (~3.5 MB): records straddle the 1 MiB chunk boundaries */
  function bigLcov(eol: string, trailing: string): string {
    const parts: string[] = []
    for (let f = 0; f < 3000; f++) {
      parts.push('TN:', `SF:src/dir ü/f${f}.c`, `FN:1,3,fn_${f}`, `FNDA:${f % 2},fn_${f}`, 'FNF:1', 'FNH:1')
      for (let l = 1; l <= 100; l++)
        parts.push(l % 10 === 0 ? `DA:${l},${(f + l) % 4},md5abc` : `DA:${l},${(f + l) % 4}`)
      parts.push(
        `BRDA:5,0,0,${f % 2 ? '-' : '12'}`,
        'BRDA:5,e1,1,1',
        'LF:100',
        'LH:75',
        'BRF:2',
        'BRH:2',
        'end_of_record'
      )
    }
    return parts.join(eol) + trailing
  }

  test.each([
    ['\\n line ends', '\n', '\n'],
    ['\\r\\n line ends', '\r\n', '\r\n'],
    ['no line break at the end', '\n', '']
  ])('%s: every record counted, across chunk boundaries, checksums and flagged branch ids', async (_what, eol, end) => {
    const report = await parseReport(fixture(bigLcov(eol, end)))
    expect(report.files).toHaveLength(3000)
    expect(report.files[2999].path).toBe('src/dir ü/f2999.c')
    const totals = report.files.map(fileTotals).reduce(
      (sum, t) => ({
        lines: [sum.lines[0] + t.lines.covered, sum.lines[1] + t.lines.total],
        branches: [sum.branches[0] + t.branches.covered, sum.branches[1] + t.branches.total],
        functions: [sum.functions[0] + (t.functions?.covered ?? 0), sum.functions[1] + (t.functions?.total ?? 0)]
      }),
      { lines: [0, 0], branches: [0, 0], functions: [0, 0] }
    )
    expect(totals).toEqual({ lines: [225000, 300000], branches: [4500, 6000], functions: [1500, 3000] })
  })
})

describe('JaCoCo', () => {
  test('lines with an executed instruction are covered, branches come from mb/cb, methods from the METHOD counter', async () => {
    const file = fixture(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
<report name="demo">
  <sessioninfo id="x" start="1" dump="2"/>
  <package name="com/example">
    <class name="com/example/Calc" sourcefilename="Calc.java">
      <method name="classify" desc="(I)I" line="3"><counter type="METHOD" missed="0" covered="1"/></method>
      <method name="unused" desc="()V" line="9"><counter type="METHOD" missed="1" covered="0"/></method>
    </class>
    <sourcefile name="Calc.java">
      <line nr="3" mi="0" ci="3" mb="1" cb="1"/>
      <line nr="4" mi="2" ci="1" mb="0" cb="0"/>
      <line nr="9" mi="4" ci="0" mb="0" cb="0"/>
      <counter type="LINE" missed="1" covered="2"/>
    </sourcefile>
  </package>
</report>`)
    const report = await parseReport(file)
    expect(report.format).toBe('jacoco')
    expect(report.files.map(f => f.path)).toEqual(['com/example/Calc.java'])
    const t = fileTotals(report.files[0])
    expect(t.lines).toMatchObject({ covered: 2, total: 3 })
    expect(t.branches).toMatchObject({ covered: 1, total: 2 })
    expect(t.functions).toMatchObject({ covered: 1, total: 2 })
  })
})

describe('Go cover profiles', () => {
  test.each([
    ['set', 'mode: set\nm/a.go:1.1,3.2 2 0\nm/a.go:1.1,3.2 2 1\nm/a.go:5.1,6.2 3 0\n', { covered: 2, total: 5 }],
    ['count', 'mode: count\nm/a.go:1.1,3.2 2 1\nm/a.go:1.1,3.2 2 4\nm/a.go:5.1,6.2 3 0\n', { covered: 2, total: 5 }]
  ])('repeated blocks merge in %s mode and statements are weighted', async (_mode, text, statements) => {
    const report = await parseReport(fixture(text))
    expect(fileTotals(report.files[0]).statements).toMatchObject(statements)
  })
})
