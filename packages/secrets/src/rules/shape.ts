/**
 * Token shapes: a built-in rule is a sequence of literals and character runs. The same shape compiles to the rule's
 * regex and generates look-alike values for tests, so a rule and its test data cannot drift apart.
 *
 * Why the compiled regexes are linear-time on a backtracking engine: a match may only start where the character before
 * it cannot belong to the first run (a look-behind), so two starts never scan the same first run; each run is
 * followed by a literal or a look-ahead on characters the run cannot hold, so a failed attempt backtracks at most
 * once through each of its runs; and a shape has a fixed, small number of runs. Assignment shapes start at a keyword
 * and have only bounded runs. `builtin.test.ts` checks this on 10 MB adversarial lines for every rule.
 */
export interface Run {
  /** the body of a regex character class, with `-` written as `\-` */
  set: string
  min: number
  /** undefined: unbounded (only allowed in token shapes, guarded by the look-behind) */
  max?: number
}

/** one of several literals (`AKIA`, `ASIA`, ...) */
export interface Choice {
  oneOf: string[]
}

export type Segment = string | Run | Choice

export const run = (set: string, min: number, max: number = min): Run => ({ set, min, max })
export const openRun = (set: string, min: number): Run => ({ set, min, max: MAX_SEGMENT })
export const oneOf = (...options: string[]): Choice => ({ oneOf: options })

export const ALNUM = 'A-Za-z0-9'
export const LOWER_ALNUM = 'a-z0-9'
export const UPPER_ALNUM = 'A-Z0-9'
export const HEX = 'a-f0-9'
export const WORD = 'A-Za-z0-9_'
export const WORD_DASH = 'A-Za-z0-9_\\-'
export const BASE64 = 'A-Za-z0-9+/'

/** runs longer than this get the look-behind guard; shorter ones cost a bounded amount per start anyway */
const LONG_RUN = 256

/**
 * The longest run a JWT segment may have. V8 keeps one backtrack entry per character of a greedy run, so an
 * unbounded run over a 10 MB line overflows its stack; a bound keeps memory constant and time linear.
 */
export const MAX_SEGMENT = 16384

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}

function quantifier(r: Run): string {
  if (r.max === undefined) return `{${r.min},}`
  return r.min === r.max ? `{${r.min}}` : `{${r.min},${r.max}}`
}

export function segmentsSource(segments: Segment[]): string {
  return segments
    .map(s => {
      if (typeof s === 'string') return escapeRegex(s)
      if ('oneOf' in s) return `(?:${s.oneOf.map(escapeRegex).join('|')})`
      return `[${s.set}]${quantifier(s)}`
    })
    .join('')
}

export function isRun(segment: Segment | undefined): segment is Run {
  return typeof segment === 'object' && 'set' in segment
}

function runs(segments: Segment[]): Run[] {
  return segments.filter(isRun)
}

/** The lower-case literal a token starts with: its keywords. */
export function leadingLiterals(segments: Segment[]): string[] {
  return literalPrefixes(segments).map(o => o.toLowerCase())
}

/** The same literals in their own case: every match of a case-sensitive shape contains one of them. */
export function literalPrefixes(segments: Segment[]): string[] {
  const first = segments[0]
  if (typeof first === 'string') return [first]
  if (first && 'oneOf' in first) return first.oneOf
  return []
}

/** A token with a fixed prefix: `(?<![boundary])(shape)(?![last run])`. */
export function tokenSource(segments: Segment[]): string {
  const first = runs(segments)[0]
  const startsWithRun = isRun(segments[0])
  // a long first run (or a shape that starts with a run) must not start inside a run an earlier attempt scanned
  const guard = first && (first.max === undefined || first.max > LONG_RUN || startsWithRun) ? first.set : ''
  const last = segments[segments.length - 1]
  const behind = `(?<![A-Za-z0-9${guard}])`
  const ahead = isRun(last) && last.max !== undefined ? `(?![${last.set}])` : ''
  return `${behind}(${segmentsSource(segments)})${ahead}`
}

/** The operator between a name and its value, in the forms config files and code use (gitleaks' set). */
export const ASSIGNMENT = `[\\s'"]{0,3}(?:={1,2}>?|:{1,3}=?|\\?=|\\|\\||,|>)[\\s'"\`=]{0,5}`

/** A value named after its provider: `<name>[_.-words] = value`. */
export function assignmentSource(names: string[], value: Segment[]): string {
  const last = value[value.length - 1]
  const ahead = isRun(last) ? `(?![${last.set}])` : ''
  for (const r of runs(value)) if (r.max === undefined) throw new Error('assignment values must be bounded')
  return `(?:${names.map(escapeRegex).join('|')})[\\w.\\-]{0,20}${ASSIGNMENT}(${segmentsSource(value)})${ahead}`
}

/** The characters a class body stands for (ranges, `\w`, `\d`, escapes). */
export function expandSet(set: string): string[] {
  const chars: string[] = []
  for (let i = 0; i < set.length; i++) {
    let c = set[i]
    if (c === '\\') {
      const next = set[++i]
      if (next === 'w') {
        chars.push(...expandSet('A-Za-z0-9_'))
        continue
      }
      if (next === 'd') {
        chars.push(...expandSet('0-9'))
        continue
      }
      c = next
    } else if (set[i + 1] === '-' && i + 2 < set.length) {
      const end = set[i + 2]
      for (let code = c.charCodeAt(0); code <= end.charCodeAt(0); code++) chars.push(String.fromCharCode(code))
      i += 2
      continue
    }
    chars.push(c)
  }
  return [...new Set(chars)]
}

/** A value of the shape, from a source of random numbers in [0, 1). */
export function sampleShape(segments: Segment[], random: () => number): string {
  return segments
    .map(s => {
      if (typeof s === 'string') return s
      if ('oneOf' in s) return s.oneOf[Math.floor(random() * s.oneOf.length)]
      const chars = expandSet(s.set)
      const length = s.max === undefined ? s.min + 8 : s.min + Math.floor(random() * (s.max - s.min + 1))
      let out = ''
      for (let i = 0; i < length; i++) out += chars[Math.floor(random() * chars.length)]
      return out
    })
    .join('')
}
