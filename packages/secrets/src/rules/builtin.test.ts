import { describe, expect, test } from '@jest/globals'
import { Detector } from '../engine/detector.js'
import { BUILTIN_SPECS, GENERIC_NAMES, GENERIC_OPERATORS, GENERIC_RULE_ID, builtinRules } from './builtin.js'
import { sampleLine, sampleValue, seededRandom } from './samples.js'

const detector = new Detector(builtinRules(), [])

function detect(line: string) {
  const rules = detector.candidates(line)
  return rules ? detector.scanLine(line, 1, { path: 'config.txt' }, rules) : []
}

describe('built-in rules', () => {
  test('there are at least 80 of them, each with a unique id, keywords and a rotation link', () => {
    const rules = builtinRules()
    expect(rules.length).toBeGreaterThanOrEqual(80)
    expect(new Set(rules.map(r => r.id)).size).toBe(rules.length)
    for (const r of rules.filter(r => r.kind !== 'file')) {
      expect(r.keywords.length).toBeGreaterThan(0)
      expect(r.rotate).toMatch(/^https:\/\//)
    }
  })

  test.each(BUILTIN_SPECS.map(s => [s.id, s] as const))('%s finds a value of its own format', (id, spec) => {
    const random = seededRandom(id.length * 7919)
    const value = sampleValue(spec, random)
    const found = detect(sampleLine(spec, value))
    expect(found.map(f => [f.rule.id, f.secret])).toContainEqual([id, value])
  })

  // the forms the providers document next to the ones the shapes first had (gitleaks' rules know them too)
  const b64 = (n: number, seed: number) => {
    const random = seededRandom(seed)
    const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
    return Array.from({ length: n }, () => abc[Math.floor(random() * abc.length)]).join('')
  }
  test.each([
    ['flyio-access-token', `FLY_API_TOKEN: FlyV1 fm2_${b64(180, 1)}==`, `fm2_${b64(180, 1)}==`],
    ['flyio-access-token', `token = "fm1r_${b64(120, 2)}"`, `fm1r_${b64(120, 2)}`],
    [
      'slack-user-token',
      'img.png?t=xoxe-4726930118254-4848101173947-4856682349135-c1d2e3f4a5b60718293a4b5c6d7e8f90',
      'xoxe-4726930118254-4848101173947-4856682349135-c1d2e3f4a5b60718293a4b5c6d7e8f90'
    ],
    [
      'slack-config-refresh-token',
      `"refresh": "xoxe-1-${b64(146, 3).replace(/[+/]/g, 'q')}"`,
      `xoxe-1-${b64(146, 3).replace(/[+/]/g, 'q')}`
    ],
    [
      '1password-secret-key',
      'key: A3-QW7RT2-K8LM3N-P4XZ9-B2C7D-H5J8K-M3N6P',
      'A3-QW7RT2-K8LM3N-P4XZ9-B2C7D-H5J8K-M3N6P'
    ],
    ['1password-secret-key', 'key: A3-QW7RT2-K8LM3NP4XZ9-B2C7D-H5J8K-M3N6P', 'A3-QW7RT2-K8LM3NP4XZ9-B2C7D-H5J8K-M3N6P'],
    [
      'databricks-api-token',
      'DATABRICKS_TOKEN=dapi7c2e9f4b1ad8h3g6e0b5c9d2a7f4e1b8',
      'dapi7c2e9f4b1ad8h3g6e0b5c9d2a7f4e1b8'
    ],
    [
      'slack-webhook-url',
      'url: https://hooks.slack.com/workflows/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',
      'hooks.slack.com/workflows/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'
    ]
  ])('%s finds the documented form in %s', (id, line, value) => {
    expect(detect(line).map(f => [f.rule.id, f.secret])).toContainEqual([id, value])
  })

  test('the generic rule skips a line without an operator and finds on every other line what its regex finds', () => {
    const rule = builtinRules().find(r => r.id === GENERIC_RULE_ID)!
    const bare = new RegExp(rule.source!, 'gi')
    const random = seededRandom(2026)
    // names, every ASCII punctuation mark (an operator the regex gains is among them) and values
    const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t'.split('')
    const names = [...GENERIC_NAMES, 'API_KEY', 'Secret']
    const pick = (from: string[]) => from[Math.floor(random() * from.length)]
    let matched = 0
    let skipped = 0
    for (let i = 0; i < 4000; i++) {
      // a name, up to four marks, a value: the regex's shape and its near misses
      const marks = Array.from({ length: Math.floor(random() * 5) }, () =>
        pick(random() < 0.5 ? punctuation : ['=', ':', ' ', '"', "'", ','])
      ).join('')
      const line = `${pick(['', 'x', ' ', '"'])}${pick(names)}${marks}${pick(['Zq7vK2mPx9Lw4Rt', 'ab', '"Zq7vK2mPx9Lw4Rt"'])}`
      const expected = [...line.matchAll(bare)].map(m => m.index)
      expect([[...rule.matcher!.matches(line)].map(m => m.matchIndex), line]).toEqual([expected, line])
      matched += expected.length ? 1 : 0
      skipped += GENERIC_OPERATORS.some(o => line.includes(o)) ? 0 : 1
    }
    expect(matched).toBeGreaterThan(200)
    expect(skipped).toBeGreaterThan(200)
  })

  test("pkcs12-file matches exactly the paths that gitleaks' pattern for it matches", () => {
    const rule = builtinRules().find(r => r.id === 'pkcs12-file')!
    const gitleaks = /(?:^|\/)[^/]+\.p(?:12|fx)$/i
    const random = seededRandom(12)
    const parts = ['a', '.', '/', 'p', 'P', '12', 'fx', 'FX', 'x', '.p12', '.pfx']
    const paths = [
      ...['client.p12', 'certs/client.PFX', '.p12', 'a/.pfx', 'a..p12', 'a.p12/b', 'p12', 'a.p1', '/x.pfx', 'a/b.p12x'],
      ...Array.from({ length: 3000 }, () =>
        Array.from({ length: 1 + Math.floor(random() * 6) }, () => parts[Math.floor(random() * parts.length)]).join('')
      )
    ]
    for (const path of paths) expect([path, rule.path!.test(path)]).toEqual([path, gitleaks.test(path)])
    expect(paths.filter(p => gitleaks.test(p)).length).toBeGreaterThan(300)
  })
})
