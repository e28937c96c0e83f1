import { describe, expect, test } from '@jest/globals'
import { ConfigurationError } from '@ci-suite/core'
import { isExpired, parseIgnoreFile, parseOsvScannerConfig } from './ignore-file.js'
import { decideIgnore } from './policy.js'

describe('the ignore file', () => {
  test('reads entries with their line, package and expiry', () => {
    const entries = parseIgnoreFile(
      'ignore.yml',
      'ignore:\n  - id: GHSA-aaaa-bbbb-cccc\n    package: django\n    reason: not reachable\n    expires: 2027-03-31\n  - id: CVE-2024-1\n    reason: vendored copy patched\n'
    )
    expect(entries).toEqual([
      {
        id: 'GHSA-aaaa-bbbb-cccc',
        package: 'django',
        reason: 'not reachable',
        expires: '2027-03-31',
        source: 'ignore.yml',
        line: 2
      },
      { id: 'CVE-2024-1', reason: 'vendored copy patched', source: 'ignore.yml', line: 6 }
    ])
  })

  test.each([
    ['ignore:\n  - id: GHSA-1\n', 'ignore.yml:2 (entry 1, GHSA-1): a reason is required'],
    ['ignore:\n  - reason: x\n', 'every entry needs an id'],
    ['ignore:\n  - id: GHSA-1\n    reason: x\n    expires: next year\n', 'expires must be a date as YYYY-MM-DD'],
    ['ignore: GHSA-1\n', 'expected a top-level "ignore:" list'],
    ['ignore: [\n', 'not valid YAML']
  ])('%j is a configuration error: %s', (text, message) => {
    expect(() => parseIgnoreFile('ignore.yml', text)).toThrow(ConfigurationError)
    expect(() => parseIgnoreFile('ignore.yml', text)).toThrow(message)
  })

  test('osv-scanner.toml IgnoredVulns keep their ignoreUntil date', () => {
    expect(
      parseOsvScannerConfig(
        'osv-scanner.toml',
        '[[IgnoredVulns]]\nid = "GO-2022-0968"\nignoreUntil = 2022-11-09\nreason = "No ssh servers"\n'
      )
    ).toEqual([{ id: 'GO-2022-0968', expires: '2022-11-09', reason: 'No ssh servers', source: 'osv-scanner.toml' }])
  })

  test.each([
    ['2027-03-31', '2027-03-31', false],
    ['2027-03-31', '2027-04-01', true]
  ])('an entry expiring %s on %s is expired: %s', (expires, today, expired) => {
    expect(isExpired({ id: 'x', expires, source: 'f' }, today)).toBe(expired)
  })

  test('matches an alias case-insensitively and a PyPI package by its PEP 503 name', () => {
    const entries = [{ id: 'cve-2024-1', package: 'Django_Rest', reason: 'r', source: 'f' }]
    expect(decideIgnore(entries, ['GHSA-1', 'CVE-2024-1'], 'PyPI', 'django-rest', '2026-01-01').ignoredBy).toBe(
      entries[0]
    )
    expect(decideIgnore(entries, ['GHSA-1', 'CVE-2024-1'], 'PyPI', 'flask', '2026-01-01').ignoredBy).toBeUndefined()
  })
})
