import { describe, expect, test } from '@jest/globals'
import { BUILTIN_SPECS, builtinRules } from '../rules/builtin.js'
import { sampleValue, seededRandom } from '../rules/samples.js'
import { Re2Matcher } from './re2-matcher.js'
import { Detector } from './detector.js'

const MB = 1024 * 1024

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
}

function timeScan(detector: Detector, line: string): number {
  const started = performance.now()
  const rules = detector.candidates(line)
  if (rules) detector.scanLine(line, 1, { path: 'adversarial.txt' }, rules)
  const keys = detector.privateKeys()
  keys?.line(line, 1)
  keys?.finish()
  return performance.now() - started
}

/** the rules that read lines (a path-only rule such as pkcs12-file reads none) */
const rules = builtinRules().filter(r => r.kind !== 'file')

/** Near-misses for a rule: its keyword over and over, its value cut short, its prefix followed by endless value characters. */
function adversarialUnits(id: string): string[] {
  const rule = rules.find(r => r.id === id)!
  const spec = BUILTIN_SPECS.find(s => s.id === id)
  const keyword = rule.keywords[0]
  const units = [keyword, `${keyword}-`, `${keyword}.`, `${keyword}=`, `${keyword} = "`, `${keyword}a`]
  if (spec) {
    const value = sampleValue(spec, seededRandom(1))
    units.push(`${value.slice(0, -1)} `, `${value.slice(0, -1)}-`, value.slice(0, Math.ceil(value.length / 2)))
  }
  return units
}

describe('every rule takes linear time on adversarial lines', () => {
  test.each(rules.map(r => [r.id]))('%s on 512 KB lines of near-misses', id => {
    const detector = new Detector(
      rules.filter(r => r.id === id),
      []
    )
    for (const unit of adversarialUnits(id)) {
      expect(timeScan(detector, fill(unit, MB / 2))).toBeLessThan(5000)
    }
  })

  const detector = new Detector(rules, [])
  test.each([
    ['JWT starts', 'ey'],
    ['JWT segments', 'eyJhbGciOiJIUzI1NiJ9.'],
    ['dashes after a JWT start', 'ey-'],
    ['generic assignments', 'password='],
    ['generic names', 'api_key: "'],
    ['URL credentials', '://user:pass'],
    ['private key markers', '-----BEGIN RSA PRIVATE KEY-----'],
    ['every keyword', rules.flatMap(r => r.keywords).join(' ')]
  ])('all rules together on a 10 MB line of %s', (_name, unit) => {
    expect(timeScan(detector, fill(unit, 10 * MB))).toBeLessThan(15000)
  })

  test('a custom rule runs on RE2: a catastrophic pattern for backtracking engines finishes on a 1 MB line', () => {
    const matcher = new Re2Matcher('(a+)+$', undefined, 'test')
    const started = performance.now()
    expect([...matcher.matches(`${'a'.repeat(MB)}!`)]).toEqual([])
    expect(performance.now() - started).toBeLessThan(15000)
  })
})
