import type { ActionDefinition } from '@ci-suite/core'
import { readDockerReleaseInputs, type DockerReleaseInputs } from './inputs.js'
import { runDockerRelease } from './run.js'

export type { DockerReleaseInputs } from './inputs.js'
export { computeTags, refContextFromEvent } from './tags/compute.js'
export { DEFAULT_TAG_RULES, parseTagRules } from './tags/rules.js'
export { buildxBuildArgs } from './build/buildx-args.js'

/** docker-release: build, tag, push and summarise a container image. */
export const definition: ActionDefinition<DockerReleaseInputs> = {
  name: 'docker-release',
  title: 'Docker release',
  // no findings: the step passes when the image is built (and pushed), errors when it cannot be
  failOn: { values: ['error', 'never'], default: 'error' },
  readInputs: readDockerReleaseInputs,
  run: runDockerRelease
}
