import { RE2JS } from 're2js'
import { ConfigurationError } from '@ci-suite/core'
import type { RuleMatch, RuleMatcher, RegexTest } from '../rules/rule.js'

/**
 * A user's regex (gitleaks config, Go RE2 syntax: `(?i)`, `(?P<name>...)`, `\z`) on re2js, a linear-time RE2 port:
 * a custom rule can be slow but never catastrophic.
 */
export class Re2Matcher implements RuleMatcher {
  private readonly pattern: RE2JS

  constructor(
    readonly source: string,
    private readonly secretGroup: number | undefined,
    where: string
  ) {
    this.pattern = compileRe2(source, where)
  }

  *matches(text: string): Iterable<RuleMatch> {
    const m = this.pattern.matcher(text)
    const groups = this.pattern.groupCount()
    while (m.find()) {
      const whole = m.group(0) ?? ''
      let group = this.secretGroup ?? 0
      if (this.secretGroup === undefined && groups > 0) {
        // gitleaks: without secretGroup the first non-empty group is the secret
        for (let g = 1; g <= groups; g++) {
          const value = m.group(g)
          if (value) {
            group = g
            break
          }
        }
      }
      const secret = m.group(group) ?? whole
      yield { secret, index: group > 0 ? m.start(group) : m.start(), match: whole, matchIndex: m.start() }
      if (whole.length === 0 && m.end() >= text.length) break
    }
  }
}

/** compiled patterns by source: a config's rules are checked when read and compiled once (re2js takes 0.4 to 3 ms) */
const compiled = new Map<string, RE2JS>()

export function compileRe2(source: string, where: string): RE2JS {
  const known = compiled.get(source)
  if (known) return known
  try {
    const pattern = RE2JS.compile(source)
    compiled.set(source, pattern)
    return pattern
  } catch (error) {
    throw new ConfigurationError(
      `${where}: the regex ${JSON.stringify(source)} is not valid RE2 syntax (${(error as Error).message})`
    )
  }
}

export function re2Test(source: string, where: string): RegexTest {
  const pattern = compileRe2(source, where)
  return { source, test: text => pattern.matcher(text).find() }
}
