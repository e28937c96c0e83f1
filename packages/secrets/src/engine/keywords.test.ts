import { describe, expect, test } from '@jest/globals'
import { seededRandom } from '../rules/samples.js'
import { KeywordAutomaton } from './keywords.js'

const KEYWORDS = ['ghp_', 'secret', 'secret_access_key', 'key', 'q~', '://', 'password']

/** every (end byte offset, keyword) pair by a plain case-insensitive search over the UTF-8 bytes */
function naive(text: string): string[] {
  const lower = Buffer.from(text, 'utf8').toString('latin1').toLowerCase()
  const out: string[] = []
  KEYWORDS.forEach(k => {
    for (let i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) out.push(`${i + k.length - 1}:${k}`)
  })
  return out.sort()
}

function hits(automaton: KeywordAutomaton, text: string): string[] {
  const bytes = new TextEncoder().encode(text)
  const count = automaton.scanBytes(bytes)
  const out: string[] = []
  let last = -1
  for (let i = 0; i < count; i++) {
    expect(automaton.hitEnd(i)).toBeGreaterThanOrEqual(last)
    last = automaton.hitEnd(i)
    for (const k of automaton.outputs[automaton.hitState(i)])
      out.push(`${automaton.hitEnd(i)}:${automaton.keywords[k]}`)
  }
  return out.sort()
}

describe('the keyword automaton', () => {
  const automaton = new KeywordAutomaton(KEYWORDS)

  test.each([
    ['nothing to see here', []],
    ['AWS_SECRET_ACCESS_KEY=x', ['9:secret', '20:key', '20:secret_access_key']],
    ['url = "https://PassWord@host"', ['14:://', '22:password']],
    ['an azure 8Q~ secret', ['11:q~', '18:secret']]
  ])('finds every keyword in %j, in any case, nested ones too', (text, expected) => {
    expect(hits(automaton, text)).toEqual([...expected].sort())
  })

  test('a large input walked in parts finds each hit once, in order, also across the boundaries between them', () => {
    // JavaScript walks two halves, WebAssembly four quarters: the longest keyword is placed across each boundary
    const inJavaScript = new KeywordAutomaton(KEYWORDS, { wasm: false })
    const random = seededRandom(7)
    const pieces = ['secret', 'key', 'ghp_', '://', ' ', 'x', 'é', '\n', 'Password', 'secre']
    for (const size of [511, 512, 4096, 10_000, 50_001]) {
      let text = ''
      while (text.length < size) text += pieces[Math.floor(random() * pieces.length)]
      expect(hits(automaton, text)).toEqual(naive(text))
      expect(hits(inJavaScript, text)).toEqual(naive(text))
      // ending just before a boundary, on it and just after it
      const length = new TextEncoder().encode(text).length
      const quarter = length >> 2
      for (const boundary of [length >> 1, quarter, 2 * quarter, 3 * quarter])
        for (const shift of [-1, 0, 1, 8, 16, 17]) {
          const start = Math.max(0, boundary - 16 + shift)
          const across = `${'-'.repeat(start)}secret_access_key${'-'.repeat(Math.max(0, length - start - 17))}`
          expect(hits(automaton, across)).toEqual(naive(across))
          expect(hits(inJavaScript, across)).toEqual(naive(across))
        }
    }
  })

  test('the WebAssembly pass and the JavaScript loop find the same hits in the same order, at every size', () => {
    const inJavaScript = new KeywordAutomaton(KEYWORDS, { wasm: false })
    const random = seededRandom(11)
    const pieces = ['secret', 'SECRET_ACCESS_KEY', 'ghp_', '://', ' ', 'x', 'é', '\n', 'q~', 'passwor', '\u0000']
    for (const size of [0, 1, 2, 15, 16, 17, 33, 511, 512, 513, 4096, 70_001, 300_000]) {
      let text = ''
      while (text.length < size) text += pieces[Math.floor(random() * pieces.length)]
      const bytes = new TextEncoder().encode(text)
      const pairs = (a: KeywordAutomaton, count: number) =>
        Array.from({ length: count }, (_, i) => `${a.hitEnd(i)}:${a.hitState(i)}`)
      const wasm = pairs(automaton, automaton.scanBytes(bytes))
      expect(wasm).toEqual(pairs(inJavaScript, inJavaScript.scanBytes(bytes)))
      expect(hits(automaton, text)).toEqual(naive(text))
    }
  })

  test('a file with more hits than the WebAssembly memory holds is walked in JavaScript, with every hit', () => {
    // 100,000 hits of "key", more than the 8,192 per quarter the module stores
    const text = 'key '.repeat(100_000)
    expect(hits(automaton, text)).toEqual(naive(text))
  })

  test('statesIn finds the same keywords in a string, a character above 255 matching none', () => {
    const line = 'Ω password ☃ key'
    const found = automaton.statesIn(line)!.flatMap(s => automaton.outputs[s].map(k => automaton.keywords[k]))
    expect(found.sort()).toEqual(['key', 'password'])
    expect(automaton.statesIn('ключ пароль')).toBeUndefined()
  })
})
