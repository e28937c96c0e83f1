import { describe, expect, test } from '@jest/globals'
import { parseGitleaksConfig } from '../config/gitleaks-config.js'
import { BUILTIN_SPECS, builtinRules } from '../rules/builtin.js'
import { sampleValue, seededRandom } from '../rules/samples.js'
import { Detector } from './detector.js'

const random = seededRandom(11)
const value = (id: string) =>
  sampleValue(
    BUILTIN_SPECS.find(s => s.id === id)!,
    random
  )

function scan(detector: Detector, line: string, path = 'a.txt') {
  const rules = detector.candidates(line)
  return rules ? detector.scanLine(line, 1, { path }, rules).map(d => [d.rule.id, d.column]) : []
}

describe('the detector', () => {
  const detector = new Detector(builtinRules(), [])

  test('finds several secrets on one line, each with its column, whatever the case of the keywords around them', () => {
    const stripe = value('stripe-access-token')
    const twilio = value('twilio-api-key')
    const line = `PAY=${stripe} SMS=${twilio}`
    expect(scan(detector, line)).toEqual([
      ['stripe-access-token', 5],
      ['twilio-api-key', line.indexOf(twilio) + 1]
    ])
  })

  test('the generic rule reads the whole name before its keyword, dots, dashes and underscores included', () => {
    const sha = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
    // a value named a token outright is a finding, hash-shaped or not; the same value of a commit's token is its hash
    expect(scan(detector, `token = "${sha}"`)).toEqual([['generic-api-key', 10]])
    for (const name of ['commit.token', 'commit-token', 'commit_token', 'git.commit-x.token'])
      expect([name, scan(detector, `${name} = "${sha}"`)]).toEqual([name, []])
  })

  test('a provider rule wins over the generic rule on the same value', () => {
    expect(scan(detector, `api_token = "${value('github-pat')}"`)).toEqual([['github-pat', 14]])
  })

  test('in GitHub’s basic-auth URL the token is the user name, before the fixed password x-oauth-basic', () => {
    const token = '3f7a9c2e8b1d4f6a0c5e7b9d2f4a6c8e0b1d3f5a'
    const line = `git clone https://${token}:x-oauth-basic@github.com/octo/app.git`
    const found = detector.scanLine(line, 1, { path: 'ci.sh' }, detector.candidates(line)!)
    expect(found.map(d => [d.rule.id, d.secret, d.column])).toEqual([
      ['url-embedded-credentials', token, line.indexOf(token) + 1]
    ])
    // any other password is the secret, as before
    const password = 'Zq8vR2mK7pL4'
    const other = `https://deploy:${password}@github.com/octo/app.git`
    expect(detector.scanLine(other, 1, { path: 'ci.sh' }, detector.candidates(other)!).map(d => d.secret)).toEqual([
      password
    ])
  })

  test.each([
    ['config.set("api_secret", "q8Zr-T2vLm9X!wP4sK")', 27],
    ["headers.set('X-Api-Key',  'Zx81kQ2mPa90rT55')", 28],
    ['creds = ["api_token", "Qm7Rt2Xw9Lp4Zk8V"]', 24]
  ])('a secret written beside its name as two string literals is found: %s', (line, column) => {
    expect(scan(detector, line)).toEqual([['generic-api-key', column]])
  })

  test.each([
    'ok = authenticate(password, storedHashFromDb)',
    'sign(token, "HS256Algorithm")',
    'check_password(user, "Zx81kQ2mPa90rT55")',
    'SECRET_KEY = os.environ["SECRET_KEY"]',
    // an environment lookup's default stays a decoy, as the placeholder classes have it
    'SECRET_KEY = os.environ.get("SECRET_KEY", "q8Zr-T2vLm9X!wP4sK")'
  ])('a name beside a variable, or a call on it, is no assignment: %s', line => {
    expect(scan(detector, line)).toEqual([])
  })

  test('a rule whose keywords a line holds several times runs once on it, in the order its keywords first come', () => {
    const line = 'api_key = token; password = secret; key = "q8Zr-T2vLm9X!wP4sK" # sk_live, AKIA'
    const ids = [...detector.candidates(line)!].map(rule => rule.id)
    expect(ids.filter(id => id === 'generic-api-key')).toEqual(['generic-api-key'])
    expect(ids.indexOf('generic-api-key')).toBeLessThan(ids.indexOf('aws-access-token'))
    // and its one run finds the value once
    expect(scan(detector, line)).toEqual([['generic-api-key', line.indexOf('q8Zr') + 1]])
  })

  test('a line without any keyword runs no rule', () => {
    expect(detector.candidates('const answer = computeTheAnswer(42) // nothing here')).toBeUndefined()
  })

  test('a line lacking every character its rules need can be passed over before decoding; a key marker never is', () => {
    /** what the tree scan asks of one line: the needs of the states its keywords end in, then the line's bytes */
    const mayMatch = (line: string): boolean => {
      const bytes = Buffer.from(line)
      let needs = 0
      const hits = detector.keywords.scanBytes(bytes)
      for (let h = 0; h < hits; h++) needs |= detector.needsOf(detector.keywords.hitState(h))
      return detector.mayMatch(bytes, 0, bytes.length, needs)
    }
    // the generic rule needs `=`, `:` or `,`; the URL rule needs `@`
    expect(mayMatch('the password is hunter2 and the token is long')).toBe(false)
    expect(mayMatch('see https://example.com/docs for more')).toBe(false)
    for (const line of ['password = hunter2', 'token: x', 'f("token", "x")', 'https://user@example.com'])
      expect([line, mayMatch(line)]).toEqual([line, true])
    // a provider rule needs its prefix, more than one character: its keyword is enough
    expect(mayMatch(`export ${value('github-pat')}`)).toBe(true)
    // the private-key marker, which the scanner follows across lines, needs nothing
    expect(mayMatch('-----BEGIN OPENSSH PRIVATE KEY-----')).toBe(true)
  })
  test('a custom rule without keywords sees every line; one with a path only runs on matching files', () => {
    const custom = new Detector(
      parseGitleaksConfig(
        `[[rules]]\nid = "anything"\nregex = '''ZZ-[0-9]{6}'''\n[[rules]]\nid = "only-ini"\nregex = '''QQ-[0-9]{6}'''\npath = '''\\.ini$'''\n`,
        'g.toml'
      ).rules,
      []
    )
    expect(scan(custom, 'x ZZ-123456 QQ-654321')).toEqual([['anything', 3]])
    expect(scan(custom, 'x ZZ-123456 QQ-654321', 'conf/app.ini')).toEqual([
      ['anything', 3],
      ['only-ini', 13]
    ])
  })

  test('entropy thresholds drop low-entropy values of assignment rules and count them', () => {
    const d = new Detector(builtinRules(), [])
    expect(scan(d, 'api_secret = "abababab12121212"')).toEqual([])
    expect(d.stats.belowEntropy + (d.stats.decoys.filler ?? 0)).toBeGreaterThan(0)
  })
})
