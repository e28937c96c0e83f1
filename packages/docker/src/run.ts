import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigurationError, errorMessage, type ActionContext, type ActionResult } from '@ci-suite/core'
import { cacheStats, ensureBuilder, readMetadataDigest } from './build/builder.js'
import { buildxBuildArgs } from './build/buildx-args.js'
import { buildCapabilities } from './build/capabilities.js'
import { classicBuildArgs, pushedDigest } from './build/classic-args.js'
import type { BuildPlan } from './build/plan.js'
import { DockerCli } from './docker-cli.js'
import { temporaryDockerConfig } from './docker-config.js'
import { repositoryPath } from './image-name.js'
import { withLocalCommit } from './local-commit.js'
import type { DockerReleaseInputs } from './inputs.js'
import { RegistryClient } from './registry/client.js'
import { findPreviousImage, rollbackCommand, type PreviousImage } from './registry/previous-image.js'
import { planRelease } from './release-plan.js'
import { releaseCounts, releaseSections, type ReleaseFacts } from './release-summary.js'

/** docker-release's run: plan, check the daemon, log in, read the rollback target, build, push, log out, summarise. */
export async function runDockerRelease(inputs: DockerReleaseInputs, context: ActionContext): Promise<ActionResult> {
  const { logger, secrets } = context
  secrets.register(inputs.password ?? context.common.githubToken)
  const event = await withLocalCommit(context.event, context.workingDirectory)
  const release = planRelease(inputs, { ...context, event })
  const { image, registry, username, password, computed, tags, decision } = release
  for (const warning of computed.warnings) logger.warning(warning)

  const baseEnv: Record<string, string | undefined> = { ...process.env, ...context.env }
  const dockerConfig = temporaryDockerConfig(context.tempDir, baseEnv)
  const env: Record<string, string | undefined> = { ...baseEnv, DOCKER_CONFIG: dockerConfig }
  const docker = new DockerCli({ env, cwd: context.workingDirectory, secrets, logger, registry, image, username })
  let loggedIn = false
  try {
    const daemon = await logger.group('Docker', () => docker.daemon())
    logger.info(`Docker ${daemon.version} (${daemon.os}/${daemon.arch}) at ${docker.dockerHost}`)
    const buildx = await docker.buildxVersion()
    const capabilities = buildCapabilities(inputs, buildx, env)
    const cache = capabilities.cache
    for (const note of capabilities.notes) logger.info(note)

    // pushing and the registry cache need the login; so does pulling a private base image, when a password is given
    if (decision.push || cache === 'registry' || inputs.password !== undefined) {
      if (!password) {
        throw new ConfigurationError(
          `pushing to ${registry} needs credentials: give password (it defaults to github-token, which is empty here)`
        )
      }
      if (!username)
        throw new ConfigurationError(
          `pushing to ${registry} needs a username: give username (it defaults to the actor)`
        )
      await logger.group(`Login to ${registry}`, () => docker.login(registry, username, password))
      loggedIn = true
    }

    // where the moving tags point before the push (the rollback target); read while the classic builder builds
    const lookup: Promise<PreviousImage | undefined> = decision.push
      ? findPreviousImage(
          new RegistryClient(registry, password ? { username, password } : undefined, {
            onToken: token => secrets.register(token)
          }),
          repositoryPath(image),
          computed.tags
        ).catch(error => {
          logger.info(
            `Could not read the tags already in ${registry} (${secrets.redact(errorMessage(error))}): no rollback command.`
          )
          return undefined
        })
      : Promise.resolve(undefined)

    const plan: BuildPlan = {
      context: release.contextDir,
      file: release.file,
      tags,
      labels: release.labels,
      buildArgs: inputs.buildArgs,
      target: inputs.target,
      platforms: inputs.platforms,
      push: decision.push,
      cache,
      image,
      provenance: inputs.provenance,
      sbom: inputs.sbom,
      attestationFlags: capabilities.attestationFlags,
      metadataFile: join(dockerConfig, 'build-metadata.json')
    }

    let digest: string | undefined
    let buildOutput = ''
    let buildMs = 0
    let previous: PreviousImage | undefined
    if (buildx) {
      // buildx pushes at the end of the build: the registry must be read before it starts
      previous = await lookup
      if (inputs.platforms.length > 1 || cache !== 'none') {
        plan.builder = await logger.group('Builder', () => ensureBuilder(docker, inputs.platforms, daemon.arch))
      }
      const started = Date.now()
      const result = await logger.group('Build', () => docker.run(buildxBuildArgs(plan), 'build'))
      buildMs = Date.now() - started
      buildOutput = result.stderr
      if (decision.push) digest = readMetadataDigest(plan.metadataFile)
    } else {
      const started = Date.now()
      const result = await logger.group('Build', () =>
        docker.run(classicBuildArgs(plan, join(dockerConfig, 'image-id')), 'build')
      )
      buildMs = Date.now() - started
      buildOutput = result.stdout
      previous = await lookup
      if (decision.push) {
        await logger.group('Push', async () => {
          // the first push uploads the layers; the other tags only add a manifest each, side by side
          const [first, ...others] = tags
          const pushed = [await docker.run(['push', first], 'push')]
          pushed.push(...(await Promise.all(others.map(tag => docker.run(['push', tag], 'push')))))
          digest = pushed.map(result => pushedDigest(result.stdout)).find(Boolean)
        })
      }
    }
    const stats = cacheStats(buildOutput)
    // a rebuild that changed nothing moved nothing: there is nothing to roll back
    if (previous && previous.digest === digest) previous = undefined

    const facts: ReleaseFacts = {
      image,
      tags,
      digest,
      pushed: decision.push,
      pushReason: decision.reason,
      platforms: inputs.platforms,
      builder: buildx ? 'buildx' : 'docker build',
      buildMs,
      cache,
      cachedSteps: stats.cached,
      totalSteps: stats.total,
      labels: release.labels,
      previous,
      rollback: previous ? rollbackCommand(image, previous, inputs.platforms.length > 1) : undefined,
      notes: capabilities.notes
    }
    const metadata = {
      image,
      tags,
      digest: digest ?? null,
      pushed: decision.push,
      platforms: inputs.platforms,
      labels: Object.fromEntries(release.labels),
      version: computed.version ?? null,
      builder: facts.builder,
      cache,
      previous: previous ?? null
    }
    return {
      status: 'pass',
      summary: decision.push
        ? `pushed ${image} as ${computed.tags.join(', ')}`
        : `built ${image} (${computed.tags.join(', ')}), not pushed: ${decision.reason}`,
      findings: [],
      failing: 0,
      metrics: { ...metadata, labels: undefined, buildMs, cachedSteps: stats.cached, totalSteps: stats.total },
      outputs: { image, tags: tags.join('\n'), digest: digest ?? '', metadata: JSON.stringify(metadata) },
      counts: releaseCounts(facts),
      sections: releaseSections(facts),
      reportFields: { image, tags, digest: digest ?? null, metadata }
    }
  } finally {
    if (loggedIn) await docker.logout(registry).catch(() => undefined)
    rmSync(dockerConfig, { recursive: true, force: true })
  }
}
