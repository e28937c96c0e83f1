/**
 * Makes small projects and runs the real coverage tools on them, returning the reports they write and the totals
 * they print. Every test that checks our numbers against a tool goes through here; nothing is hand-written.
 * Tools (see .ci/apt/coverage.txt): Debian's python3-coverage and python3-pytest-cov under /usr/bin/python3, gcc
 * with gcovr and lcov, golang-go, default-jdk-headless with libjacoco-java, and jest from the repository root.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'

const REPO = resolve(import.meta.dirname ?? process.cwd(), '../..')

export function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  return execFileSync(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  })
}

export function write(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

/** A fresh git repository holding the files, with one commit. */
export function gitProject(prefix: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), `cov-${prefix}-`))
  write(dir, files)
  run('git', ['init', '-q', '-b', 'main'], dir)
  run('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '-A'], dir)
  run('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'init'], dir)
  return dir
}

export function commitAll(dir: string, message: string): string {
  run('git', ['add', '-A'], dir)
  run('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', message], dir)
  return run('git', ['rev-parse', 'HEAD'], dir).trim()
}

export const PYTHON_PROJECT = {
  '.gitignore': '.coverage\n*.xml\n*.json\n*.lcov\n__pycache__/\n',
  'pkg/__init__.py': '',
  'pkg/calc.py': [
    'def classify(n):',
    '    if n < 0:',
    '        return "negative"',
    '    elif n == 0:',
    '        return "zero"',
    '    return "positive"',
    '',
    '',
    'def total(xs):',
    '    s = 0',
    '    for x in xs:',
    '        if x % 2:',
    '            s += x',
    '    return s',
    ''
  ].join('\n'),
  'pkg/shapes.py': [
    'class Square:',
    '    def __init__(self, side):',
    '        self.side = side',
    '',
    '    def area(self):',
    '        return self.side * self.side',
    ''
  ].join('\n'),
  'tests/test_calc.py': [
    'from pkg.calc import classify, total',
    'from pkg.shapes import Square',
    '',
    'def test_classify():',
    '    assert classify(-1) == "negative"',
    '    assert classify(5) == "positive"',
    '',
    'def test_total():',
    '    assert total([2, 4]) == 0',
    '',
    'def test_square():',
    '    Square(2)',
    ''
  ].join('\n')
}

/** module, class and function docstrings: lines that run but are no statements */
export const PYTHON_DOCSTRING_PROJECT = {
  '.gitignore': PYTHON_PROJECT['.gitignore'],
  'pkg/__init__.py': '"""The package."""\n',
  'pkg/shapes.py': [
    '"""Shapes, measured."""',
    '',
    '',
    'class Square:',
    '    """A square."""',
    '',
    '    def __init__(self, side):',
    '        """Keeps the side."""',
    '        self.side = side',
    '',
    '    def area(self):',
    '        if self.side < 0:',
    '            raise ValueError("negative")',
    '        return self.side * self.side',
    '',
    '',
    'class Circle:',
    '    """Never drawn."""',
    '',
    '    def __init__(self, r):',
    '        self.r = r',
    ''
  ].join('\n'),
  'tests/test_shapes.py': [
    'from pkg.shapes import Square',
    '',
    'def test_area():',
    '    assert Square(3).area() == 9',
    ''
  ].join('\n')
}

export interface CoveragePyTotal {
  statements: number
  missing: number
  branches: number
  partial: number
  cover: string
}

/** pytest --cov with branches, then coverage.py's own reports: Cobertura, JSON, LCOV and `coverage report`. */
export function coveragePy(dir: string, branch = true): CoveragePyTotal {
  const py = '/usr/bin/python3'
  const env = { PYTHONDONTWRITEBYTECODE: '1', COVERAGE_FILE: join(dir, '.coverage') }
  run(
    py,
    [
      '-m',
      'pytest',
      '-q',
      '-p',
      'no:cacheprovider',
      '--cov=pkg',
      ...(branch ? ['--cov-branch'] : []),
      '--cov-report=',
      'tests'
    ],
    dir,
    env
  )
  run(py, ['-m', 'coverage', 'xml', '-o', 'coverage.xml'], dir, env)
  run(py, ['-m', 'coverage', 'json', '-o', 'coverage.json'], dir, env)
  run(py, ['-m', 'coverage', 'lcov', '-o', 'coverage.lcov'], dir, env)
  const report = run(py, ['-m', 'coverage', 'report', '--precision=2'], dir, env)
  const total = report.split('\n').find(l => l.startsWith('TOTAL')) as string
  const cells = total.trim().split(/\s+/)
  return branch
    ? {
        statements: +cells[1],
        missing: +cells[2],
        branches: +cells[3],
        partial: +cells[4],
        cover: cells[5].replace('%', '')
      }
    : { statements: +cells[1], missing: +cells[2], branches: 0, partial: 0, cover: cells[3].replace('%', '') }
}

export const C_PROJECT = {
  '.gitignore': 'calc\n*.gcno\n*.gcda\n*.xml\n*.info\n',
  'src/calc.c': [
    '#include <stdio.h>',
    '#include "calc.h"',
    'int classify(int n) {',
    '  if (n < 0)',
    '    return -1;',
    '  else if (n == 0)',
    '    return 0;',
    '  return 1;',
    '}',
    'int sum_odd(int x) {',
    '  int s = 0;',
    '  for (int i = 0; i < x; i++)',
    '    if (i % 2) s += i;',
    '  return s;',
    '}',
    'int main(void) {',
    '  printf("%d %d\\n", classify(-3), classify(4));',
    '  return 0;',
    '}',
    ''
  ].join('\n'),
  'src/calc.h': 'int classify(int n);\nint sum_odd(int x);\n'
}

export interface SummaryLine {
  covered: number
  total: number
  percent: string
}

/** gcc --coverage, run, then gcovr (Cobertura, JSON, JSON summary + printed summary) and lcov (tracefile + printed summary). */
export function gccProject(dir: string): { gcovr: Record<string, SummaryLine>; lcov: Record<string, SummaryLine> } {
  run('gcc', ['--coverage', '-O0', '-o', 'calc', 'src/calc.c'], dir)
  run('./calc', [], dir)
  const gcovrText = run(
    'gcovr',
    [
      '-r',
      '.',
      '--xml',
      'coverage.xml',
      '--json',
      'gcovr.json',
      '--json-summary',
      'gcovr-summary.json',
      '--print-summary'
    ],
    dir
  )
  run(
    'lcov',
    ['--quiet', '--capture', '--directory', '.', '--output-file', 'lcov.info', '--rc', 'lcov_branch_coverage=1'],
    dir
  )
  const lcovText = run('lcov', ['--summary', 'lcov.info', '--rc', 'lcov_branch_coverage=1'], dir)
  const read = (text: string, re: RegExp): Record<string, SummaryLine> => {
    const out: Record<string, SummaryLine> = {}
    for (const m of text.matchAll(re)) out[m[1]] = { percent: m[2], covered: +m[3], total: +m[4] }
    return out
  }
  return {
    gcovr: read(gcovrText, /^(lines|functions|branches): ([\d.]+)% \((\d+) out of (\d+)\)/gm),
    lcov: read(lcovText.replace(/\.+:/g, ':'), /^\s*(lines|functions|branches): ([\d.]+)% \((\d+) of (\d+)/gm)
  }
}

export const JS_PROJECT = {
  '.gitignore': 'coverage/\n',
  'package.json': '{"name":"demo","private":true}\n',
  'src/calc.js': [
    'function classify(n) {',
    '  if (n < 0) {',
    "    return 'negative'",
    '  } else if (n === 0) {',
    "    return 'zero'",
    '  }',
    "  return n > 100 ? 'big' : 'positive'",
    '}',
    '',
    'function sum(xs) {',
    '  let s = 0',
    '  for (const x of xs) s += x',
    '  return s',
    '}',
    '',
    'module.exports = { classify, sum }',
    ''
  ].join('\n'),
  'src/calc.test.js':
    "const { classify } = require('./calc')\ntest('classify', () => {\n  expect(classify(-1)).toBe('negative')\n  expect(classify(3)).toBe('positive')\n})\n"
}

/** jest --coverage with every reporter this action reads, and the text-summary it prints. */
export function jestProject(dir: string): Record<string, SummaryLine> {
  const out = run(
    process.execPath,
    [
      join(REPO, 'node_modules/jest/bin/jest.js'),
      '--rootDir',
      '.',
      '--ci',
      '--coverage',
      '--coverageReporters',
      'cobertura',
      'lcov',
      'json',
      'json-summary',
      'clover',
      'text-summary'
    ],
    dir
  )
  const result: Record<string, SummaryLine> = {}
  for (const m of out.matchAll(/^(Statements|Branches|Functions|Lines)\s*: ([\d.]+)% \( (\d+)\/(\d+) \)/gm)) {
    result[m[1].toLowerCase()] = { percent: m[2], covered: +m[3], total: +m[4] }
  }
  return result
}

export const GO_PROJECT = {
  'go.mod': 'module example.com/demo\n\ngo 1.19\n',
  'calc/calc.go': [
    'package calc',
    '',
    'func Classify(n int) string {',
    '\tif n < 0 {',
    '\t\treturn "negative"',
    '\t} else if n == 0 {',
    '\t\treturn "zero"',
    '\t}',
    '\treturn "positive"',
    '}',
    '',
    'func Sum(xs []int) int {',
    '\ts := 0',
    '\tfor _, x := range xs {',
    '\t\ts += x',
    '\t}',
    '\treturn s',
    '}',
    ''
  ].join('\n'),
  'calc/calc_test.go':
    'package calc\n\nimport "testing"\n\nfunc TestClassify(t *testing.T) {\n\tif Classify(-1) != "negative" || Classify(3) != "positive" {\n\t\tt.Fatal("bad")\n\t}\n}\n'
}

/** go test -coverprofile, then `go tool cover -func` and its total line. */
export function goProject(dir: string): string {
  const env = {
    GOFLAGS: '-mod=mod',
    GOCACHE: join(tmpdir(), 'ci-suite-gocache'),
    GOPATH: join(tmpdir(), 'ci-suite-gopath'),
    GOTOOLCHAIN: 'local',
    GOPROXY: 'off'
  }
  run('go', ['test', '-coverprofile=cover.out', './...'], dir, env)
  const func = run('go', ['tool', 'cover', '-func=cover.out'], dir, env)
  return (/^total:\s+\(statements\)\s+([\d.]+)%/m.exec(func) as RegExpExecArray)[1]
}

/** A Maven-layout Java project: two packages, a branchy method, a loop, a lambda, a nested class, dead methods. */
export const JAVA_PROJECT = {
  '.gitignore': 'build/\n*.exec\n*.xml\n',
  'src/main/java/com/example/Calc.java': [
    'package com.example;',
    '',
    'public class Calc {',
    '    public static String classify(int n) {',
    '        if (n < 0) {',
    '            return "negative";',
    '        } else if (n == 0) {',
    '            return "zero";',
    '        }',
    '        return "positive";',
    '    }',
    '',
    '    public static int total(int[] xs) {',
    '        int s = 0;',
    '        for (int x : xs) {',
    '            if (x % 2 != 0 && x > 1) {',
    '                s += x;',
    '            }',
    '        }',
    '        return s;',
    '    }',
    '',
    '    public int unused() {',
    '        return 42;',
    '    }',
    '',
    '    public static class Box {',
    '        public int value;',
    '',
    '        public Box(int value) {',
    '            this.value = value > 0 ? value : -value;',
    '        }',
    '    }',
    '}',
    ''
  ].join('\n'),
  'src/main/java/com/example/util/Words.java': [
    'package com.example.util;',
    '',
    'import java.util.List;',
    'import java.util.stream.Collectors;',
    '',
    'public final class Words {',
    '    private Words() {}',
    '',
    '    public static String shout(List<String> words) {',
    '        return words.stream().map(w -> w.isEmpty() ? "_" : w.toUpperCase()).collect(Collectors.joining(" "));',
    '    }',
    '',
    '    public static int never(int a) {',
    '        switch (a) {',
    '            case 1: return 10;',
    '            case 2: return 20;',
    '            default: return 0;',
    '        }',
    '    }',
    '}',
    ''
  ].join('\n'),
  'src/test/java/demo/Driver.java': [
    'package demo;',
    '',
    'import com.example.Calc;',
    'import com.example.util.Words;',
    'import java.util.List;',
    '',
    'public class Driver {',
    '    public static void main(String[] args) {',
    '        System.out.println(Calc.classify(-1) + Calc.classify(5) + Calc.total(new int[] {1, 2, 3}));',
    '        System.out.println(new Calc.Box(3).value + Words.shout(List.of("a", "b")));',
    '    }',
    '}',
    ''
  ].join('\n')
}

/** Writes JaCoCo's XML report from an exec file and class files with JaCoCo's own report API (no jacococli in Debian). */
const JACOCO_REPORT = `
import java.io.File;
import java.io.FileOutputStream;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.xml.XMLFormatter;

public class JacocoXml {
    public static void main(String[] args) throws Exception {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(new File(args[0]));
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(new File(args[1]));
        try (FileOutputStream out = new FileOutputStream(args[2])) {
            IReportVisitor visitor = new XMLFormatter().createVisitor(out);
            visitor.visitInfo(loader.getSessionInfoStore().getInfos(), loader.getExecutionDataStore().getContents());
            visitor.visitBundle(builder.getBundle("demo"), new DirectorySourceFileLocator(new File(args[3]), "utf-8", 4));
            visitor.visitEnd();
        }
    }
}
`

export type JacocoCounters = Record<'LINE' | 'BRANCH' | 'METHOD', { missed: number; covered: number }>

function countersIn(text: string): JacocoCounters {
  const counters: Partial<JacocoCounters> = {}
  for (const m of text.matchAll(/<counter type="(\w+)" missed="(\d+)" covered="(\d+)"\/>/g)) {
    counters[m[1] as keyof JacocoCounters] = { missed: Number(m[2]), covered: Number(m[3]) }
  }
  return counters as JacocoCounters
}

/**
 * Compiles the project (javac --release 11), runs the driver under the JaCoCo agent of Debian's libjacoco-java and
 * writes `jacoco.xml` with JaCoCo's report API; returns the report-level and per-package counters JaCoCo wrote into it. Fails with
 * the packages to install when java or JaCoCo is missing: this test never skips.
 */
export function jacocoProject(dir: string): { report: JacocoCounters; packages: Record<string, JacocoCounters> } {
  const jars = '/usr/share/java'
  const missing = ['org.jacoco.agent.jar', 'org.jacoco.core.jar', 'org.jacoco.report.jar', 'asm.jar']
    .map(jar => join(jars, jar))
    .filter(jar => !existsSync(jar))
  try {
    run('javac', ['-version'], dir)
  } catch {
    missing.push('javac')
  }
  if (missing.length > 0) {
    throw new Error(
      `JaCoCo test needs ${missing.join(', ')}: apt-get install default-jdk-headless libjacoco-java (.ci/apt/coverage.txt)`
    )
  }
  const classpath = ['org.jacoco.core.jar', 'org.jacoco.report.jar', 'asm.jar', 'asm-commons.jar', 'asm-tree.jar']
    .map(jar => join(jars, jar))
    .join(':')
  // the agent jar Debian ships wraps the real one (jacocoagent.jar, the one with a Premain-Class)
  run('jar', ['xf', join(jars, 'org.jacoco.agent.jar'), 'jacocoagent.jar'], dir)
  write(dir, { 'build/tools/JacocoXml.java': JACOCO_REPORT })
  const sources = Object.keys(JAVA_PROJECT).filter(f => f.endsWith('.java'))
  // one javac for all (the slow step); only com/ (the project's classes) is analysed for the report
  run(
    'javac',
    ['--release', '11', '-cp', classpath, '-d', 'build/classes', 'build/tools/JacocoXml.java', ...sources],
    dir
  )
  run('java', ['-javaagent:jacocoagent.jar=destfile=jacoco.exec', '-cp', 'build/classes', 'demo.Driver'], dir)
  run(
    'java',
    [
      '-cp',
      `${classpath}:build/classes`,
      'JacocoXml',
      'jacoco.exec',
      'build/classes/com',
      'jacoco.xml',
      'src/main/java'
    ],
    dir
  )
  const xml = readFileSync(join(dir, 'jacoco.xml'), 'utf8')
  // the report's own counters: the ones after the last package, right before </report>
  const tail = /<\/package>((?:<counter [^>]*\/>)+)<\/report>\s*$/.exec(xml)
  if (!tail) throw new Error(`jacoco.xml has no report-level counters: ${xml.slice(-300)}`)
  // each package's own counters: the ones after its last sourcefile
  const packages: Record<string, JacocoCounters> = {}
  for (const m of xml.matchAll(/<package name="([^"]+)">([\s\S]*?)<\/package>/g)) {
    const own = /<\/sourcefile>((?:<counter [^>]*\/>)+)$/.exec(m[2])
    if (own) packages[m[1]] = countersIn(own[1])
  }
  return { report: countersIn(tail[1]), packages }
}
