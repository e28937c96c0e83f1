export type CacheMode = 'gha' | 'registry' | 'none'

/** Everything one image build needs, resolved: absolute paths, full tag references, the cache to use. */
export interface BuildPlan {
  /** the build context folder, absolute */
  context: string
  /** the Dockerfile, absolute */
  file: string
  /** full references: image:tag */
  tags: string[]
  labels: Map<string, string>
  /** KEY=VALUE */
  buildArgs: string[]
  target?: string
  /** empty: the daemon's own platform */
  platforms: string[]
  push: boolean
  cache: CacheMode
  /** the image name: the gha cache scope and the registry cache's repository */
  image: string
  provenance: boolean
  sbom: boolean
  /** false for a buildx older than 0.10, which knows neither --provenance nor --sbom (nor makes attestations) */
  attestationFlags?: boolean
  /** where buildx writes the build result (the pushed digest) */
  metadataFile: string
  /** a buildx builder other than the current one */
  builder?: string
}

/** The registry cache's own tag, next to the image's. */
export const REGISTRY_CACHE_TAG = 'buildcache'
