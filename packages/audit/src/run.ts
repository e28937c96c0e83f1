import {
  ServiceError,
  Git,
  comparedRange,
  gateLevel,
  type ActionContext,
  type ActionResult,
  type Finding
} from '@ci-suite/core'
import { InstalledLicenses, LOCAL_SOURCES, pep503Name, type LockedPackage, type Lockfile } from '@ci-suite/lockfiles'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { isAuditable, lookupAdvisories, packageKey, type Advisory, type AdvisoryLookup } from './advisories.js'
import { lockfilePaths, loadBaseLockfiles, loadHeadLockfiles } from './collect.js'
import { parseIgnoreFile, parseOsvScannerConfig, type IgnoreEntry } from './ignore-file.js'
import { FAIL_ON, type AuditInputs } from './inputs.js'
import { deniedLicense } from './licenses.js'
import { notAuditablePackages } from './not-auditable.js'
import { decideIgnore, failsAt, gatedSeverity } from './policy.js'
import { pythonEnvironment, PYTHON_ENVIRONMENT } from './python-environment.js'
import { annotationsFor, auditSarif, licenseFinding, vulnerabilityCounts, vulnerabilityFinding } from './report.js'
import { fixBlocks, summarySections } from './summary.js'
import { bestUpgrades } from './upgrades.js'
import type { LicenseViolation, Vulnerability } from './vulnerability.js'

const today = () => new Date().toISOString().slice(0, 10)

function readIgnoreEntries(inputs: AuditInputs, context: ActionContext): IgnoreEntry[] {
  const entries: IgnoreEntry[] = []
  const ignorePath = resolve(context.workingDirectory, inputs.ignoreFile)
  if (existsSync(ignorePath)) entries.push(...parseIgnoreFile(inputs.ignoreFile, readFileSync(ignorePath, 'utf8')))
  for (const folder of [...new Set([context.workingDirectory, context.repoRoot])]) {
    const toml = join(folder, 'osv-scanner.toml')
    if (existsSync(toml)) {
      entries.push(
        ...parseOsvScannerConfig(
          folder === context.workingDirectory ? 'osv-scanner.toml' : toml,
          readFileSync(toml, 'utf8')
        )
      )
    }
  }
  return entries
}

/** `ecosystem NUL package NUL id` for every id of the advisory: what "the base had it too" compares. */
function presenceKeys(pkg: LockedPackage, advisory: Advisory): string[] {
  const name = pkg.ecosystem === 'PyPI' ? pep503Name(pkg.name) : pkg.name
  return [advisory.id, ...advisory.aliases].map(id => `${pkg.ecosystem}\u0000${name}\u0000${id}`)
}

function packagesOf(lockfiles: Lockfile[], includeDev: boolean): Array<{ pkg: LockedPackage; file?: string }> {
  return lockfiles.flatMap(l =>
    l.packages
      .filter(p => includeDev || !p.dev)
      .map(pkg => ({ pkg, file: l.file === PYTHON_ENVIRONMENT ? undefined : l.file }))
  )
}

export async function runAudit(inputs: AuditInputs, context: ActionContext): Promise<ActionResult> {
  const { logger } = context
  const level = gateLevel({ failOn: FAIL_ON }, context.common.failOn)
  const selected = await lockfilePaths(inputs.files, inputs.exclude, context.workingDirectory, context.repoRoot)
  const paths = selected.map(s => s.path)
  let head = await loadHeadLockfiles(selected, context.repoRoot, context.workingDirectory)
  if (inputs.pythonEnvironment) head.push(await pythonEnvironment(inputs.python, context.workingDirectory))
  const ignoreEntries = readIgnoreEntries(inputs, context)
  if (head.length === 0) logger.warning('audit: no lockfiles found: nothing was audited')

  // scope: new by default on pull requests; the base's lockfiles tell what was already there
  const range = comparedRange(context.event, context.common)
  const scope = inputs.scope ?? (context.event.pullRequest ? 'new' : 'all')
  let base: Lockfile[] = []
  let baseLabel: string | undefined
  if (scope === 'new') {
    if (!range) {
      logger.info('scope new: no base commit to compare with (no pull request, no base input): auditing everything')
    } else {
      const git = new Git(context.repoRoot)
      const ensured = await git.ensureRange({ base: range.base, head: range.head }, { mergeBase: range.mergeBase })
      baseLabel = ensured.base.slice(0, 7)
      base = await loadBaseLockfiles(git, ensured.base, paths, logger)
    }
  }

  if (inputs.denyLicenses.length > 0) {
    // licenses the lockfiles lack come from the installed packages, as the sbom action reads them
    const installed = new InstalledLicenses(context.repoRoot, context.env)
    const filled = (lockfiles: Lockfile[]) => lockfiles.map(l => installed.fill(l).lockfile)
    head = filled(head)
    base = filled(base)
  }
  const headPackages = packagesOf(head, inputs.includeDev)
  const basePackages = packagesOf(base, inputs.includeDev)
  const started = Date.now()
  // fetched records are kept between runs in a stable folder: the Actions cache restores to the path it saved from
  const cacheDir = context.cache.available ? join(dirname(context.tempDir), 'osv-records') : undefined
  let cacheKey: string | undefined
  let restoredKey: string | undefined
  const restoreCache = async (ids: string[]) => {
    if (!cacheDir) return
    cacheKey = `ci-suite-osv-v1-${createHash('sha256')
      .update([...ids].sort().join('\n'))
      .digest('hex')
      .slice(0, 16)}`
    restoredKey = await context.cache.restore([cacheDir], cacheKey, ['ci-suite-osv-v1-'])
  }
  let lookup: AdvisoryLookup
  try {
    lookup = await lookupAdvisories(
      [...headPackages, ...basePackages].map(p => p.pkg),
      {
        sources: inputs.sources,
        osvUrl: inputs.osvUrl,
        npmRegistryUrl: inputs.npmRegistryUrl,
        logger,
        cacheDir,
        beforeRecords: restoreCache
      }
    )
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error
    const audited = headPackages.filter(p => isAuditable(p.pkg)).length
    return {
      status: 'error',
      summary: `${error.message}; ${audited} packages were NOT audited (an outage is not a pass)`,
      findings: [],
      failing: 0,
      metrics: { packages: audited, lockfiles: head.length, sources: inputs.sources },
      outputs: { vulnerabilities: '' },
      counts: [
        ['Lockfiles', head.length],
        ['Packages not audited', audited]
      ]
    }
  }
  const lookupMs = Date.now() - started
  if (cacheDir && cacheKey && restoredKey !== cacheKey && lookup.fetched > 0)
    await context.cache.save([cacheDir], cacheKey)

  const basePresence = new Set<string>()
  for (const { pkg } of basePackages) {
    for (const advisory of lookup.byPackage.get(packageKey(pkg.ecosystem, pkg.name, pkg.version)) ?? []) {
      presenceKeys(pkg, advisory).forEach(k => basePresence.add(k))
    }
  }

  const day = today()
  const vulnerabilities: Vulnerability[] = []
  for (const { pkg, file } of headPackages) {
    for (const advisory of lookup.byPackage.get(packageKey(pkg.ecosystem, pkg.name, pkg.version)) ?? []) {
      const decision = decideIgnore(ignoreEntries, [advisory.id, ...advisory.aliases], pkg.ecosystem, pkg.name, day)
      const preExisting = presenceKeys(pkg, advisory).some(k => basePresence.has(k))
      const gated = gatedSeverity(advisory.rating.severity, inputs.unknownSeverity)
      vulnerabilities.push({
        advisory,
        pkg,
        file,
        gated,
        ignoredBy: decision.ignoredBy,
        expiredIgnores: decision.expired,
        preExisting,
        failing: !decision.ignoredBy && !preExisting && failsAt(gated, level)
      })
    }
  }

  // licenses of third-party packages (not the project's own): deny-licenses fails on a match; unknown ones are listed
  const licenses: LicenseViolation[] = []
  const unknownLicenses: string[] = []
  if (inputs.denyLicenses.length > 0) {
    const baseLicensed = new Set(
      basePackages.filter(p => p.pkg.license).map(p => `${p.pkg.ecosystem}\u0000${p.pkg.name}\u0000${p.pkg.license}`)
    )
    for (const { pkg, file } of headPackages) {
      if (LOCAL_SOURCES.has(pkg.source ?? 'registry')) continue
      if (!pkg.license) {
        unknownLicenses.push(`${pkg.name}@${pkg.version}${file ? ` (${file})` : ''}`)
        continue
      }
      const denied = deniedLicense(pkg.license, inputs.denyLicenses)
      if (denied) {
        licenses.push({
          pkg,
          file,
          license: pkg.license,
          denied,
          preExisting: baseLicensed.has(`${pkg.ecosystem}\u0000${pkg.name}\u0000${pkg.license}`)
        })
      }
    }
  }
  const licenseFails = (l: LicenseViolation) => !l.preExisting && level !== 'never'

  const active = vulnerabilities.filter(v => !v.ignoredBy && !v.preExisting)
  const failing = vulnerabilities.filter(v => v.failing)
  const failingLicenses = licenses.filter(licenseFails)
  const expiredEntries = [
    ...new Map(
      vulnerabilities.flatMap(v => v.expiredIgnores).map(e => [`${e.source}\u0000${e.id}\u0000${e.package}`, e])
    ).values()
  ]
  const upgrades = bestUpgrades(vulnerabilities.filter(v => !v.ignoredBy))
  const counts = vulnerabilityCounts(vulnerabilities)
  const unpinned = [...head.flatMap(l => l.unpinned), ...notAuditablePackages(headPackages)]
  const auditedPackages = new Set(
    headPackages.filter(p => isAuditable(p.pkg)).map(p => packageKey(p.pkg.ecosystem, p.pkg.name, p.pkg.version))
  )

  const findings: Finding[] = [
    ...vulnerabilities.map(vulnerabilityFinding),
    ...licenses.map(l => licenseFinding(l, licenseFails(l)))
  ]
  const failingCount = failing.length + failingLicenses.length
  const status = failingCount > 0 ? 'fail' : 'pass'
  const distinctActive = new Set(active.map(v => `${v.pkg.name}\u0000${v.pkg.version}\u0000${v.advisory.id}`)).size
  const severityText = (['critical', 'high', 'moderate', 'low', 'unknown'] as const)
    .filter(s => counts[s] > 0)
    .map(s => `${counts[s]} ${s}`)
    .join(', ')
  const summary =
    head.length === 0
      ? `no lockfiles found under ${relative(context.repoRoot, context.workingDirectory) || '.'}: nothing to audit (the files input names them explicitly)`
      : status === 'fail'
        ? `${failing.length} ${failing.length === 1 ? 'vulnerability' : 'vulnerabilities'} at or above ${level}${failingLicenses.length > 0 ? ` and ${failingLicenses.length} denied licenses` : ''} in ${auditedPackages.size} packages${scope === 'new' && baseLabel ? ` (new since ${baseLabel})` : ''}`
        : distinctActive > 0
          ? `${distinctActive} ${distinctActive === 1 ? 'vulnerability' : 'vulnerabilities'} below ${level} (${severityText}) in ${auditedPackages.size} packages`
          : `no ${scope === 'new' && baseLabel ? 'new ' : ''}vulnerabilities in ${auditedPackages.size} packages from ${head.length} ${head.length === 1 ? 'lockfile' : 'lockfiles'}`

  const requests = lookup.requests.osvBatch + lookup.requests.osvVulns + lookup.requests.npm
  return {
    status,
    summary,
    findings,
    failing: failingCount,
    metrics: {
      packages: auditedPackages.size,
      lockfiles: head.length,
      notAuditable: unpinned.length,
      vulnerabilities: counts,
      ignored: vulnerabilities.filter(v => v.ignoredBy).length,
      preExisting: vulnerabilities.filter(v => v.preExisting).length,
      requests: lookup.requests,
      cacheHits: lookup.cacheHits,
      lookupMs,
      scope,
      sources: inputs.sources
    },
    outputs: { vulnerabilities: JSON.stringify(counts) },
    counts: [
      ['Lockfiles', head.length],
      ['Packages audited', auditedPackages.size],
      ['Vulnerabilities', severityText || '0'],
      ...(failingCount > 0 ? ([['Failing the gate', failingCount]] as Array<[string, number]>) : []),
      ...(scope === 'new' && baseLabel
        ? ([[`Already on ${baseLabel}`, vulnerabilities.filter(v => v.preExisting).length]] as Array<[string, number]>)
        : []),
      ['Ignored', vulnerabilities.filter(v => v.ignoredBy).length],
      ['Not auditable', unpinned.length],
      ['Requests', requests]
    ],
    annotations: annotationsFor(vulnerabilities, licenses, licenseFails),
    sections: summarySections({
      active,
      preExisting: vulnerabilities.filter(v => v.preExisting && !v.ignoredBy),
      ignored: vulnerabilities.filter(v => v.ignoredBy),
      expiredEntries,
      upgrades,
      unpinned,
      licenses,
      unknownLicenses,
      denyLicenses: inputs.denyLicenses
    }),
    fix: fixBlocks(upgrades, failing, inputs.ignoreFile),
    sarif: auditSarif(vulnerabilities),
    reportFields: {
      ...(unpinned.length > 0 ? { notAuditable: unpinned } : {}),
      ...(unknownLicenses.length > 0 ? { unknownLicenses: [...new Set(unknownLicenses)] } : {}),
      ...(expiredEntries.length > 0 ? { expiredIgnores: expiredEntries } : {})
    }
  }
}
