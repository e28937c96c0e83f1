import { detached, fingerprint, nodeCrypto, type Finding } from '@ci-suite/core'
import { locationKey, type Baseline } from './config/baseline.js'
import { looksMinified, type PathFilter, type SkipReason } from './config/paths.js'
import type { Detection, DetectionContext, Detector } from './engine/detector.js'
import type { PrivateKeyTracker } from './engine/private-key.js'
import { redactSecret } from './report/redact.js'
import type { RequiredRule, Rule } from './rules/rule.js'
import type { CommitInfo, FileSink } from './sources/sink.js'

/** One secret in the report (CONTRACT.md: secret-scan finding fields). The value itself is never kept here. */
export interface SecretFinding extends Finding {
  ruleId: string
  severity: 'high'
  message: string
  file: string
  line: number
  column: number
  commit: string | null
  author: string | null
  date: string | null
  redacted: string
  fingerprint: string
  /** `commit:file:rule:line` (or `file:rule:line`): what a `.gitleaksignore` line holds */
  gitleaksFingerprint: string
  entropy: number
  confidence: 'high' | 'medium'
}

export interface ScannerOptions {
  detector: Detector
  filter: PathFilter
  maxFileSize: number
  /** called with every secret value as soon as it is found, before anything can print it */
  onSecret(value: string): void
  gitleaksIgnore: Set<string>
  baseline?: Baseline
  /** history scans report a secret once, at the commit that introduced it; tree scans once per file */
  oncePerSecret: boolean
}

const NEWLINE = 10

/**
 * the last `byte` at or before `from` and not before `floor`; floor - 1 when there is none. A loop, not Buffer's
 * native `lastIndexOf`: a line is a few dozen bytes, and the native call's own cost made a tree scan 5% slower.
 */
function lastIndexOf(bytes: Uint8Array, byte: number, from: number, floor: number): number {
  let i = from
  while (i >= floor && bytes[i] !== byte) i--
  return i
}

/**
 * What tells one finding from another across runs, beside rule and file. A provider token or a private key is
 * random by construction, so a hash of it is no guessing oracle: it identifies the value, and a new value on the same
 * line is a new finding. A generic, assignment, URL or custom match can be a human-chosen password, and a stable hash
 * of it in a report would let whoever reads the report confirm guesses offline (the report already shows a prefix and
 * the length), so those are identified by place instead: commit and line, or the line in a tree scan (gitleaks'
 * own fingerprint is place-only for every rule).
 */
function identity(rule: Rule, secret: string, commit: string | null, line: number): string {
  if (rule.kind === 'token' || rule.kind === 'private-key')
    return nodeCrypto().createHash('sha256').update(secret).digest('hex')
  return `${commit ?? ''}:${line}`
}

/** gitleaks' proximity: within so many lines and/or start columns; anywhere in the file when neither is given */
function near(primary: Detection, other: Detection, req: RequiredRule): boolean {
  if (req.withinLines !== undefined && Math.abs(primary.line - other.line) > req.withinLines) return false
  if (req.withinColumns !== undefined && Math.abs(primary.column - other.column) > req.withinColumns) return false
  return true
}

/** The number of the line being scanned, asked only when a line yields a finding or a private key. */
interface LineNumber {
  current(): number
}

/** a line number known up front (patches) */
class FixedLine implements LineNumber {
  value = 0
  current(): number {
    return this.value
  }
}

/** a line number counted on demand in a file's bytes, from where the last count stopped (lines come in order) */
class CountedLines implements LineNumber {
  /** offset of the line being scanned */
  start = 0
  private counted = 0
  private line = 1

  constructor(private readonly bytes: Uint8Array) {}

  current(): number {
    const { bytes, start } = this
    for (let i = bytes.indexOf(NEWLINE, this.counted); i >= 0 && i < start; i = bytes.indexOf(NEWLINE, i + 1))
      this.line++
    this.counted = start
    return this.line
  }
}

/**
 * one line's text without its line break (a CR before the LF goes too); Buffer's decoding of a range costs a
 * fraction of a TextDecoder call on a fresh subarray, which matters over thousands of short lines
 */
function decodeLine(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('utf8', start, end > start && bytes[end - 1] === 13 ? end - 1 : end)
}

/** the same memory as a Buffer (a tree scan's reader hands out Buffers already) */
const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

/** every line of a file but the empty one after a final line break */
function forEachLine(bytes: Buffer, fn: (text: string, lineNumber: number) => void): void {
  let start = 0
  for (let lineNumber = 1; start < bytes.length; lineNumber++) {
    let end = bytes.indexOf(NEWLINE, start)
    if (end < 0) end = bytes.length
    fn(decodeLine(bytes, start, end), lineNumber)
    start = end + 1
  }
}

export class SecretScanner implements FileSink {
  readonly findings: SecretFinding[] = []
  commits = 0
  files = 0
  bytesRead = 0
  readonly skips: Record<SkipReason, number> = { excluded: 0, binary: 0, 'too-large': 0, minified: 0 }
  ignored = 0
  baselined = 0
  repeated = 0
  private readonly seen = new Set<string>()
  private readonly commitsWithFindings = new Set<string>()
  private commitInfo: CommitInfo | undefined
  /** the last path `accepts` let through: `startFile` of that path does not ask the filter again */
  private accepted: string | undefined
  /** the file being scanned and its commit (the findings' place; the detector's checks get this one object) */
  private context: DetectionContext = { path: '' }
  /** the rules of the line being matched in `content`, refilled for each line */
  private readonly lineRules = new Set<Rule>()
  private fileBytes = 0
  private skipRest = false
  private keys: PrivateKeyTracker | undefined
  /** this file's lines of private keys that hold an inline allow comment */
  private allowedKeyLines = new Set<number>()
  private readonly fixedLine = new FixedLine()
  /** this file's findings of composite rules, reported at its end if their required rules matched near them */
  private readonly composites: Detection[] = []
  /** this file's matches of the rules composite rules require */
  private readonly helpers: Detection[] = []
  /** a patch's added lines of this file, and their numbers, for the multi-line rules (none without such rules) */
  private readonly added: string[] = []
  private readonly addedNumbers: number[] = []
  /** the file came whole (`content`): the multi-line rules ran on it there */
  private wholeFile = false

  constructor(private readonly options: ScannerOptions) {}

  get commitsWithSecrets(): number {
    return this.commitsWithFindings.size
  }

  commit(info: CommitInfo): void {
    this.commits++
    this.commitInfo = info
  }

  accepts(path: string): boolean {
    const reason = this.options.filter.reason(path)
    if (reason) {
      this.skips[reason]++
      return false
    }
    this.accepted = path
    return true
  }

  startFile(path: string): boolean {
    if (path !== this.accepted && !this.accepts(path)) return false
    this.context = { path, commit: this.commitInfo?.sha }
    this.files++
    this.fileBytes = 0
    this.skipRest = false
    this.keys = this.options.detector.privateKeys()
    this.allowedKeyLines.clear()
    this.added.length = 0
    this.addedNumbers.length = 0
    this.wholeFile = false
    for (const rule of this.options.detector.pathOnlyRules) {
      if (rule.path!.test(path)) this.report(rule, path, 1, 1, 0)
    }
    return true
  }

  line(text: string, lineNumber: number): void {
    if (this.skipRest) return
    this.fileBytes += text.length + 1
    if (this.fileBytes > this.options.maxFileSize) {
      this.skipRest = true
      this.skips['too-large']++
      return
    }
    if (looksMinified(this.context.path, text.length)) {
      this.skipRest = true
      this.skips.minified++
      return
    }
    if (this.options.detector.multiLineRules.length && !this.wholeFile) {
      this.added.push(text)
      this.addedNumbers.push(lineNumber)
    }
    this.fixedLine.value = lineNumber
    this.scanLine(text, this.fixedLine, this.options.detector.candidates(text))
  }

  /**
   * A whole file at once (tree scans): one keyword pass over its bytes, then only the lines with a keyword (and the
   * lines of a private key begun on one) are decoded and matched, but for a line that lacks every character its
   * rules need (`Detector.mayMatch`). Line numbers are counted only for lines that yield something.
   */
  content(content: Uint8Array): void {
    const detector = this.options.detector
    const bytes = asBuffer(content)
    this.wholeFile = true
    if (detector.multiLineRules.length) this.scanWhole(bytes.toString('utf8'))
    if (detector.alwaysRules.length) {
      forEachLine(bytes, (text, lineNumber) => this.line(text, lineNumber))
      return
    }
    const automaton = detector.keywords
    const hits = automaton.scanBytes(bytes)
    const lines = new CountedLines(bytes)
    const length = bytes.length
    let h = 0
    let pos = 0
    while (pos < length) {
      let start = pos
      if (!this.keys?.active) {
        if (h === hits) break
        start = lastIndexOf(bytes, NEWLINE, automaton.hitEnd(h), pos) + 1
      }
      let end = bytes.indexOf(NEWLINE, start)
      if (end < 0) end = length
      let last = h
      let needs = 0
      for (; last < hits && automaton.hitEnd(last) < end; last++) needs |= detector.needsOf(automaton.hitState(last))
      // a line whose rules all need a character it lacks (the generic rule's `=`, `:` or `,`) is never decoded
      if (!this.keys?.active && !detector.mayMatch(bytes, start, end, needs)) {
        h = last
        pos = end + 1
        continue
      }
      const rules = this.lineRules
      rules.clear()
      for (; h < last; h++) for (const rule of detector.rulesOf(automaton.hitState(h))) rules.add(rule)
      lines.start = start
      this.scanLine(decodeLine(bytes, start, end), lines, rules.size ? rules : undefined)
      pos = end + 1
    }
  }

  private scanLine(text: string, where: LineNumber, rules: Set<Rule> | undefined): void {
    const detector = this.options.detector
    if (rules) {
      const found = detector.scanLine(text, 0, this.context, rules)
      if (found.length) {
        const lineNumber = where.current()
        for (const d of found) {
          d.line = lineNumber
          this.add(d)
        }
      }
    }
    const keys = this.keys
    if (keys && (keys.active || text.includes('-----BEGIN'))) {
      const lineNumber = where.current()
      if (detector.holdsInlineAllow(text)) this.allowedKeyLines.add(lineNumber)
      this.keyResults(keys.line(text, lineNumber), text)
    }
  }

  endFile(): void {
    if (this.added.length) {
      if (!this.skipRest) this.scanAddedRuns()
      this.added.length = 0
      this.addedNumbers.length = 0
    }
    if (this.keys) this.keyResults(this.keys.finish(), '')
    this.keys = undefined
    if (this.composites.length) this.resolveComposites()
    this.helpers.length = 0
  }

  /** each run of consecutive added lines (one hunk's, as gitleaks' fragments are) through the multi-line rules */
  private scanAddedRuns(): void {
    const { added, addedNumbers } = this
    let from = 0
    for (let i = 1; i <= added.length; i++) {
      if (i < added.length && addedNumbers[i] === addedNumbers[i - 1]! + 1) continue
      this.scanWhole(added.slice(from, i).join('\n'), addedNumbers.slice(from, i))
      from = i
    }
  }

  /**
   * The multi-line rules on a whole file or a run of a file's added lines (`numbers`: each line's number). A secret
   * that spans lines is registered line by line too: a runner masks a log line by the values it holds.
   */
  private scanWhole(text: string, numbers?: number[]): void {
    const found = this.options.detector.scanText(text, this.context, numbers)
    for (const d of found) {
      if (d.secret.includes('\n'))
        for (const part of d.secret.split('\n')) if (part.trim().length >= 8) this.options.onSecret(part.trim())
      this.add(d)
    }
  }

  /** gitleaks composite rules: a finding stands when every required rule matched near it in the same file. */
  private resolveComposites(): void {
    for (const primary of this.composites.splice(0)) {
      const satisfied = primary.rule.required!.every(req =>
        this.helpers.some(h => h.rule.id === req.id && h !== primary && near(primary, h, req))
      )
      if (satisfied) this.emit(primary)
    }
  }

  binary(path: string): void {
    // a skipped path counts as skipped, binary or not (git reports lockfiles and bundles as binary: see logArgs)
    if (!this.accepts(path)) return
    this.skips.binary++
    this.context = { path, commit: this.commitInfo?.sha }
    for (const rule of this.options.detector.pathOnlyRules) if (rule.path!.test(path)) this.report(rule, path, 1, 1, 0)
  }

  skipped(_path: string, reason: 'binary' | 'too-large' | 'minified'): void {
    this.skips[reason]++
  }

  bytes(count: number): void {
    this.bytesRead += count
  }

  private keyResults(results: ReturnType<PrivateKeyTracker['line']>, line: string): void {
    const detector = this.options.detector
    const rule = detector.privateKeyRule
    if (!rule) return
    for (const r of results) {
      if ('decoy' in r) {
        detector.countDecoy('filler')
        continue
      }
      const { found } = r
      for (const part of found.parts) this.options.onSecret(part)
      this.options.onSecret(found.body)
      // an allow comment on any line of the key allows it, as on any line of a multi-line rule's match
      if (this.allowedOnLines(found.line, found.lastLine) && detector.applyInlineAllow(1)) continue
      if (detector.allowlisted(rule, found.body, found.body, line, this.context)) continue
      this.add({ rule, secret: found.body, line: found.line, column: found.column, entropy: 0 })
    }
  }

  /** whether a line from `first` to `last` of a key holds an inline allow comment */
  private allowedOnLines(first: number, last: number): boolean {
    for (const line of this.allowedKeyLines) if (line >= first && line <= last) return true
    return false
  }

  private add(d: Detection): void {
    this.options.onSecret(d.secret)
    const detector = this.options.detector
    if (detector.helperIds.has(d.rule.id)) this.helpers.push(d)
    if (d.rule.required) {
      this.composites.push(d)
      return
    }
    if (!d.rule.skipReport) this.emit(d)
  }

  private emit(d: Detection): void {
    // a copy: the secret is cut from the text being read, which the set would otherwise keep for the whole run
    const key = detached(`${d.rule.id}\u0000${this.options.oncePerSecret ? '' : this.context.path}\u0000${d.secret}`)
    if (this.seen.has(key)) {
      this.repeated++
      return
    }
    this.seen.add(key)
    this.report(d.rule, d.secret, d.line, d.column, d.entropy)
  }

  private report(rule: Rule, secret: string, line: number, column: number, entropy: number): void {
    const { path } = this.context
    const commit = this.commitInfo?.sha ?? null
    const gitleaksFingerprint = commit ? `${commit}:${path}:${rule.id}:${line}` : `${path}:${rule.id}:${line}`
    if (this.options.gitleaksIgnore.has(gitleaksFingerprint)) {
      this.ignored++
      return
    }
    const id = fingerprint('secret-scan', rule.id, path, identity(rule, secret, commit, line))
    const baseline = this.options.baseline
    if (
      baseline &&
      (baseline.fingerprints.has(id) ||
        baseline.fingerprints.has(gitleaksFingerprint) ||
        baseline.locations.has(locationKey(rule.id, path, line, commit)))
    ) {
      this.baselined++
      return
    }
    if (commit) this.commitsWithFindings.add(commit)
    this.findings.push({
      ruleId: rule.id,
      severity: 'high',
      message: rule.description,
      file: path,
      line,
      column,
      commit,
      author: this.commitInfo?.author ?? null,
      date: this.commitInfo?.date ?? null,
      redacted: redactSecret(secret),
      fingerprint: id,
      gitleaksFingerprint,
      entropy: Math.round(entropy * 100) / 100,
      confidence: rule.kind === 'token' || rule.kind === 'private-key' || entropy >= 4 ? 'high' : 'medium'
    })
  }
}
