import { existsSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { Git, byteSize, plural, type ActionContext, type ActionResult, type Annotation } from '@ci-suite/core'
import { readBaseline, type Baseline } from './config/baseline.js'
import type { RuleSet } from './config/gitleaks-config.js'
import { PathFilter, globToRegExp, readGitleaksIgnore, skippedPathAttributes } from './config/paths.js'
import { Detector } from './engine/detector.js'
import { builtinRules } from './rules/builtin.js'
import type { SecretScanInputs } from './inputs.js'
import type { RegexTest } from './rules/rule.js'
import { secretSarif } from './report/sarif.js'
import { findingSections, remediation } from './report/summary.js'
import { SecretScanner } from './scanner.js'
import { logArgs, stagedArgs, streamGitPatch } from './sources/git-stream.js'
import { planScan } from './sources/scope.js'
import { listTreeFiles, scanTreeFiles } from './sources/tree.js'

const VERSION = '0.1.0'

/** A file named by an input: relative to the working directory, else to the repository root. */
function locate(name: string, context: ActionContext): string {
  if (isAbsolute(name)) return name
  const inWorkingDirectory = resolve(context.workingDirectory, name)
  return existsSync(inWorkingDirectory) ? inWorkingDirectory : resolve(context.repoRoot, name)
}

/** The first of the working directory's and the root's copy of a conventional file. */
function conventional(name: string, context: ActionContext): string | undefined {
  return [join(context.workingDirectory, name), join(context.repoRoot, name)].find(p => existsSync(p))
}

/**
 * The rules: the built-in set, or a gitleaks config's. The TOML parser and the RE2 engine for custom regexes load
 * only when there is a config (they are most of the action's code, and a scan without a config needs neither).
 */
async function ruleSetFor(configPath: string | undefined, context: ActionContext): Promise<RuleSet> {
  if (!configPath) return { rules: builtinRules(), allowlists: [] }
  const { loadRuleSet } = await import('./config/gitleaks-config.js')
  return loadRuleSet(configPath, relative(context.repoRoot, configPath) || configPath)
}

/** `.trufflehogignore` path patterns (Go RE2 syntax, so they load the RE2 engine), when there is one. */
async function trufflehogExcludes(path: string | undefined): Promise<RegexTest[]> {
  if (!path) return []
  const { readTrufflehogIgnore } = await import('./config/trufflehog-ignore.js')
  return readTrufflehogIgnore(path)
}

export async function runSecretScan(inputs: SecretScanInputs, context: ActionContext): Promise<ActionResult> {
  const started = Date.now()
  const git = (await new Git(context.workingDirectory).isRepository()) ? new Git(context.repoRoot) : undefined
  const folder = relative(context.repoRoot, context.workingDirectory).split(sep).join('/')
  const scopePrefix = folder && !folder.startsWith('..') ? `${folder}/` : ''

  const configPath = inputs.config ? locate(inputs.config, context) : conventional('.gitleaks.toml', context)
  const ruleSet = await ruleSetFor(configPath, context)
  const ignorePath = conventional('.gitleaksignore', context)
  const gitleaksIgnore = ignorePath ? readGitleaksIgnore(ignorePath) : new Set<string>()
  const trufflehogPath = conventional('.trufflehogignore', context)
  const excludes = [...(await trufflehogExcludes(trufflehogPath)), ...inputs.excludePaths.map(globToRegExp)]
  const baseline: Baseline | undefined = inputs.baseline ? readBaseline(locate(inputs.baseline, context)) : undefined

  const plan = await planScan(inputs.scope, context.event, context.common, git)
  context.logger.info(
    `secret-scan: ${plan.description}; ${ruleSet.rules.length} rules${ruleSet.source ? ` (config ${ruleSet.source})` : ''}`
  )
  const detector = new Detector(ruleSet.rules, ruleSet.allowlists, { inlineAllow: inputs.inlineAllow })
  const scanner = new SecretScanner({
    detector,
    filter:
      plan.kind === 'tree' ? new PathFilter(excludes, '', { remember: false }) : new PathFilter(excludes, scopePrefix),
    maxFileSize: inputs.maxFileSize,
    onSecret: value => context.secrets.register(value),
    gitleaksIgnore,
    baseline,
    oncePerSecret: plan.kind === 'log'
  })
  const pathspec = scopePrefix ? [scopePrefix] : []
  // git reports the lockfiles and minified files the scan skips as binary instead of diffing them
  const attributes = join(context.tempDir, 'skipped.gitattributes')
  if (plan.kind === 'log' || plan.kind === 'staged') writeFileSync(attributes, skippedPathAttributes())
  await context.logger.group(`Scanning ${plan.description}`, async () => {
    if (plan.kind === 'log')
      await streamGitPatch(context.repoRoot, logArgs(plan.revisions, pathspec, attributes), scanner)
    else if (plan.kind === 'staged') await streamGitPatch(context.repoRoot, stagedArgs(pathspec, attributes), scanner)
    else if (plan.kind === 'tree') {
      const files = await listTreeFiles(context.repoRoot, context.workingDirectory, git)
      scanTreeFiles(context.repoRoot, files, inputs.maxFileSize, scanner)
    }
  })

  const findings = scanner.findings
  const failing = findings.length
  const isHistory = plan.kind === 'log'
  const filesWithSecrets = new Set(findings.map(f => f.file)).size
  const where = isHistory
    ? `${plural(scanner.commitsWithSecrets, 'commit')} of ${scanner.commits}`
    : plan.kind === 'staged'
      ? `${plural(filesWithSecrets, 'staged file')}`
      : `${plural(filesWithSecrets, 'file')} of ${scanner.files}`
  const scanned = isHistory
    ? plural(scanner.commits, 'commit')
    : plan.kind === 'staged'
      ? 'the staged changes'
      : plural(scanner.files, 'file')
  const summary =
    plan.kind === 'empty'
      ? plan.description
      : failing
        ? `${plural(failing, 'secret')} found in ${where}`
        : `no secrets in ${scanned}`
  const skippedFiles = scanner.skips.binary + scanner.skips['too-large'] + scanner.skips.minified
  const decoys = Object.values(detector.stats.decoys).reduce((a, b) => a + (b ?? 0), 0)

  const annotations: Annotation[] = findings.map(f => ({
    level: 'error',
    title: `secret-scan: ${f.ruleId}`,
    message: `${f.message} (${f.redacted})${f.commit ? ` introduced in ${f.commit.slice(0, 7)}` : ''}. Rotate it, then remove it from history.`,
    file: f.file,
    line: f.line,
    column: f.column,
    priority: f.confidence === 'high' ? 1 : 0
  }))

  const counts: Array<[string, string | number]> = [
    ['Scanned', plan.description],
    [isHistory ? 'Commits' : 'Files', isHistory ? scanner.commits : scanner.files],
    ['Bytes read', byteSize(scanner.bytesRead)],
    ['Secrets found', failing],
    ['Decoys and placeholders left out', decoys],
    [
      'Allowed (allowlist, inline, .gitleaksignore, baseline)',
      detector.stats.allowlisted + detector.stats.inlineAllowed + scanner.ignored + scanner.baselined
    ],
    ['Files skipped (binary, too large, minified)', skippedFiles]
  ]
  if (!inputs.inlineAllow)
    counts.push(['Inline allows not honoured (inline-allow: false)', detector.stats.inlineAllowOverridden])

  return {
    status: failing ? 'fail' : 'pass',
    summary,
    findings,
    failing,
    metrics: {
      bytesScanned: scanner.bytesRead,
      commitsScanned: scanner.commits,
      filesScanned: scanner.files,
      rules: ruleSet.rules.length,
      skipped: scanner.skips,
      decoys: detector.stats.decoys,
      allowlisted: detector.stats.allowlisted,
      inlineAllowed: detector.stats.inlineAllowed,
      inlineAllowOverridden: detector.stats.inlineAllowOverridden,
      ignored: scanner.ignored,
      baselined: scanner.baselined,
      repeated: scanner.repeated,
      scanMs: Date.now() - started
    },
    annotations,
    counts,
    sections: findingSections(findings, ruleSet.rules, context.event),
    fix: remediation(findings, { inlineAllow: inputs.inlineAllow }),
    // the runtime writes it beside the report and sets the `sarif` output
    sarif: secretSarif(findings, ruleSet.rules, VERSION),
    reportFields: { scope: inputs.scope, plan: plan.description }
  }
}
