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

/**
 * Like onlyTypedErrors, with the time one input may take and the memory its result may hold (as JSON, relative to the
 * input): a parser that loops or amplifies a small hostile input into a huge result fails here.
 */
export function boundedParse<T>(
  parse: (input: string) => T,
  bounds: { ms?: number; amplification?: number; also?: Array<new (...args: never[]) => Error> } = {}
): (input: string) => void {
  const ms = bounds.ms ?? 2_000
  const amplification = bounds.amplification ?? 200
  return input => {
    const started = performance.now()
    let result: T | undefined
    try {
      result = parse(input)
    } catch (error) {
      if (!(error instanceof CiSuiteError) && !(bounds.also ?? []).some(kind => error instanceof kind)) throw error
    }
    const took = performance.now() - started
    if (took > ms) throw new Error(`one parse took ${Math.round(took)} ms (bound ${ms} ms) for ${input.length} chars`)
    if (result !== undefined) {
      const size = jsonSize(result)
      if (size > amplification * input.length + 100_000)
        throw new Error(`a ${input.length}-char input gave a ${size}-char result (bound ${amplification}x)`)
    }
  }
}

/** The size of a value written as JSON, with Maps and Sets counted by their entries. */
export function jsonSize(value: unknown): number {
  return JSON.stringify(value, (_key, v) => (v instanceof Map || v instanceof Set ? [...v] : v))?.length ?? 0
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every place in a JSON value, as the path of keys that reaches it. */
function jsonPaths(value: Json, path: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(path)
  if (Array.isArray(value)) value.forEach((v, i) => jsonPaths(v, [...path, i], out))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) jsonPaths(v, [...path, k], out)
  return out
}

function replaceAt(root: Json, path: Array<string | number>, replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null
  const copy = structuredClone(root) as Record<string | number, Json>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>
  const last = path[path.length - 1] as string | number
  if (replacement === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1)
    else delete node[last]
  } else node[last] = replacement
  return copy
}

/**
 * Real JSON samples with one to four of their values replaced by another JSON value of any type, or deleted: the
 * structurally wrong but well-formed documents that text mutations rarely reach (`null` where an object belongs).
 */
export function mutatedJsonFrom(samples: string[]): fc.Arbitrary<string> {
  const values = samples.map(s => JSON.parse(s) as Json)
  const edit = fc.tuple(fc.nat(), fc.option(fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>, { nil: undefined }))
  return fc.tuple(fc.constantFrom(...values), fc.array(edit, { minLength: 1, maxLength: 4 })).map(([value, edits]) =>
    JSON.stringify(
      edits.reduce((doc, [at, replacement]) => {
        const paths = jsonPaths(doc)
        return replaceAt(doc, paths[at % paths.length] as Array<string | number>, replacement)
      }, value)
    )
  )
}

/** Text mutations and structural JSON mutations of the same samples, half and half. */
export function mutatedJsonOrTextFrom(samples: string[]): fc.Arbitrary<string> {
  return fc.oneof(mutatedFrom(samples), mutatedJsonFrom(samples))
}
