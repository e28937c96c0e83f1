import { createHash } from 'node:crypto'
import { fingerprint, type Finding } from '@ci-suite/core'
import { locationKey, type Baseline } from './config/baseline.js'
import type { PathFilter, SkipReason } from './config/paths.js'
import type { Detection, Detector } from './engine/detector.js'
import type { PrivateKeyTracker } from './engine/private-key.js'
import { redactSecret } from './report/redact.js'
import type { Rule } from './rules/rule.js'
import type { CommitInfo, ScanSink } from './sources/sink.js'

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

const INLINE_ALLOW = /gitleaks:allow|ci-suite:allow/
const SCRIPT = /\.(?:js|mjs|cjs|css)$/

export class SecretScanner implements ScanSink {
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
  private path = ''
  private fileBytes = 0
  private skipRest = false
  private keys: PrivateKeyTracker | undefined
  private allowedKeyLines = new Set<number>()

  constructor(private readonly options: ScannerOptions) {}

  get commitsWithSecrets(): number {
    return this.commitsWithFindings.size
  }

  commit(info: CommitInfo): void {
    this.commits++
    this.commitInfo = info
  }

  startFile(path: string): boolean {
    const reason = this.options.filter.reason(path)
    if (reason) {
      this.skips[reason]++
      return false
    }
    this.path = path
    this.files++
    this.fileBytes = 0
    this.skipRest = false
    this.keys = this.options.detector.privateKeys()
    this.allowedKeyLines.clear()
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
    if (text.length > 1000 && SCRIPT.test(this.path)) {
      this.skipRest = true
      this.skips.minified++
      return
    }
    const detector = this.options.detector
    const rules = detector.candidates(text)
    if (rules) {
      for (const d of detector.scanLine(text, lineNumber, { path: this.path, commit: this.commitInfo?.sha }, rules))
        this.add(d)
    }
    const keys = this.keys
    if (keys && (keys.active || text.includes('-----BEGIN'))) {
      if (INLINE_ALLOW.test(text)) this.allowedKeyLines.add(lineNumber)
      this.keyResults(keys.line(text, lineNumber), text)
    }
  }

  endFile(): void {
    if (this.keys) this.keyResults(this.keys.finish(), '')
    this.keys = undefined
  }

  binary(path: string): void {
    if (this.options.filter.reason(path)) return
    this.skips.binary++
    this.path = path
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
      if (this.allowedKeyLines.has(found.line)) {
        detector.stats.inlineAllowed++
        continue
      }
      if (detector.allowlisted(rule, found.body, found.body, line, { path: this.path, commit: this.commitInfo?.sha }))
        continue
      this.add({ rule, secret: found.body, line: found.line, column: found.column, entropy: 0 })
    }
  }

  private add(d: Detection): void {
    this.options.onSecret(d.secret)
    const key = `${d.rule.id}\u0000${this.options.oncePerSecret ? '' : this.path}\u0000${d.secret}`
    if (this.seen.has(key)) {
      this.repeated++
      return
    }
    this.seen.add(key)
    this.report(d.rule, d.secret, d.line, d.column, d.entropy)
  }

  private report(rule: Rule, secret: string, line: number, column: number, entropy: number): void {
    const commit = this.commitInfo?.sha ?? null
    const gitleaksFingerprint = commit ? `${commit}:${this.path}:${rule.id}:${line}` : `${this.path}:${rule.id}:${line}`
    if (this.options.gitleaksIgnore.has(gitleaksFingerprint)) {
      this.ignored++
      return
    }
    const digest = createHash('sha256').update(secret).digest('hex')
    const id = fingerprint('secret-scan', rule.id, this.path, digest)
    const baseline = this.options.baseline
    if (
      baseline &&
      (baseline.fingerprints.has(id) ||
        baseline.fingerprints.has(gitleaksFingerprint) ||
        baseline.locations.has(locationKey(rule.id, this.path, line, commit)))
    ) {
      this.baselined++
      return
    }
    if (commit) this.commitsWithFindings.add(commit)
    this.findings.push({
      ruleId: rule.id,
      severity: 'high',
      message: rule.description,
      file: this.path,
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
