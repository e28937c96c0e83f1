import { describe, expect, test } from '@jest/globals'
import { Detector } from '../engine/detector.js'
import { BUILTIN_SPECS, builtinRules } from './builtin.js'
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
})
