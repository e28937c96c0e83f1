import type { RuleMatch, RuleMatcher } from '../rules/rule.js'

const NONE: readonly RuleMatch[] = Object.freeze([])

/** whether `text` holds one of `literals` (a loop: no closure for each line) */
function holdsOne(text: string, literals: string[]): boolean {
  for (const literal of literals) if (text.includes(literal)) return true
  return false
}

/**
 * A built-in rule's regex on V8's engine. Only for sources from `shape.ts` and the hand-checked sources in
 * `builtin.ts`, which are linear-time by construction; user regexes go to `Re2Matcher`.
 *
 * Compiled the first time a line with one of the rule's keywords reaches it: most scans need a few of the built-in
 * rules, and every built-in source is compiled by the rule tests (`builtin.test.ts`), so none can fail late. Custom
 * rules stay compiled up front, where a bad regex is reported with its rule.
 *
 * `needs`: literals of which every match contains one, in this case (a token's prefix, the `@` of a URL with a
 * password). A line with none of them is not run through the regex: the keyword pass matched it without regard to
 * case (`sk` in `task` for Twilio's `SK…`), and a substring search is much cheaper than a regex that fails.
 */
export class JsRegexMatcher implements RuleMatcher {
  private compiled: RegExp | undefined

  constructor(
    readonly source: string,
    private readonly flags: string,
    readonly needs: string[] = []
  ) {}

  private get regex(): RegExp {
    return (this.compiled ??= new RegExp(this.source, `gd${this.flags}`))
  }

  /** the matches in `text` (an array, not a generator: most calls find nothing, and then allocate nothing) */
  matches(text: string): readonly RuleMatch[] {
    if (this.needs.length && !holdsOne(text, this.needs)) return NONE
    const regex = this.regex
    regex.lastIndex = 0
    let found: RuleMatch[] | undefined
    let m: RegExpExecArray | null
    while ((m = regex.exec(text)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex++
        continue
      }
      // the first group that took part: a source may say where the secret is in each of its alternatives
      let group = 1
      while (group < m.length && m[group] === undefined) group++
      if (group === m.length) group = 0
      const start = m.indices?.[group]?.[0] ?? m.index
      ;(found ??= []).push({ secret: m[group], index: start, match: m[0], matchIndex: m.index })
    }
    return found ?? NONE
  }
}
