import { describe, expect, test } from '@jest/globals'
import { parseGitleaksConfig } from './gitleaks-config.js'
import { globToRegExp } from './paths.js'
import { parseSize } from '../inputs.js'
import { builtinRules } from '../rules/builtin.js'

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
    ['[extend]\npath = "base.toml"', /\[extend\] path is not supported/]
  ])('rejects %j', (text, message) => {
    expect(() => parseGitleaksConfig(text, 'g.toml')).toThrow(message)
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
})
