import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import {
  ConfigurationError,
  inlineCode,
  paragraph,
  type ActionContext,
  type ActionResult,
  type Block,
  type Inline
} from '@ci-suite/core'
import { loadLockfile, selectLockfiles, type Lockfile } from '@ci-suite/lockfiles'
import { buildSbomModel } from './build.js'
import { formatLabel, renderSbom } from './document.js'
import type { SbomInputs } from './inputs.js'
import { describeProject } from './project.js'
import { uploadReleaseAsset, type UploadOutcome } from './release/upload.js'
import { sbomFigures, sbomSections } from './summary.js'
import { CI_SUITE_TOOL } from './tool.js'

type UploadPlan = { upload: false; reason?: string } | { upload: true; tag?: string }

/** Lockfiles → SBOM file → (release asset) → summary. */
export async function runSbom(inputs: SbomInputs, context: ActionContext): Promise<ActionResult> {
  const plan = planUpload(inputs, context)
  const lockfiles = await context.logger.group('Reading lockfiles', () => readLockfiles(inputs, context))
  const tag =
    context.event.release?.tagName ??
    inputs.releaseTag ??
    (context.event.refType === 'tag' ? context.event.refName : undefined)
  const project = describeProject({
    workingDirectory: context.workingDirectory,
    lockfiles,
    repository: context.event.owner ? `${context.event.owner}/${context.event.repo}` : undefined,
    tag
  })
  const built = buildSbomModel(lockfiles, {
    includeDev: inputs.includeDev,
    project,
    repoRoot: context.repoRoot,
    env: context.env
  })
  const outputPath = resolve(context.workingDirectory, inputs.output)
  const shownPath = displayPath(outputPath, context.repoRoot)
  const text = renderSbom(
    built.model,
    inputs.format,
    { serial: randomUUID(), timestamp: new Date().toISOString() },
    CI_SUITE_TOOL
  )
  await mkdir(dirname(outputPath), { recursive: true })
  await writeFile(outputPath, text)
  const figures = sbomFigures(built.model)
  context.logger.info(`wrote ${shownPath}: ${formatLabel(inputs.format)}, ${figures.components} components`)

  let outcome: UploadOutcome | undefined
  if (plan.upload) {
    const github = context.github
    if (!github) throw new ConfigurationError('upload: always needs github-token to upload the SBOM to the release')
    outcome = await context.logger.group('Uploading to the release', () =>
      uploadReleaseAsset(
        github,
        {
          owner: context.event.owner,
          repo: context.event.repo,
          // release-tag names another release than the event's: look it up by its tag
          releaseId: inputs.releaseTag ? undefined : context.event.release?.id || undefined,
          tag: plan.tag,
          uploadUrl: inputs.releaseTag ? undefined : releaseUploadUrl(context),
          apiUrl: context.event.apiUrl
        },
        { name: basename(outputPath), content: Buffer.from(text), contentType: 'application/json' }
      )
    )
    if (outcome.kind === 'refused') {
      const message = `the token may not upload release assets (${outcome.status}); the SBOM is still at ${shownPath}`
      if (inputs.upload === 'always') context.logger.info(message)
      else context.logger.warning(`${message}. Give the job permissions: contents: write to attach it to the release`)
    }
  } else if (plan.reason) {
    context.logger.warning(plan.reason)
  }

  const refusedAlways = outcome?.kind === 'refused' && inputs.upload === 'always'
  const label = formatLabel(inputs.format)
  const uploadLine = uploadSentence(outcome, plan, basename(outputPath))
  const fix: Block[] = []
  if (outcome?.kind === 'refused') {
    fix.push(
      paragraph(
        'Give the job ',
        inlineCode('permissions: contents: write'),
        ' so the token can attach the SBOM to the release.'
      )
    )
  }
  if (figures.licensed < figures.components && built.model.components.some(c => c.ecosystem === 'npm' && !c.license)) {
    fix.push(
      paragraph(
        'Licenses of npm packages are read from the lockfile and from node_modules: run ',
        inlineCode('npm ci'),
        ' before this step to fill in the missing ones.'
      )
    )
  }
  if (figures.licensed < figures.components && built.model.components.some(c => c.ecosystem === 'PyPI' && !c.license)) {
    fix.push(
      paragraph(
        'Licenses of Python packages are read from the installed distributions (a ',
        inlineCode('.venv'),
        ' beside the lockfile, the active virtualenv, or the Python of actions/setup-python): install the dependencies (',
        inlineCode('pip install -r requirements.txt'),
        ', ',
        inlineCode('poetry install'),
        ') before this step to fill in the missing ones.'
      )
    )
  }
  return {
    status: refusedAlways ? 'error' : 'pass',
    summary: refusedAlways
      ? `${label} SBOM written to ${shownPath}, but the release upload was refused (403) and upload is always`
      : `${label} SBOM of ${figures.components} components written to ${shownPath}${outcome?.kind === 'uploaded' ? `, attached to release ${outcome.tag ?? ''}`.trimEnd() : ''}`,
    findings: [],
    failing: 0,
    metrics: {
      components: figures.components,
      lockfiles: built.model.lockfiles.length,
      format: inputs.format,
      licensed: figures.licensed,
      hashed: figures.hashed,
      byEcosystem: figures.byEcosystem,
      upload: outcome?.kind ?? 'skipped'
    },
    outputs: { sbom: outputPath },
    counts: [
      ['Components', figures.components],
      ['Lockfiles', built.model.lockfiles.length],
      ['With a license', `${figures.licensed} of ${figures.components}`],
      ['With a hash', `${figures.hashed} of ${figures.components}`]
    ],
    sections: sbomSections({
      model: built.model,
      figures,
      path: shownPath,
      formatLabel: label,
      upload: uploadLine,
      unpinned: lockfiles.reduce((n, l) => n + l.unpinned.length, 0),
      omittedDev: built.omittedDev
    }),
    fix,
    reportFields: { sbom: { path: shownPath, format: inputs.format } }
  }
}

/**
 * auto: on a published release, or when release-tag names one; always: must upload (needs a release and a token);
 * never: not at all. Decided before any work, so a misconfigured `always` fails fast.
 */
function planUpload(inputs: SbomInputs, context: ActionContext): UploadPlan {
  if (inputs.upload === 'never') return { upload: false }
  const release = context.event.release
  const onRelease =
    context.event.eventName === 'release' && release !== undefined && (release.action ?? 'published') === 'published'
  const tag = inputs.releaseTag ?? (onRelease ? release?.tagName : undefined)
  if (inputs.upload === 'always') {
    if (!onRelease && !inputs.releaseTag) {
      throw new ConfigurationError(
        'upload: always needs release-tag outside a release event (the tag of the release to attach the SBOM to)'
      )
    }
    if (!context.github)
      throw new ConfigurationError('upload: always needs github-token to upload the SBOM to the release')
    return { upload: true, tag }
  }
  if (!onRelease && !inputs.releaseTag) return { upload: false }
  if (!context.github) return { upload: false, reason: 'no github-token: the SBOM is not attached to the release' }
  return { upload: true, tag }
}

function releaseUploadUrl(context: ActionContext): string | undefined {
  const release = context.event.payload.release as { upload_url?: unknown } | undefined
  return typeof release?.upload_url === 'string' ? release.upload_url : undefined
}

function uploadSentence(outcome: UploadOutcome | undefined, plan: UploadPlan, name: string): Inline[] | undefined {
  if (outcome?.kind === 'uploaded') {
    return [
      'Attached to release ',
      inlineCode(outcome.tag ?? '?'),
      ' as ',
      outcome.url ? { text: name, href: outcome.url } : inlineCode(name),
      outcome.replaced ? ', replacing the asset of the same name.' : '.'
    ]
  }
  if (outcome?.kind === 'refused')
    return [`Not attached to the release: the token may not upload assets (${outcome.status}).`]
  if (!plan.upload && plan.reason) return [`Not attached to the release: ${plan.reason}.`]
  return undefined
}

async function readLockfiles(inputs: SbomInputs, context: ActionContext): Promise<Lockfile[]> {
  const paths = await selectLockfiles(inputs.files, context.workingDirectory, {
    exclude: inputs.exclude,
    shownAs: displayPath(context.workingDirectory, context.repoRoot)
  })
  // the files input gets its own error from selectLockfiles; this is discovery finding none
  if (paths.length === 0) {
    throw new ConfigurationError(
      `no lockfile found under ${displayPath(context.workingDirectory, context.repoRoot)}: commit one (package-lock.json, poetry.lock, uv.lock, go.mod, …) or name it in files`
    )
  }
  const lockfiles: Lockfile[] = []
  for (const { path, discovered } of paths) {
    const lockfile = await loadLockfile(path, context.repoRoot, {
      discoveredFrom: discovered ? context.workingDirectory : undefined
    })
    context.logger.info(`${lockfile.file}: ${lockfile.format}, ${lockfile.packages.length} packages`)
    lockfiles.push(lockfile)
  }
  return lockfiles
}

function displayPath(path: string, repoRoot: string): string {
  const rel = relative(repoRoot, path)
  if (rel === '') return '.'
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel.split(sep).join('/')
}
