import { PRIVATE_KEY_RULE_ID } from '../rules/builtin.js'
import type { Allowlist, Rule, RuleMatch } from '../rules/rule.js'
import { isAllowlisted } from './allowlist.js'
import { KeywordAutomaton } from './keywords.js'
import { shannonEntropy } from './entropy.js'
import { decoyClass, type DecoyClass } from './placeholders.js'
import { PrivateKeyTracker } from './private-key.js'

/** A secret found on one line of one file, before ignore files, baselines and de-duplication. */
export interface Detection {
  rule: Rule
  secret: string
  /** 1-based */
  line: number
  /** 1-based column of the secret */
  column: number
  entropy: number
}

export interface DetectionContext {
  path: string
  commit?: string
}

export interface DetectorStats {
  decoys: Partial<Record<DecoyClass, number>>
  allowlisted: number
  inlineAllowed: number
  /** findings on a line with an inline allow that this run does not honour (`inline-allow: false`) */
  inlineAllowOverridden: number
  belowEntropy: number
}

export interface DetectorOptions {
  /** honour `gitleaks:allow` and `ci-suite:allow` comments (default true; gitleaks' `--ignore-gitleaks-allow` is false) */
  inlineAllow?: boolean
}

const INLINE_ALLOW = /gitleaks:allow|ci-suite:allow/
const ASCII = /^[ -~]+$/
/** `needsOf` a state whose rules may match any line: one without known single-character needs, or the key marker */
const ANY_LINE = -1
/** bits for at most this many distinct needed characters (bit 31 is left clear, so no combination is ANY_LINE) */
const NEED_BITS = 30

/**
 * Finds secrets in lines. One case-insensitive pass for all rules' keywords (an Aho-Corasick automaton) decides which
 * rules look at a line; a line without keywords costs that one pass. Rules without keywords see every line.
 */
export class Detector {
  readonly stats: DetectorStats = {
    decoys: {},
    allowlisted: 0,
    inlineAllowed: 0,
    inlineAllowOverridden: 0,
    belowEntropy: 0
  }
  private readonly inlineAllow: boolean
  /** every line rule's keywords and the private-key marker, in one automaton */
  readonly keywords: KeywordAutomaton
  /** accepting state → the line rules whose keywords end there (empty for the private-key marker alone) */
  private readonly rulesByState: Rule[][]
  /**
   * accepting state → the bits (`needBit`) of the characters of which a line must hold one for any rule of the state
   * to match: the generic rule's `=`, `:` and `,`, the URL rule's `@`; ANY_LINE when one of its rules matches without
   * such a character, or the state ends the private-key marker
   */
  private readonly needsByState: Int32Array
  /** byte → its bit among the rules' needed characters, 0 for every other byte */
  private readonly needBit = new Int32Array(256)
  /** rules without keywords (some custom rules, and any with a keyword outside printable ASCII) see every line */
  readonly alwaysRules: Rule[]
  readonly privateKeyRule: Rule | undefined
  readonly pathOnlyRules: Rule[]
  /** custom rules written to match across line breaks: they see a whole file's text (see `scanText`), never a line */
  readonly multiLineRules: Rule[]
  /** ids of the rules that composite rules require (`[[rules.required]]`) */
  readonly helperIds: Set<string>

  constructor(
    readonly rules: Rule[],
    private readonly globalAllowlists: Allowlist[],
    options: DetectorOptions = {}
  ) {
    this.inlineAllow = options.inlineAllow ?? true
    this.privateKeyRule = rules.find(r => r.id === PRIVATE_KEY_RULE_ID && r.kind === 'private-key')
    const lineRules = rules.filter(r => r.matcher && !r.multiLine)
    this.multiLineRules = rules.filter(r => r.matcher && r.multiLine)
    this.pathOnlyRules = rules.filter(r => !r.matcher && r.path !== undefined && r.kind !== 'private-key')
    this.helperIds = new Set(rules.flatMap(r => r.required ?? []).map(r => r.id))
    this.alwaysRules = lineRules.filter(r => r.keywords.length === 0 || r.keywords.some(k => !ASCII.test(k)))
    const keyed = lineRules.filter(r => !this.alwaysRules.includes(r))
    const keywords = [
      ...new Set(
        [...keyed.flatMap(r => r.keywords), ...(this.privateKeyRule?.keywords ?? [])].map(k => k.toLowerCase())
      )
    ]
    this.keywords = KeywordAutomaton.for(keywords)
    const rulesByKeyword = new Map<string, Rule[]>()
    for (const rule of keyed)
      for (const keyword of new Set(rule.keywords.map(k => k.toLowerCase()))) {
        const list = rulesByKeyword.get(keyword)
        if (list) list.push(rule)
        else rulesByKeyword.set(keyword, [rule])
      }
    this.rulesByState = this.keywords.outputs.map(ks =>
      ks.length ? [...new Set(ks.flatMap(k => rulesByKeyword.get(keywords[k]) ?? []))] : []
    )
    const bitsOf = needBits(this.needBit)
    const marker = new Set(this.privateKeyRule?.keywords.map(k => k.toLowerCase()))
    this.needsByState = Int32Array.from(this.keywords.outputs, (ks, state) =>
      ks.some(k => marker.has(keywords[k])) ? ANY_LINE : this.rulesByState[state].reduce((b, r) => b | bitsOf(r), 0)
    )
  }

  /** The characters the rules of an accepting state need (see `needsByState`). */
  needsOf(state: number): number {
    return this.needsByState[state]
  }

  /**
   * Whether a line (bytes from `start` to `end`) can match rules that need `needs`: it holds one of those characters,
   * or `needs` is ANY_LINE. One pass over the line's bytes, before it is decoded.
   */
  mayMatch(bytes: Uint8Array, start: number, end: number, needs: number): boolean {
    if (needs === ANY_LINE) return true
    const bits = this.needBit
    for (let i = start; i < end; i++) if (bits[bytes[i]] & needs) return true
    return false
  }

  /** A tracker for one file's consecutive lines (private keys span lines). */
  privateKeys(): PrivateKeyTracker | undefined {
    return this.privateKeyRule ? new PrivateKeyTracker() : undefined
  }

  /** The line rules of an accepting state of `keywords`. */
  rulesOf(state: number): Rule[] {
    return this.rulesByState[state]
  }

  /** Which rules a line needs: undefined when none. */
  candidates(line: string): Set<Rule> | undefined {
    let found: Set<Rule> | undefined
    if (this.alwaysRules.length) found = new Set(this.alwaysRules)
    const states = this.keywords.statesIn(line)
    if (!states) return found
    for (const state of states) {
      const rules = this.rulesByState[state]
      if (rules.length === 0) continue
      found ??= new Set()
      for (const r of rules) found.add(r)
    }
    return found
  }

  /** Every finding on the line, after entropy, decoy and allowlist checks. */
  scanLine(line: string, lineNumber: number, context: DetectionContext, rules: Set<Rule>): Detection[] {
    const out: Array<Detection & { end: number }> = []
    for (const rule of rules) {
      if (rule.path && !rule.path.test(context.path)) continue
      for (const m of rule.matcher!.matches(line)) {
        const entropy = this.evaluate(rule, m, line, m.index, context)
        if (entropy === undefined) continue
        out.push({
          rule,
          secret: m.secret,
          line: lineNumber,
          column: m.index + 1,
          entropy,
          end: m.index + m.secret.length
        })
      }
    }
    if (out.length === 0) return out
    // a composite rule's helpers match on their own: they neither hide nor are hidden by overlapping findings
    const helpers = this.helperIds.size ? out.filter(d => this.helperIds.has(d.rule.id)) : []
    const kept = preferSpecific(helpers.length ? out.filter(d => !this.helperIds.has(d.rule.id)) : out)
    if (helpers.length) kept.push(...helpers.map(({ end: _end, ...d }) => d))
    if (this.holdsInlineAllow(line) && this.applyInlineAllow(kept.length)) return []
    return kept
  }

  /** whether text holds an inline allow comment (`gitleaks:allow`, `ci-suite:allow`) */
  holdsInlineAllow(text: string): boolean {
    return INLINE_ALLOW.test(text)
  }

  /**
   * `count` findings under an inline allow comment: whether they are allowed. They count as allowed, or as overridden
   * when this run does not honour such comments.
   */
  applyInlineAllow(count: number): boolean {
    if (this.inlineAllow) this.stats.inlineAllowed += count
    else this.stats.inlineAllowOverridden += count
    return this.inlineAllow
  }

  /**
   * One match after the decoy, entropy and allowlist checks: its entropy when it stands, undefined when it does not.
   * `line` is the line the secret starts on, `index` where in it.
   */
  private evaluate(
    rule: Rule,
    m: RuleMatch,
    line: string,
    index: number,
    context: DetectionContext
  ): number | undefined {
    if (!m.secret) return undefined
    const name = rule.kind === 'generic' ? assignmentName(line, m.matchIndex, m.match) : undefined
    const decoy = decoyClass({ secret: m.secret, line, index, kind: rule.kind, name })
    if (decoy) {
      this.stats.decoys[decoy] = (this.stats.decoys[decoy] ?? 0) + 1
      return undefined
    }
    // a provider-prefixed token needs no entropy: its format is the evidence
    const entropy = rule.kind === 'token' ? 0 : shannonEntropy(m.secret)
    if (rule.entropy !== undefined && rule.kind !== 'token' && entropy < rule.entropy) {
      this.stats.belowEntropy++
      return undefined
    }
    if (this.allowlisted(rule, m.secret, m.match, line, context)) return undefined
    return entropy
  }

  /**
   * The multi-line rules on a whole text: a file, or the added lines of one file in one commit joined by line breaks
   * (gitleaks' fragment). `lineNumbers[i]` is the number of the text's line i (the file's own numbers when absent).
   * A rule runs only where the text holds one of its keywords (in any case); the line the secret starts on stands for
   * the checks and the position, and `gitleaks:allow` on any line of the match allows it.
   */
  scanText(text: string, context: DetectionContext, lineNumbers?: number[]): Detection[] {
    const out: Detection[] = []
    let lower: string | undefined
    let starts: number[] | undefined
    for (const rule of this.multiLineRules) {
      if (rule.path && !rule.path.test(context.path)) continue
      if (rule.keywords.length) {
        lower ??= text.toLowerCase()
        if (!rule.keywords.some(k => lower!.includes(k))) continue
      }
      for (const m of rule.matcher!.matches(text)) {
        starts ??= lineStarts(text)
        const at = lineIndexOf(starts, m.index)
        const start = starts[at]!
        const next = starts[at + 1]
        const line = text.slice(start, next === undefined ? text.length : next - 1)
        const entropy = this.evaluate(rule, m, line, m.index - start, context)
        if (entropy === undefined) continue
        // the lines the whole match spans, from the start of its first to the end of its last
        const first = starts[lineIndexOf(starts, m.matchIndex)]!
        const last = lineIndexOf(starts, m.matchIndex + Math.max(0, m.match.length - 1))
        if (this.holdsInlineAllow(text.slice(first, starts[last + 1] ?? text.length)) && this.applyInlineAllow(1))
          continue
        out.push({ rule, secret: m.secret, line: lineNumbers?.[at] ?? at + 1, column: m.index - start + 1, entropy })
      }
    }
    return out
  }

  allowlisted(rule: Rule, secret: string, match: string, line: string, context: DetectionContext): boolean {
    if (
      isAllowlisted({ rule, secret, match, line, path: context.path, commit: context.commit }, this.globalAllowlists)
    ) {
      this.stats.allowlisted++
      return true
    }
    return false
  }

  countDecoy(decoy: DecoyClass): void {
    this.stats.decoys[decoy] = (this.stats.decoys[decoy] ?? 0) + 1
  }
}

/**
 * A rule's needed characters as bits, each character given the next free bit in `needBit` on first sight: ANY_LINE
 * unless the rule has needs and each is one ASCII character (or the bits have run out).
 */
function needBits(needBit: Int32Array): (rule: Rule) => number {
  let used = 0
  return rule => {
    const needs = rule.matcher?.needs
    if (!needs?.length) return ANY_LINE
    let bits = 0
    for (const need of needs) {
      const code = need.charCodeAt(0)
      if (need.length !== 1 || code > 127) return ANY_LINE
      if (!needBit[code]) {
        if (used === NEED_BITS) return ANY_LINE
        needBit[code] = 1 << used++
      }
      bits |= needBit[code]
    }
    return bits
  }
}

/** the offset of each line's start */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** the line (0-based) holding `offset`: the last start at or before it */
function lineIndexOf(starts: number[], offset: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** `[\w.-]`: a character of a name (a test of its code, not a regex run for each character) */
function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) /* a-z */ ||
    (c >= 65 && c <= 90) /* A-Z */ ||
    (c >= 48 && c <= 57) /* 0-9 */ ||
    c === 95 /* _ */ ||
    c === 46 /* . */ ||
    c === 45 /* - */
  )
}

/** The identifier a generic match assigns to: the word characters before the keyword, plus the match's name part. */
function assignmentName(line: string, matchIndex: number, match: string): string {
  let start = matchIndex
  while (start > 0 && matchIndex - start < 60 && isNameChar(line.charCodeAt(start - 1))) start--
  const name = /^[\w.-]*/.exec(match)?.[0] ?? ''
  return line.slice(start, matchIndex) + name
}

/** A provider rule's finding wins over the generic rule's on the same characters; one finding per span. */
function preferSpecific(found: Array<Detection & { end: number }>): Detection[] {
  const byStart = (a: Detection, b: Detection) => a.column - b.column
  const kept: Array<Detection & { end: number }> = []
  let lastEnd = -1
  for (const f of found.filter(f => f.rule.kind !== 'generic').sort(byStart)) {
    if (f.column - 1 < lastEnd) continue
    kept.push(f)
    lastEnd = f.end
  }
  const generic: Array<Detection & { end: number }> = []
  for (const f of found.filter(f => f.rule.kind === 'generic')) {
    // the last specific finding starting before this one's end is the only one that can overlap it
    let lo = 0
    let hi = kept.length - 1
    let candidate = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (kept[mid].column - 1 < f.end) {
        candidate = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (candidate >= 0 && kept[candidate].end > f.column - 1) continue
    generic.push(f)
  }
  return [...kept, ...generic].sort(byStart).map(({ end: _end, ...d }) => d)
}
