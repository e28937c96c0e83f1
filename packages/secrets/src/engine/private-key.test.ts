import { describe, expect, test } from '@jest/globals'
import { PrivateKeyTracker, type PrivateKeyResult } from './private-key.js'
import { samplePrivateKey, seededRandom } from '../rules/samples.js'

const found = (results: PrivateKeyResult[]) => results.flatMap(r => ('found' in r ? [r.found] : []))

describe('private keys', () => {
  test('a PEM key over several lines is found at its BEGIN line with its whole body', () => {
    const lines = samplePrivateKey(seededRandom(3), 'EC')
    const t = new PrivateKeyTracker()
    const results = lines.flatMap((l, i) => t.line(l, i + 10))
    const [key] = found([...results, ...t.finish()])
    expect(key).toMatchObject({ line: 10, column: 1, lastLine: 9 + lines.length, body: lines.slice(1, -1).join('') })
  })

  test('a key on one line with escaped newlines (a JSON service account file) is found', () => {
    const lines = samplePrivateKey(seededRandom(4), '')
    const json = `  "private_key": "${lines.join('\\n')}\\n",`
    const [key] = found(new PrivateKeyTracker().line(json, 5))
    expect(key.body).toBe(lines.slice(1, -1).join(''))
    expect(key.column).toBe(json.indexOf('-----BEGIN') + 1)
  })

  test('a comment after the BEGIN marker is no part of the key: the key is still found, with the same body', () => {
    const lines = samplePrivateKey(seededRandom(6), 'RSA')
    for (const comment of [' # gitleaks:allow', ' // a note', '  (deploy key)']) {
      const t = new PrivateKeyTracker()
      const commented = [lines[0] + comment, ...lines.slice(1)]
      const [key] = found([...commented.flatMap((l, i) => t.line(l, i + 1)), ...t.finish()])
      expect(key).toMatchObject({ line: 1, column: 1, body: lines.slice(1, -1).join('') })
      expect(key.parts.join('')).not.toContain(comment.trim())
    }
  })

  test('a key cut off before its END marker still counts when the body is long enough', () => {
    const lines = samplePrivateKey(seededRandom(5), 'OPENSSH').slice(0, -1)
    const t = new PrivateKeyTracker()
    lines.forEach((l, i) => t.line(l, i + 1))
    expect(found(t.finish())).toHaveLength(1)
  })

  test.each([
    ['an elided body', ['-----BEGIN RSA PRIVATE KEY-----', '...', '-----END RSA PRIVATE KEY-----']],
    ['a short body', ['-----BEGIN PRIVATE KEY-----', 'MIIBOgIBAAJBAKj34', '-----END PRIVATE KEY-----']],
    ['a placeholder', ['-----BEGIN PRIVATE KEY-----', 'x'.repeat(80), '-----END PRIVATE KEY-----']]
  ])('%s is a decoy, not a finding', (_name, lines) => {
    const t = new PrivateKeyTracker()
    const results = [...lines.flatMap((l, i) => t.line(l, i + 1)), ...t.finish()]
    expect(found(results)).toEqual([])
    expect(results.some(r => 'decoy' in r)).toBe(true)
  })

  test('public keys and certificates are not private keys', () => {
    const t = new PrivateKeyTracker()
    expect(t.line('-----BEGIN CERTIFICATE-----', 1)).toEqual([])
    expect(t.line('-----BEGIN PUBLIC KEY-----', 2)).toEqual([])
    expect(t.active).toBe(false)
  })
})
