import fc from 'fast-check'
import { CiSuiteError } from '@ci-suite/core'

/** Nasty fragments that real inputs meet: workflow commands, escapes, NULs, BOMs, huge numbers, deep nesting. */
const FRAGMENTS = [
  '::error::injected',
  '%0A::set-output name=x::y',
  '\u0000',
  '\ufeff',
  '\r\n',
  '\n\n\n',
  '"',
  "'",
  '<!ENTITY x "y">',
  '&x;',
  '99999999999999999999999',
  '-1',
  'NaN',
  '{',
  '}',
  '[',
  ']',
  '\\',
  '../../../../etc/passwd',
  '\u202e',
  'é',
  '🙂'
]

type Mutation = (s: string) => string

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.nat({ max: 64 })).map(([at, len]) => (s: string) => {
    const i = s.length ? at % s.length : 0
    return s.slice(0, i) + s.slice(i + len)
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...FRAGMENTS)).map(([at, frag]) => (s: string) => {
    const i = s.length ? at % s.length : 0
    return s.slice(0, i) + frag + s.slice(i)
  }),
  fc.tuple(fc.nat(), fc.string({ maxLength: 16 })).map(([at, text]) => (s: string) => {
    const i = s.length ? at % s.length : 0
    return s.slice(0, i) + text + s.slice(i)
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 200 })).map(([at, len]) => (s: string) => {
    const i = s.length ? at % s.length : 0
    return s.slice(0, i) + s.slice(i, i + len) + s.slice(i)
  }),
  fc.nat().map(at => (s: string) => s.slice(0, s.length ? at % s.length : 0)),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (s: string) => {
    const lines = s.split('\n')
    if (lines.length < 2) return s
    const i = a % lines.length
    const j = b % lines.length
    ;[lines[i], lines[j]] = [lines[j], lines[i]]
    return lines.join('\n')
  })
)

/** Real samples, each mutated one to eight times. */
export function mutatedFrom(samples: string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...samples), fc.array(mutation, { minLength: 1, maxLength: 8 }))
    .map(([sample, mutations]) => mutations.reduce((s, m) => m(s), sample))
}

export const RUNS = 10_000

/** A parser may return anything or throw our typed error; any other throw is a bug. */
export function onlyTypedErrors(parse: (input: string) => unknown): (input: string) => void {
  return input => {
    try {
      parse(input)
    } catch (error) {
      if (!(error instanceof CiSuiteError)) throw error
    }
  }
}

export async function onlyTypedErrorsAsync(parse: (input: string) => Promise<unknown>, input: string): Promise<void> {
  try {
    await parse(input)
  } catch (error) {
    if (!(error instanceof CiSuiteError)) throw error
  }
}
