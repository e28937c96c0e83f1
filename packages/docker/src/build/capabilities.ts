import { ConfigurationError } from '@ci-suite/core'
import type { CacheMode } from './plan.js'

/** What buildx needs to reach the Actions cache; a runner gives them to every JavaScript action. */
export const GHA_CACHE_ENV = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']

/** buildx 0.10 added --provenance/--sbom; 0.21 speaks the Actions cache service v2 (v1 was shut down in April 2025). */
const ATTESTATION_FLAGS_SINCE = [0, 10, 0]
const GHA_CACHE_V2_SINCE = [0, 21, 0]

export interface BuildRequest {
  platforms: string[]
  cache: CacheMode
  provenance: boolean
  sbom: boolean
}

export interface BuildCapabilities {
  /** the cache actually used */
  cache: CacheMode
  /** whether this buildx takes --provenance and --sbom */
  attestationFlags: boolean
  /** what was given up, with why: shown as notices and in the summary */
  notes: string[]
}

/** `0.21.1` ≥ [0, 21, 0]; an unreadable version counts as new. */
export function versionAtLeast(version: string, minimum: number[]): boolean {
  const parts = /(\d+)\.(\d+)\.(\d+)/.exec(version)
  if (!parts) return true
  for (let i = 0; i < 3; i++) {
    const part = Number(parts[i + 1])
    if (part !== minimum[i]) return part > minimum[i]
  }
  return true
}

/**
 * What this runner's docker can do of what was asked: without buildx only one platform and no attestation (errors)
 * and no layer cache (a notice); the gha cache also needs a recent buildx and the runner's cache service.
 */
export function buildCapabilities(
  request: BuildRequest,
  buildxVersion: string | undefined,
  env: Record<string, string | undefined>
): BuildCapabilities {
  const notes: string[] = []
  if (!buildxVersion) {
    if (request.platforms.length > 1) {
      throw new ConfigurationError(
        `platforms asks for ${request.platforms.length} platforms, which needs buildx, and this runner's docker has none: install the buildx plugin (docker/setup-buildx-action) or build one platform`
      )
    }
    if (request.provenance || request.sbom) {
      throw new ConfigurationError(
        'provenance and sbom attestations need buildx, and this runner has none: install the buildx plugin or turn them off'
      )
    }
    if (request.cache !== 'none') {
      notes.push(
        `The ${request.cache} cache needs buildx, which this runner lacks: built without a layer cache (docker build).`
      )
    }
    return { cache: 'none', attestationFlags: false, notes }
  }
  const attestationFlags = versionAtLeast(buildxVersion, ATTESTATION_FLAGS_SINCE)
  if ((request.provenance || request.sbom) && !attestationFlags) {
    throw new ConfigurationError(
      `provenance and sbom attestations need buildx 0.10 or later, and this runner has ${buildxVersion}: update it (docker/setup-buildx-action)`
    )
  }
  let cache = request.cache
  if (cache === 'gha' && !versionAtLeast(buildxVersion, GHA_CACHE_V2_SINCE)) {
    notes.push(
      `The gha cache needs buildx 0.21 or later (the Actions cache service v2), and this runner has ${buildxVersion}: built without it.`
    )
    cache = 'none'
  } else if (cache === 'gha' && GHA_CACHE_ENV.some(name => !env[name])) {
    notes.push(
      'The gha cache needs the runner’s Actions cache service (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL), which this run lacks: built without it.'
    )
    cache = 'none'
  }
  return { cache, attestationFlags, notes }
}
