import { existsSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { ConfigurationError, type ActionContext } from '@ci-suite/core'
import { imageName, registryHost } from './image-name.js'
import type { DockerReleaseInputs } from './inputs.js'
import { ociLabels, repositoryFacts } from './labels.js'
import { decidePush, type PushDecision } from './push-policy.js'
import { computeTags, refContextFromEvent, type ComputedTags } from './tags/compute.js'

/** Everything decided before docker runs: names, tags, labels, paths, whether to push, who logs in. */
export interface ReleasePlan {
  image: string
  registry: string
  username: string
  /** the password input, else the github-token; undefined when neither is there */
  password?: string
  computed: ComputedTags
  /** full references: image:tag */
  tags: string[]
  decision: PushDecision
  contextDir: string
  file: string
  labels: Map<string, string>
}

export function planRelease(inputs: DockerReleaseInputs, context: ActionContext, now = new Date()): ReleasePlan {
  const { event } = context
  const image = imageName(inputs.image, inputs.suffix, event)
  const refContext = refContextFromEvent(event)
  const computed = computeTags(inputs.tagRules, refContext)
  if (computed.tags.length === 0) {
    throw new ConfigurationError(
      `no tag rule gives a tag for ${event.eventName || 'this run'} on ${event.ref || 'no ref'}: add one, e.g. tags: type=sha or type=raw,value=dev`
    )
  }

  const contextDir = resolve(context.workingDirectory, inputs.context)
  if (!existsSync(contextDir) || !statSync(contextDir).isDirectory()) {
    throw new ConfigurationError(
      `the build context ${relative(context.repoRoot, contextDir) || '.'} is not a folder: check the context input`
    )
  }
  const file = inputs.file ? resolve(context.workingDirectory, inputs.file) : join(contextDir, 'Dockerfile')
  if (!existsSync(file)) {
    throw new ConfigurationError(
      `Dockerfile not found at ${relative(context.repoRoot, file)}: give file (the Dockerfile's path) and context (the folder it builds from)`
    )
  }

  const facts = repositoryFacts(event.payload, event.repo)
  const labels = ociLabels(
    {
      ...facts,
      htmlUrl: facts.htmlUrl ?? (event.owner ? `${event.serverUrl}/${event.owner}/${event.repo}` : undefined),
      version: computed.version,
      revision: refContext.sha,
      created: now
    },
    inputs.labels
  )

  return {
    image,
    registry: inputs.registry ?? registryHost(image),
    username: inputs.username ?? event.actor,
    password: inputs.password ?? context.common.githubToken,
    computed,
    tags: computed.tags.map(t => `${image}:${t}`),
    decision: decidePush(inputs.push, event.eventName),
    contextDir,
    file,
    labels
  }
}
