import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { parseGitleaksConfig } from '../../packages/secrets/src/config/gitleaks-config.js'
import { PatchParser } from '../../packages/secrets/src/sources/patch-parser.js'
import { logArgs } from '../../packages/secrets/src/sources/git-stream.js'
import type { ScanSink } from '../../packages/secrets/src/sources/sink.js'
import { RUNS, boundedParse, mutatedFrom } from './mutate.js'

/** The configuration example of gitleaks' README (rules with keywords, entropy, path, allowlists, [extend]). */
const GITLEAKS_CONFIG = `title = "Custom Gitleaks configuration"

[extend]
useDefault = true
disabledRules = [ "generic-api-key"]

[[rules]]
id = "awesome-rule-1"
description = "awesome rule 1"
regex = '''one-go-style-regex-for-this-rule'''
secretGroup = 3
entropy = 3.5
path = '''a-file-path-regex'''
keywords = [
  "auth",
  "password",
  "token",
]
tags = ["tag","another tag"]

    [[rules.allowlists]]
    description = "ignore commit A"
    commits = [ "commit-A", "commit-B"]
    paths = [
      '''go\\.mod''',
      '''go\\.sum'''
    ]
    regexTarget = "match"
    regexes = [
      '''process''',
      '''getenv''',
    ]
    stopwords = [
      '''client''',
      '''endpoint''',
    ]

[[rules]]
id = "gitlab-pat"
regex = '''glpat-[0-9a-zA-Z\\-\\_]{20}'''

[[allowlists]]
description = "global allow list"
commits = [ "commit-A", "commit-B", "commit-C"]
paths = [
  '''gitleaks\\.toml''',
  '''(.*?)(jpg|gif|doc)'''
]
regexTarget = "match"
regexes = [
  '''219-09-9999''',
  '''078-05-1120''',
  '''(9[0-9]{2}|666)-\\d{2}-\\d{4}''',
]
stopwords = [
  '''client''',
  '''endpoint''',
]
`

let gitLog = ''

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'ci-suite-log-fuzz-'))
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Ann',
    GIT_AUTHOR_EMAIL: 'ann@example.com',
    GIT_COMMITTER_NAME: 'Ann',
    GIT_COMMITTER_EMAIL: 'ann@example.com'
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' })
  git('init', '-q', '-b', 'main')
  writeFileSync(join(dir, 'app.py'), 'import os\nTOKEN = os.environ["TOKEN"]\n\nprint(TOKEN)\n')
  writeFileSync(join(dir, 'image.bin'), Buffer.from([0, 1, 2, 255, 0, 10]))
  writeFileSync(join(dir, 'name with spaces é.txt'), 'hello\r\nworld\r\n')
  git('add', '-A')
  git('commit', '-qm', 'first')
  writeFileSync(join(dir, 'app.py'), 'import os\nTOKEN = "x"\nPASSWORD = "hunter2"\nprint(TOKEN)\n')
  git('mv', 'name with spaces é.txt', 'renamed\tname.txt')
  git('commit', '-qam', 'second: rename, change')
  writeFileSync(join(dir, 'no-newline.txt'), 'last line without newline')
  git('add', '-A')
  git('commit', '-qm', 'third')
  gitLog = git(...logArgs([], []))
})

function recordingSink(): ScanSink & { lines: number } {
  const sink = {
    lines: 0,
    commit: () => undefined,
    startFile: (path: string) => {
      expect(typeof path).toBe('string')
      return true
    },
    line: (_text: string, lineNumber: number) => {
      expect(Number.isFinite(lineNumber)).toBe(true)
      sink.lines++
    },
    endFile: () => undefined,
    binary: () => undefined,
    skipped: () => undefined,
    bytes: () => undefined
  }
  return sink
}

describe('hostile secret-scan input', () => {
  test(`the git log -p reader survives ${RUNS} mutated logs, whole and in chunks, with only typed errors`, () => {
    expect(gitLog).toMatch(/^diff --git /m)
    fc.assert(
      fc.property(mutatedFrom([gitLog]), fc.nat({ max: 64 }), (text, chunk) => {
        boundedParse(input => {
          const sink = recordingSink()
          const parser = new PatchParser(sink)
          const size = chunk + 1
          for (let i = 0; i < input.length; i += size) parser.push(input.slice(i, i + size))
          parser.end()
          // a line of the log is at most one added line
          expect(sink.lines).toBeLessThanOrEqual(input.split('\n').length)
          return sink.lines
        })(text)
      }),
      { numRuns: RUNS }
    )
  })

  test(`the gitleaks TOML reader survives ${RUNS} mutated configs with only typed errors`, () => {
    expect(parseGitleaksConfig(GITLEAKS_CONFIG, '.gitleaks.toml').rules.length).toBeGreaterThan(2)
    fc.assert(
      fc.property(
        mutatedFrom([GITLEAKS_CONFIG]),
        boundedParse(input => {
          const set = parseGitleaksConfig(input, '.gitleaks.toml')
          return { rules: set.rules.map(r => r.id), allowlists: set.allowlists.length }
        })
      ),
      { numRuns: RUNS }
    )
  })
})
