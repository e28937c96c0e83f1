import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from '@jest/globals'
import { parse } from 'yaml'
import { REPO_ROOT, runAction, type ActionRun } from '../harness/run-action.js'
import { git, writeFiles } from '../helpers/git-repo.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

function repo(files: Record<string, string | Buffer>, commit = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-suite-hostile-'))
  made.push(dir)
  writeFiles(dir, files)
  if (commit) {
    git(dir, 'init', '-q', '-b', 'main')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'hostile ::error::injected%0A::warning::x\nsecond line')
  }
  return dir
}

const outputNames = (action: string) =>
  Object.keys(
    (parse(readFileSync(join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as { outputs: object }).outputs
  )

/** The step ended with a clear status, no crash, no stack trace, nothing injected into commands or outputs. */
function endsClearly(action: string, run: ActionRun, status?: RegExp): void {
  if (!(status ?? /./).test(run.outputs.status ?? ''))
    expect({ status: run.outputs.status, tail: run.stdout.slice(-600) }).toBe(status)
  expect(run.outputs.status).toMatch(status ?? /^(pass|fail|error)$/)
  if (run.outputs.status === 'error') expect(run.errorLines).toHaveLength(1)
  expect(run.exitCode).toBe(run.outputs.status === 'pass' ? 0 : run.exitCode)
  for (const text of [run.stdout, run.stderr, run.summary])
    expect(text).not.toMatch(/\n\s+at .+(:\d+:\d+\)?|<anonymous>)$/m)
  expect(run.stderr).not.toMatch(/TypeError|RangeError|FATAL ERROR|heap out of memory/)
  // a workflow command at a line start that the action did not mean to write
  expect(run.stdout).not.toMatch(/^::(error|warning|notice|set-output)::injected/m)
  expect(run.commands.filter(c => c.command === 'set-output')).toEqual([])
  for (const name of Object.keys(run.outputs)) expect(outputNames(action)).toContain(name)
  // the summary: no raw script tag, every table row has its header's column count
  expect(run.summary).not.toMatch(/<script/i)
  const lines = run.summary.split('\n')
  lines.forEach((line, i) => {
    if (/^\|(\s*:?-+:?\s*\|)+\s*$/.test(line)) {
      const columns = (row: string) => row.replace(/\\\|/g, '').split('|').length
      const header = columns(lines[i - 1] as string)
      for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) expect(columns(lines[j]!)).toBe(header)
    }
  })
}

const HOSTILE_NAMES = [
  'line\nbreak.txt',
  '::error::injected.txt',
  '%0A::warning::injected.txt',
  '<script>alert(1)<\\script> | col |.txt'
]

describe('files designed to hurt', () => {
  test('secret-scan tree skips a 200 MB single-line file within bounded time and memory', async () => {
    const dir = repo({ 'app.py': 'print("hi")\n' })
    const big = join(dir, 'huge.min.js')
    const fd = openSync(big, 'w')
    const chunk = Buffer.alloc(1 << 20, 'a')
    for (let i = 0; i < 200; i++) writeSync(fd, chunk)
    closeSync(fd)
    try {
      const started = Date.now()
      const run = await runAction('secret-scan', { cwd: dir, inputs: { scope: 'tree' }, timeoutMs: 120_000 })
      endsClearly('secret-scan', run, /^pass$/)
      expect(Date.now() - started).toBeLessThan(120_000)
    } finally {
      rmSync(big, { force: true })
    }
  }, 150_000)

  test('secret-scan tree never follows a symlink out of the workspace and survives hostile file names and bytes', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'ci-suite-outside-'))
    made.push(outside)
    writeFileSync(join(outside, 'credentials.txt'), `token = "${['ghp', 'x9Q'.repeat(12)].join('_')}"\n`)
    const files: Record<string, string | Buffer> = {
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xff, 0xfe, 0x00, 0x41]),
      'app.py': 'print("hi")\n'
    }
    for (const name of HOSTILE_NAMES) files[name] = 'nothing secret here\n'
    const dir = repo(files, false)
    symlinkSync(outside, join(dir, 'escape'))
    symlinkSync(join(outside, 'credentials.txt'), join(dir, 'creds-link.txt'))
    const run = await runAction('secret-scan', { cwd: dir, inputs: { scope: 'tree' }, timeoutMs: 60_000 })
    endsClearly('secret-scan', run, /^pass$/)
    expect(run.outputs.findings).toBe('0')
  }, 90_000)

  test('coverage-gate reads a generated 100 000-file Cobertura report within bounded time', async () => {
    const classes = Array.from(
      { length: 100_000 },
      (_, i) =>
        `<class name="m${i}" filename="src/m${i}.py" line-rate="0.5" branch-rate="0"><lines><line number="1" hits="1"/><line number="2" hits="0"/></lines></class>`
    ).join('\n')
    // no git here: the action walks the folder, and 100 000 sources are written beside the report
    const dir = repo(
      {
        'coverage.xml': `<?xml version="1.0" ?>\n<coverage version="7.4" timestamp="1" lines-valid="200000" lines-covered="100000" line-rate="0.5" branches-covered="0" branches-valid="0" branch-rate="0" complexity="0">\n<sources><source>.</source></sources>\n<packages><package name="src" line-rate="0.5" branch-rate="0" complexity="0"><classes>\n${classes}\n</classes></package></packages></coverage>\n`
      },
      false
    )
    mkdirSync(join(dir, 'src'))
    for (let i = 0; i < 100_000; i++) writeFileSync(join(dir, 'src', `m${i}.py`), 'a = 1\nb = 2\n')
    const started = Date.now()
    const run = await runAction('coverage-gate', {
      cwd: dir,
      inputs: { files: 'coverage.xml', 'min-coverage': '40' },
      timeoutMs: 120_000
    })
    endsClearly('coverage-gate', run, /^pass$/)
    expect(run.outputs.coverage).toMatch(/^50(\.0+)?$/)
    expect(Date.now() - started).toBeLessThan(120_000)
  }, 150_000)

  test.each([
    [
      'an entity bomb',
      `<?xml version="1.0"?>\n<!DOCTYPE coverage [\n<!ENTITY a "aaaaaaaaaa">\n${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join('\n')}\n]>\n<coverage version="1"><packages><package name="&j;"/></packages></coverage>\n`
    ],
    [
      'an external entity',
      `<?xml version="1.0"?>\n<!DOCTYPE coverage [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<coverage version="1"><sources><source>&xxe;</source></sources><packages/></coverage>\n`
    ]
  ])(
    'coverage-gate refuses %s with one clear error and reads nothing outside',
    async (_label, xml) => {
      const dir = repo({ 'coverage.xml': xml })
      const run = await runAction('coverage-gate', { cwd: dir, inputs: { files: 'coverage.xml' }, timeoutMs: 30_000 })
      endsClearly('coverage-gate', run, /^error$/)
      expect(run.everythingWritten()).not.toContain('root:x:0:0')
      expect(run.errorLines[0]).toMatch(/coverage\.xml/)
    },
    60_000
  )

  // lockfile v1 nests dependencies in dependencies: a reader that recurses meets its stack limit
  const deepJson = (depth: number) =>
    `{"name":"deep","lockfileVersion":1,"dependencies":${'{"a":{"version":"1.0.0","dependencies":'.repeat(depth)}{}${'}}'.repeat(depth)}}`
  const deepYaml = (depth: number) =>
    `lockfileVersion: '9.0'\nimporters:\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`

  test.each([
    ['audit', 'package-lock.json', deepJson(50_000), { files: 'package-lock.json', 'osv-url': 'http://127.0.0.1:9' }],
    ['audit', 'pnpm-lock.yaml', deepYaml(5_000), { files: 'pnpm-lock.yaml', 'osv-url': 'http://127.0.0.1:9' }],
    ['sbom', 'package-lock.json', deepJson(50_000), { output: 'sbom.cdx.json' }],
    ['sbom', 'pnpm-lock.yaml', deepYaml(5_000), { output: 'sbom.cdx.json' }]
  ])(
    '%s meets a deeply nested %s with a clear status and no crash',
    async (action, file, text, inputs) => {
      const dir = repo({ [file]: text, 'package.json': '{"name":"deep","version":"1.0.0"}\n' })
      const run = await runAction(action, { cwd: dir, inputs, timeoutMs: 60_000 })
      endsClearly(action, run)
      if (file !== 'package-lock.json') return
      // JSON this deep is still a valid lockfile: it is read (an explicit stack, not recursion), never a pass with
      // nothing in it; audit then fails only because its advisory service is out of reach
      if (action === 'audit') {
        expect(run.outputs.status).toBe('error')
        expect(run.errorLines.join('\n')).toMatch(/127\.0\.0\.1:9/)
      } else {
        expect(run.outputs.status).toBe('pass')
        const bom = JSON.parse(readFileSync(join(dir, 'sbom.cdx.json'), 'utf8')) as { components: { name: string }[] }
        expect(bom.components.map(c => c.name)).toContain('a')
      }
    },
    90_000
  )

  test('sbom discovery never follows a symlink out of the workspace', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'ci-suite-outside-'))
    made.push(outside)
    writeFileSync(join(outside, 'requirements.txt'), 'outside-only-package==6.6.6\n')
    const dir = repo({ 'requirements.txt': 'requests==2.31.0\n' }, false)
    symlinkSync(outside, join(dir, 'vendor'))
    symlinkSync(join(outside, 'requirements.txt'), join(dir, 'requirements-link.txt'))
    const run = await runAction('sbom', { cwd: dir, inputs: { output: 'sbom.cdx.json' }, timeoutMs: 60_000 })
    endsClearly('sbom', run)
    expect(run.everythingWritten()).not.toContain('outside-only-package')
    expect(readFileSync(join(dir, 'sbom.cdx.json'), 'utf8')).not.toContain('outside-only-package')
  }, 90_000)

  test('lint-gate keeps hostile file names and Markdown in messages out of commands, outputs and the summary layout', async () => {
    const files: Record<string, string> = {}
    for (const name of ['::error::injected.py', '%0A::warning::injected.py', '<script>x<\\script>|a|b|.py'])
      files[name] = 'import os  # <script>alert(1)</script> | cell | ::error::injected\n'
    files['line\nbreak.py'] = 'import sys\n'
    const dir = repo(files)
    const run = await runAction('lint-gate', {
      cwd: dir,
      inputs: { linters: 'flake8', filter: 'nofilter' },
      env: { PATH: process.env.PATH },
      timeoutMs: 60_000
    })
    endsClearly('lint-gate', run, /^fail$/)
    expect(Number(run.outputs.findings)).toBeGreaterThanOrEqual(4)
    const annotated = run.commands.filter(c => c.command === 'error' && c.properties.file).map(c => c.properties.file)
    expect(annotated).toEqual(expect.arrayContaining(['::error::injected.py', '%0A::warning::injected.py']))
  }, 90_000)

  test('secret-scan history reports a commit with a hostile title without injecting anything', async () => {
    const token = ['ghp', 'Zq7'.repeat(12)].join('_')
    const dir = repo({ 'settings.py': `TOKEN = "${token}"\n`, '::error::injected.txt': `${token}\n` })
    const run = await runAction('secret-scan', { cwd: dir, inputs: { scope: 'history' }, timeoutMs: 60_000 })
    endsClearly('secret-scan', run, /^fail$/)
    expect(run.stdout.split('\n').filter(line => line.includes(token) && !line.startsWith('::add-mask::'))).toEqual([])
  }, 90_000)
})
