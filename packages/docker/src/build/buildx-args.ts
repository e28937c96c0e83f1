import type { BuildPlan } from './plan.js'
import { REGISTRY_CACHE_TAG } from './plan.js'

/** The arguments after `docker` for `docker buildx build`, as docker/build-push-action would pass them. */
export function buildxBuildArgs(plan: BuildPlan): string[] {
  const args = ['buildx', 'build']
  if (plan.builder) args.push('--builder', plan.builder)
  args.push('--file', plan.file)
  for (const tag of plan.tags) args.push('--tag', tag)
  for (const [key, value] of plan.labels) args.push('--label', `${key}=${value}`)
  for (const buildArg of plan.buildArgs) args.push('--build-arg', buildArg)
  if (plan.target) args.push('--target', plan.target)
  if (plan.platforms.length > 0) args.push('--platform', plan.platforms.join(','))
  args.push(...cacheArgs(plan))
  // explicit, both ways: buildx's default provenance turns a single-platform push into an index with an
  // unknown/unknown entry, which surprises registries and deploy tools (docker/build-push-action#755)
  if (plan.attestationFlags !== false) {
    args.push(`--provenance=${plan.provenance ? 'mode=max' : 'false'}`)
    args.push(`--sbom=${plan.sbom ? 'true' : 'false'}`)
  }
  args.push('--metadata-file', plan.metadataFile)
  if (plan.push) args.push('--push')
  args.push(plan.context)
  return args
}

function cacheArgs(plan: BuildPlan): string[] {
  switch (plan.cache) {
    case 'gha': {
      // one scope per image (and platform set): two images of a repository must not evict each other's layers
      const scope = `${plan.image}${plan.platforms.length > 0 ? `-${plan.platforms.join('-')}` : ''}`.replace(
        /[^a-zA-Z0-9._-]+/g,
        '-'
      )
      return ['--cache-from', `type=gha,scope=${scope}`, '--cache-to', `type=gha,mode=max,scope=${scope}`]
    }
    case 'registry': {
      const ref = `${plan.image}:${REGISTRY_CACHE_TAG}`
      // writing the cache needs the push credentials: a pull request only reads it
      const from = ['--cache-from', `type=registry,ref=${ref}`]
      return plan.push ? [...from, '--cache-to', `type=registry,ref=${ref},mode=max`] : from
    }
    case 'none':
      return []
  }
}

/** The builder ci-suite creates when the current one cannot do multi-platform or cache export. */
export const CI_SUITE_BUILDER = 'ci-suite'

export function createBuilderArgs(): string[] {
  return ['buildx', 'create', '--name', CI_SUITE_BUILDER, '--driver', 'docker-container', '--bootstrap']
}

/** QEMU's binfmt name for a platform the host cannot run natively, e.g. linux/arm64 → aarch64. */
const QEMU_NAMES: Record<string, string> = {
  arm64: 'aarch64',
  arm: 'arm',
  ppc64le: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  mips64le: 'mips64el',
  amd64: 'x86_64',
  '386': 'i386'
}

/**
 * The emulators the platforms need on a host of `hostArch` (Docker's names: amd64, arm64): none for the host's own
 * architecture (and 386 on amd64, arm on arm64, which run natively).
 */
export function foreignArchitectures(platforms: string[], hostArch: string): string[] {
  const native = new Set([hostArch, hostArch === 'amd64' ? '386' : hostArch === 'arm64' ? 'arm' : hostArch])
  const archs = platforms.map(p => p.split('/')[1] ?? '').filter(a => a && !native.has(a))
  return [...new Set(archs)]
}

export function qemuBinfmtName(arch: string): string | undefined {
  return QEMU_NAMES[arch]
}

/** Registers QEMU emulators through binfmt_misc (what docker/setup-qemu-action runs). */
export function installQemuArgs(archs: string[]): string[] {
  return ['run', '--privileged', '--rm', 'tonistiigi/binfmt:latest', '--install', archs.join(',')]
}
