import { describe, expect, test } from '@jest/globals'
import { counter, emptyFile } from '../model.js'
import { globToRegExp } from './discover.js'
import { PathMapper } from './path-mapper.js'
import type { RepoFiles } from './repo-files.js'
import { formatPercent } from './totals.js'

function repo(files: string[], goModules: RepoFiles['goModules'] = []): RepoFiles {
  const byBasename = new Map<string, string[]>()
  for (const f of files) {
    const base = f.split('/').pop() as string
    byBasename.set(base, [...(byBasename.get(base) ?? []), f])
  }
  return { root: '/repo', files: new Set(files), byBasename, goModules }
}

describe('mapping report paths to the repository', () => {
  const mapper = new PathMapper(
    repo(
      [
        'src/app/main.py',
        'src/app/util.py',
        'lib/util.py',
        'svc/go/calc/calc.go',
        'java/src/main/java/com/example/Calc.java',
        'a/index.ts',
        'b/index.ts'
      ],
      [{ module: 'example.com/svc', dir: 'svc/go' }]
    )
  )
  test.each([
    ['an absolute path inside the repository', '/repo/src/app/main.py', [], 'src/app/main.py'],
    ['a path under a Cobertura <source> root', 'main.py', ['/repo/src/app'], 'src/app/main.py'],
    [
      'an absolute path from the CI machine that built it',
      '/home/runner/work/demo/demo/src/app/util.py',
      [],
      'src/app/util.py'
    ],
    ['a Windows path', 'C:\\build\\demo\\lib\\util.py', [], 'lib/util.py'],
    ['a Go import path under a module of the repository', 'example.com/svc/calc/calc.go', [], 'svc/go/calc/calc.go'],
    ['a JaCoCo package path', 'com/example/Calc.java', [], 'java/src/main/java/com/example/Calc.java'],
    ['an ambiguous name', 'index.ts', [], undefined],
    ['a file that is not in the repository', '/usr/lib/python3/os.py', [], undefined]
  ])('%s', (_what, path, roots, expected) => {
    expect(mapper.map(path, roots)).toBe(expected)
  })
})

describe('percent rounding follows the producing tool', () => {
  test.each([
    [5, 9, 'floor', '55.55'],
    [5, 9, 'half-up', '55.56'],
    [5, 9, 'coverage.py', '55.56'],
    [99999, 100000, 'coverage.py', '99.99'],
    [1, 100000, 'coverage.py', '0.01'],
    [0, 0, 'floor', '100.00'],
    [2, 3, 'floor', '66.66']
  ] as const)('%i of %i rounded as %s is %s', (covered, total, rounding, expected) => {
    expect(formatPercent(counter(covered, total), rounding)).toBe(expected)
  })
})

describe('globs', () => {
  test.each([
    ['**/lcov.info', 'lcov.info', true],
    ['**/lcov.info', 'a/b/lcov.info', true],
    ['coverage/*.xml', 'coverage/x.xml', true],
    ['coverage/*.xml', 'coverage/a/x.xml', false],
    ['**/jacoco*.xml', 'build/reports/jacoco/test/jacocoTestReport.xml', true]
  ])('%s matches %s: %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected)
  })
})

test('an empty file has nothing to measure', () => {
  expect(emptyFile('x').lines.size).toBe(0)
})
