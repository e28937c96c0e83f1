import { ConfigurationError, readSecretInput, type InputReader } from '@ci-suite/core'
import type { CacheMode } from './build/plan.js'
import type { PushMode } from './push-policy.js'
import { DEFAULT_TAG_RULES, parseTagRules, type TagRule } from './tags/rules.js'

export interface DockerReleaseInputs {
  /** undefined: ghcr.io/<owner>/<repo> */
  image?: string
  suffix: string
  context: string
  /** undefined: <context>/Dockerfile */
  file?: string
  target?: string
  buildArgs: string[]
  platforms: string[]
  push: PushMode
  tagRules: TagRule[]
  labels: string[]
  /** undefined: the image's registry host */
  registry?: string
  /** undefined: the actor */
  username?: string
  /** undefined: the github-token */
  password?: string
  cache: CacheMode
  provenance: boolean
  sbom: boolean
}

export const CACHE_MODES = ['gha', 'registry', 'none'] as const
export const PUSH_MODES = ['auto', 'true', 'false'] as const

const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/

export function readDockerReleaseInputs(reader: InputReader): DockerReleaseInputs {
  const buildArgs = reader.lines('build-args')
  for (const arg of buildArgs) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(arg))
      throw new ConfigurationError(`build-args: each line is NAME=value, got "${arg}"`)
  }
  const platforms = reader.list('platforms')
  for (const platform of platforms) {
    if (!PLATFORM.test(platform)) {
      throw new ConfigurationError(
        `platforms: "${platform}" is not os/arch[/variant], e.g. linux/amd64, linux/arm64, linux/arm/v7`
      )
    }
  }
  const labels = reader.lines('labels')
  for (const label of labels) {
    if (label.indexOf('=') <= 0) throw new ConfigurationError(`labels: each line is key=value, got "${label}"`)
  }
  const suffix = reader.string('suffix', '')
  if (suffix && !/^[a-zA-Z0-9._/-]+$/.test(suffix)) {
    throw new ConfigurationError(
      `suffix: letters, digits and . _ - / only (it is appended to the image name), got "${suffix}"`
    )
  }
  return {
    image: reader.string('image'),
    suffix,
    context: reader.string('context', '.'),
    file: reader.string('file'),
    target: reader.string('target'),
    buildArgs,
    platforms,
    push: reader.choice('push', PUSH_MODES, 'auto'),
    tagRules: parseTagRules(reader.lines('tags', DEFAULT_TAG_RULES)),
    labels,
    registry: reader.string('registry'),
    username: reader.string('username'),
    // never repeated in the reproduce command; registered as a secret by run()
    password: readSecretInput(reader, 'password'),
    cache: reader.choice('cache', CACHE_MODES, 'gha'),
    provenance: reader.boolean('provenance', false),
    sbom: reader.boolean('sbom', false)
  }
}
