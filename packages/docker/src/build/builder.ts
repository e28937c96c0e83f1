import { existsSync, readFileSync } from 'node:fs'
import type { DockerCli } from '../docker-cli.js'
import {
  CI_SUITE_BUILDER,
  createBuilderArgs,
  foreignArchitectures,
  installQemuArgs,
  qemuBinfmtName
} from './buildx-args.js'

/**
 * A builder that can export caches and build several platforms: the current one when it already uses the
 * docker-container driver (docker/setup-buildx-action's), else ci-suite's own, created once. QEMU for foreign platforms.
 */
export async function ensureBuilder(
  docker: DockerCli,
  platforms: string[],
  hostArch: string
): Promise<string | undefined> {
  const current = await docker.exec(['buildx', 'inspect'])
  let builder: string | undefined
  if (!(current.exitCode === 0 && /Driver:\s+docker-container/.test(current.stdout))) {
    const existing = await docker.exec(['buildx', 'inspect', CI_SUITE_BUILDER])
    if (existing.exitCode !== 0) await docker.run(createBuilderArgs(), 'builder')
    builder = CI_SUITE_BUILDER
  }
  const missing = foreignArchitectures(platforms, hostArch).filter(arch => {
    const name = qemuBinfmtName(arch)
    return !name || !existsSync(`/proc/sys/fs/binfmt_misc/qemu-${name}`)
  })
  if (missing.length > 0) await docker.run(installQemuArgs(missing), 'builder')
  return builder
}

/** buildx's metadata file names the pushed manifest (or index) digest. */
export function readMetadataDigest(path: string): string | undefined {
  if (!existsSync(path)) return undefined
  const metadata = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  const digest = metadata['containerimage.digest']
  return typeof digest === 'string' ? digest : undefined
}

/** Build steps a builder reports as cached, out of all its steps (classic builder and BuildKit's plain progress). */
export function cacheStats(output: string): { cached: number; total: number } {
  const classicSteps = output.match(/^Step \d+\/\d+ :/gm)?.length ?? 0
  if (classicSteps > 0) return { cached: output.match(/^ ---> Using cache$/gm)?.length ?? 0, total: classicSteps }
  const steps = new Set((output.match(/^#\d+ \[(?!internal\])[^\]]+\]/gm) ?? []).map(l => l.split(' ')[0]))
  const cached = new Set((output.match(/^#\d+ CACHED$/gm) ?? []).map(l => l.split(' ')[0]))
  return { cached: cached.size, total: steps.size }
}
