import type { BuildPlan } from './plan.js'

/** `docker build` (the classic builder, when buildx is missing): one platform, the image lands in the daemon. */
export function classicBuildArgs(plan: BuildPlan, iidFile: string): string[] {
  const args = ['build', '--file', plan.file]
  for (const tag of plan.tags) args.push('--tag', tag)
  for (const [key, value] of plan.labels) args.push('--label', `${key}=${value}`)
  for (const buildArg of plan.buildArgs) args.push('--build-arg', buildArg)
  if (plan.target) args.push('--target', plan.target)
  if (plan.platforms.length === 1) args.push('--platform', plan.platforms[0])
  args.push('--iidfile', iidFile)
  args.push(plan.context)
  return args
}

/** `docker push` prints `<tag>: digest: sha256:… size: N` once the manifest is up. */
export function pushedDigest(output: string): string | undefined {
  return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1]
}
