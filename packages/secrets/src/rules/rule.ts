/**
 * A detection rule. Built-in rules are written as token shapes (see `shape.ts`) and compiled to JavaScript regexes
 * that are linear-time by construction; custom rules from a gitleaks config run on an RE2 engine (`re2-matcher.ts`).
 */
export interface RuleMatcher {
  /** every match in the text: the secret, where it starts (0-based), and the whole match */
  matches(text: string): Iterable<RuleMatch>
  /** literals of which every match holds one, in their case; none known when empty or absent */
  readonly needs?: readonly string[]
}

export interface RuleMatch {
  secret: string
  /** index of the secret in the text */
  index: number
  /** the whole regex match */
  match: string
  /** index of the whole match */
  matchIndex: number
}

export interface Allowlist {
  description?: string
  /** OR (default): any criterion allows; AND: every given criterion must */
  condition: 'OR' | 'AND'
  commits: string[]
  paths: RegexTest[]
  regexes: RegexTest[]
  regexTarget: 'secret' | 'match' | 'line'
  stopwords: string[]
  /** global allowlists only: the rules this applies to (all when empty) */
  targetRules: string[]
}

export interface RegexTest {
  source: string
  test(text: string): boolean
}

export type RuleKind = 'token' | 'assignment' | 'generic' | 'private-key' | 'file' | 'custom'

export interface Rule {
  id: string
  description: string
  /** lower-case substrings; a line without any of them is never matched (a rule without keywords sees every line) */
  keywords: string[]
  matcher?: RuleMatcher
  /** a regex on the file path: alone it flags the file itself; with a matcher it limits where the matcher runs */
  path?: RegexTest
  /** minimum Shannon entropy of the secret for a finding */
  entropy?: number
  kind: RuleKind
  /** where to rotate this kind of secret */
  rotate?: string
  allowlists: Allowlist[]
  /** the regex source, for SARIF help and debugging */
  source: string
  /** gitleaks composite rule: reported only when each of these rules also matches nearby in the same file */
  required?: RequiredRule[]
  /** gitleaks `skipReport`: a helper of composite rules, never reported itself */
  skipReport?: boolean
  /** a custom regex written to match across line breaks: run on a whole file (or a file's added lines), not a line */
  multiLine?: boolean
}

/** `[[rules.required]]`: another rule that must match within so many lines and/or columns of the finding */
export interface RequiredRule {
  id: string
  withinLines?: number
  withinColumns?: number
}

export function emptyAllowlist(): Allowlist {
  return { condition: 'OR', commits: [], paths: [], regexes: [], regexTarget: 'secret', stopwords: [], targetRules: [] }
}
