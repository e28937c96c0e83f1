import type { RuleMatch, RuleMatcher } from '../rules/rule.js'

/**
 * A built-in rule's regex on V8's engine. Only for sources from `shape.ts` and the hand-checked sources in
 * `builtin.ts`, which are linear-time by construction; user regexes go to `Re2Matcher`.
 */
export class JsRegexMatcher implements RuleMatcher {
  private readonly regex: RegExp

  constructor(
    readonly source: string,
    flags: string
  ) {
    this.regex = new RegExp(source, `gd${flags}`)
  }

  *matches(text: string): Iterable<RuleMatch> {
    const regex = this.regex
    regex.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = regex.exec(text)) !== null) {
      if (m[0].length === 0) {
        regex.lastIndex++
        continue
      }
      const group = m[1] !== undefined ? 1 : 0
      const start = m.indices?.[group]?.[0] ?? m.index
      yield { secret: m[group], index: start, match: m[0], matchIndex: m.index }
    }
  }
}
