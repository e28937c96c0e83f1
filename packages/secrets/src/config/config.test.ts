import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { loadRuleSet, parseGitleaksConfig } from './gitleaks-config.js'
import {
  globToRegExp,
  isDefaultSkipped,
  isMinifiedLongLine,
  isMinifiedName,
  looksMinified,
  skippedPathAttributes
} from './paths.js'
import { parseSize } from '../inputs.js'
import { builtinRules } from '../rules/builtin.js'
import { ConfigurationError } from '@ci-suite/core'

describe('gitleaks config', () => {
  test('[extend] useDefault with disabledRules keeps the rest of the defaults', () => {
    const set = parseGitleaksConfig('[extend]\nuseDefault = true\ndisabledRules = ["github-pat", "jwt"]\n', 'g.toml')
    expect(set.rules).toHaveLength(builtinRules().length - 2)
    expect(set.rules.map(r => r.id)).not.toContain('github-pat')
  })

  test('a custom rule with a default id replaces it and keeps its rotation link', () => {
    const set = parseGitleaksConfig(
      `[extend]\nuseDefault = true\n[[rules]]\nid = "github-pat"\nregex = '''ghp_[0-9a-zA-Z]{36}'''\nkeywords = ["ghp_"]\n`,
      'g.toml'
    )
    const rule = set.rules.find(r => r.id === 'github-pat')!
    expect(rule.kind).toBe('custom')
    expect(rule.rotate).toMatch(/github/)
  })

  test('the old [allowlist] table and [[allowlists]] both become global allowlists', () => {
    const set = parseGitleaksConfig(
      `[allowlist]\npaths = ['''^vendor/''']\n[[allowlists]]\ntargetRules = ["jwt"]\nstopwords = ["fixture"]\n`,
      'g.toml'
    )
    expect(set.allowlists.map(a => [a.paths.length, a.stopwords, a.targetRules])).toEqual([
      [1, [], []],
      [0, ['fixture'], ['jwt']]
    ])
    expect(set.rules.length).toBe(builtinRules().length)
  })

  test.each([
    ['[[rules]]\ndescription = "no id"\nregex = "x"', /rules\[0\] has no id/],
    ['[[rules]]\nid = "x"', /needs a regex or a path/],
    ['[[rules]]\nid = "x"\nregex = "a"\n[[rules.allowlists]]\ncondition = "XOR"', /condition must be "OR" or "AND"/],
    [
      '[[rules]]\nid = "x"\nregex = "a"\n[[rules.allowlists]]\nregexTarget = "file"',
      /regexTarget must be "secret", "match" or "line"/
    ],
    ['[extend]\npath = "base.toml"\nuseDefault = true', /either path or useDefault = true, not both/],
    ['[extend]\npath = "no-such-config.toml"', /\[extend\] path "no-such-config\.toml" does not exist/],
    [
      '[[rules]]\nid = "a"\nregex = "a"\n[[rules.required]]\nid = "b"',
      /rule a: \[\[rules.required\]\] rule id "b" does not exist/
    ],
    ['[[rules]]\nid = "a"\nregex = "a"\n[[rules.required]]\nwithinLines = 1', /required\[0\] has no id/],
    [
      '[[rules]]\nid = "a"\nregex = "a"\n[[rules.required]]\nid = "a"\nwithinLines = -1',
      /withinLines must be a whole number/
    ]
  ])('rejects %j', (text, message) => {
    expect(() => parseGitleaksConfig(text, 'g.toml')).toThrow(message)
  })
})

describe('[extend] path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'secret-scan-extend-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const file = (name: string, text: string): string => {
    const path = join(dir, name)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
    return path
  }
  const BASE = `title = "org-wide gitleaks config"
[extend]
useDefault = true
disabledRules = ["jwt"]

[[rules]]
id = "acme-api-key"
description = "ACME API key"
regex = '''acme_[a-z0-9]{32}'''
keywords = ["acme_"]

[[rules]]
id = "acme-legacy-key"
regex = '''acmel_[a-z0-9]{32}'''
keywords = ["acmel_"]

[[allowlists]]
description = "vendored code"
paths = ['''^third_party/''']
`

  test('a config extends another, relative to its own folder: rules, disabledRules and allowlists add up', () => {
    file('shared/base.toml', BASE)
    const top = file(
      'repo/.gitleaks.toml',
      `[extend]\npath = "../shared/base.toml"\ndisabledRules = ["acme-legacy-key", "github-pat"]\n\n[[rules]]\nid = "acme-api-key"\nkeywords = ["acme-key"]\n[[rules.allowlists]]\nstopwords = ["example"]\n\n[allowlist]\npaths = ['''^docs/''']\n`
    )
    const set = loadRuleSet(top, '.gitleaks.toml')
    const ids = set.rules.map(r => r.id)
    expect(ids).toContain('acme-api-key')
    expect(ids).toContain('aws-access-token')
    expect(ids).not.toContain('acme-legacy-key')
    expect(ids).not.toContain('github-pat')
    expect(ids).not.toContain('jwt')
    const acme = set.rules.find(r => r.id === 'acme-api-key')!
    // the refinement keeps the base's regex and description and adds keywords and an allowlist
    expect([acme.source, acme.description, acme.keywords]).toEqual([
      'acme_[a-z0-9]{32}',
      'ACME API key',
      ['acme_', 'acme-key']
    ])
    expect(acme.allowlists.map(a => a.stopwords)).toEqual([['example']])
    expect(set.allowlists.map(a => a.paths.map(p => p.source))).toEqual([['^third_party/'], ['^docs/']])
  })

  test('a rule with only an allowlist refines the default rule of that id', () => {
    const set = parseGitleaksConfig(
      `[extend]\nuseDefault = true\n[[rules]]\nid = "generic-api-key"\n[[rules.allowlists]]\nregexTarget = "line"\nregexes = ['''example''']\n`,
      'g.toml'
    )
    const rule = set.rules.find(r => r.id === 'generic-api-key')!
    expect([rule.kind, rule.allowlists.length]).toEqual(['generic', 1])
  })

  test.each([
    ['itself', [['loop/self.toml', '[extend]\npath = "self.toml"\n']]],
    [
      'a longer loop',
      [
        ['loop/a.toml', '[extend]\npath = "b.toml"\n'],
        ['loop/b.toml', '[extend]\npath = "sub/c.toml"\n'],
        ['loop/sub/c.toml', '[extend]\npath = "../a.toml"\n']
      ]
    ]
  ])('a config that extends %s is refused with a configuration error', (_name, files) => {
    const [first] = files.map(([name, text]) => file(name, text))
    expect(() => loadRuleSet(first, 'first.toml')).toThrow(ConfigurationError)
    expect(() => loadRuleSet(first, 'first.toml')).toThrow(/makes a cycle \(.*\): a config cannot extend itself/)
  })

  test('a chain of three configs ends at the defaults', () => {
    file('chain/defaults.toml', '[extend]\nuseDefault = true\ndisabledRules = ["npm-access-token"]\n')
    file('chain/team.toml', '[extend]\npath = "defaults.toml"\n[[rules]]\nid = "team-key"\nregex = "team_[0-9]{8}"\n')
    const top = file('chain/repo.toml', '[extend]\npath = "team.toml"\n')
    const ids = loadRuleSet(top).rules.map(r => r.id)
    expect(ids).toContain('team-key')
    expect(ids).toContain('github-pat')
    expect(ids).not.toContain('npm-access-token')
  })
})

describe('[[rules.required]]', () => {
  test('composite rules keep their required rules and skipReport', () => {
    const set = parseGitleaksConfig(
      `[[rules]]\nid = "client-secret"\nregex = "cs_[a-z]{20}"\n[[rules.required]]\nid = "client-id"\nwithinLines = 3\n[[rules.required]]\nid = "tenant"\nwithinColumns = 40\n\n[[rules]]\nid = "client-id"\nregex = "cid_[0-9]{8}"\nskipReport = true\n\n[[rules]]\nid = "tenant"\nregex = "tenant=[a-z]+"\n`,
      'g.toml'
    )
    const byId = Object.fromEntries(set.rules.map(r => [r.id, r]))
    expect(byId['client-secret'].required).toEqual([
      { id: 'client-id', withinLines: 3, withinColumns: undefined },
      { id: 'tenant', withinLines: undefined, withinColumns: 40 }
    ])
    expect([byId['client-id'].skipReport, byId.tenant.skipReport]).toEqual([true, undefined])
  })
})

describe('inputs and globs', () => {
  test.each([
    ['10MB', 10 * 1024 * 1024],
    ['512kb', 512 * 1024],
    ['2048', 2048],
    ['1.5M', 1.5 * 1024 * 1024]
  ])('max-file-size %s is %d bytes', (value, bytes) => {
    expect(parseSize(value, 'max-file-size')).toBe(bytes)
  })

  test.each([
    ['fixtures/**', 'fixtures/a/b.txt', true],
    ['fixtures/**', 'src/fixtures/a.txt', false],
    ['*.log', 'deep/dir/x.log', true],
    ['docs/*.md', 'docs/a.md', true],
    ['docs/*.md', 'docs/sub/a.md', false],
    ['**/test/**', 'a/test/b.ts', true]
  ])('glob %s on %s: %s', (glob, path, matches) => {
    expect(globToRegExp(glob).test(path)).toBe(matches)
  })

  test.each([
    ['a.js', [1000, 1000, 1000], false],
    ['a.js', [5, 1001, 5], true],
    ['a.js', [5, 1001], true],
    ['a.css', [999, 2000], true],
    ['a.txt', [5000], false],
    ['a.mjs', [400, 400, 400, 999, 1001], true]
  ])('%s with lines of %j characters is minified: %s', (path, lengths, minified) => {
    const text = lengths.map(n => 'x'.repeat(n)).join('\n')
    expect(isMinifiedLongLine(path, new TextEncoder().encode(text))).toBe(minified)
    expect(looksMinified(path, Math.max(...lengths))).toBe(minified)
  })
})

describe('paths left out by name', () => {
  const checks = { 'skipped by default': isDefaultSkipped, 'a minified name': isMinifiedName }
  test.each<[keyof typeof checks, string, boolean]>([
    ['skipped by default', 'a/node_modules/x.js', true],
    ['skipped by default', 'node_modules', true],
    ['skipped by default', 'node_modules_old/a.js', false],
    ['skipped by default', 'web/bower_components/x.js', true],
    ['skipped by default', '.git/config', true],
    ['skipped by default', 'x/.github/workflows/ci.yml', false],
    ['skipped by default', 'vendor/github.com/x/y.go', true],
    ['skipped by default', 'src/vendor/ruby/gems/a.rb', true],
    ['skipped by default', 'vendor/mine/a.go', false],
    ['skipped by default', 'app/yarn.lock', true],
    ['skipped by default', 'Cargo.lock', true],
    ['skipped by default', 'yarn.lock.bak', false],
    ['skipped by default', 'my-yarn.lock', false],
    ['skipped by default', 'img/LOGO.PNG', true],
    ['skipped by default', 'a.Tiff', true],
    ['skipped by default', 'fonts/x.woff2', true],
    ['skipped by default', 'lib/x.so', true],
    ['skipped by default', 'a.png/readme.txt', false],
    ['skipped by default', 'png', false],
    ['skipped by default', 'notes.pngs', false],
    ['skipped by default', '.gitleaks.toml', true],
    ['skipped by default', 'x/gitleaksignore', true],
    ['skipped by default', 'docs/gitleaks.md', false],
    ['skipped by default', 'a/.trufflehogignore', true],
    ['skipped by default', 'a/x.trufflehogignore', false],
    ['a minified name', 'dist/app.min.js', true],
    ['a minified name', 'a.min.css', true],
    ['a minified name', 'a.min.json', false],
    ['a minified name', 'a.js.map', true],
    ['a minified name', 'a.ts.map', false],
    ['a minified name', 'x/app.bundle.js', true],
    ['a minified name', 'x/bundle.js', false],
    ['a minified name', 'x/app.bundle.jsx', false]
  ])('%s: %s is %s', (check, path, expected) => {
    expect(checks[check](path)).toBe(expected)
  })
})

describe('the skipped paths as git attributes (so git does not diff them in a history read)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'secret-scan-attributes-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  /** git's own answer, per path: whether the attributes file turns `diff` off for it */
  function diffOff(paths: string[]): Map<string, boolean> {
    execFileSync('git', ['init', '-q', dir])
    const attributes = join(dir, 'skipped.gitattributes')
    writeFileSync(attributes, skippedPathAttributes())
    const out = execFileSync('git', ['-c', `core.attributesFile=${attributes}`, 'check-attr', 'diff', '--stdin'], {
      cwd: dir,
      input: paths.join('\n') + '\n',
      encoding: 'utf8'
    })
    return new Map(
      out
        .trim()
        .split('\n')
        .map(l => [l.slice(0, l.lastIndexOf(': diff: ')), l.endsWith(': diff: unset')] as [string, boolean])
    )
  }

  const paths = [
    'package-lock.json',
    'web/app/yarn.lock',
    'go.sum',
    'img/logo.png',
    'img/LOGO.PNG',
    'icons/arrow.svg',
    'a/node_modules/x/index.js',
    'node_modules/.bin/x',
    'web/bower_components/x.js',
    'vendor/github.com/x/y.go',
    'src/vendor/ruby/gems/a.rb',
    'vendor/mine/a.go',
    'dist/app.min.js',
    'a.min.css',
    'a.js.map',
    'data/world.map',
    'x/app.bundle.js',
    'my app.bundle.js',
    'yarn.lock.bak',
    'node_modules_old/a.js',
    'a.png/readme.txt',
    'src/app.js',
    '.gitleaks.toml'
  ]

  test('git diffs nothing the scan reads: each path marked -diff is one the scan skips', () => {
    const off = diffOff(paths)
    expect(off.size).toBe(paths.length)
    for (const path of paths) {
      if (off.get(path)) expect([path, isDefaultSkipped(path) || isMinifiedName(path)]).toEqual([path, true])
    }
  })

  test('lockfiles and minified files are marked at any depth; media and dependency folders are left to git', () => {
    const off = diffOff(paths)
    expect(paths.filter(p => off.get(p))).toEqual([
      'package-lock.json',
      'web/app/yarn.lock',
      'go.sum',
      'dist/app.min.js',
      'a.min.css',
      'a.js.map',
      '.gitleaks.toml'
    ])
  })
})
