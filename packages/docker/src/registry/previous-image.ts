import type { RegistryClient } from './client.js'

/** What a moving tag pointed at before this push: runbook 004's rollback target. */
export interface PreviousImage {
  /** the moving tag (latest, main) this push moves */
  tag: string
  digest: string
  /** another tag of the same image that still names it (sha-abc1234), when one was found */
  namedTag?: string
}

/** How many other tags to look at for a name of the previous image. */
const NAME_LOOKUPS = 30
const PARALLEL_LOOKUPS = 10

/**
 * Before a push: the first of `tags` (latest first) that exists in the registry, and where it points. Immutable-looking
 * tags (sha-…, a full x.y.z version) are not rollback targets: they never move.
 */
export async function findPreviousImage(
  client: RegistryClient,
  repository: string,
  tags: string[]
): Promise<PreviousImage | undefined> {
  const moving = tags.filter(t => !/^sha-[0-9a-f]{7,40}$/.test(t) && !/^v?\d+\.\d+\.\d+$/.test(t))
  const ordered = [...moving.filter(t => t === 'latest'), ...moving.filter(t => t !== 'latest')]
  for (const tag of ordered) {
    const digest = await client.digestOf(repository, tag)
    if (!digest) continue
    const previous: PreviousImage = { tag, digest }
    const others = (await client.tags(repository)).filter(t => !tags.includes(t))
    // sha- tags first, newest-looking last in a lexical list, so look from the end
    const candidates = [
      ...others.filter(t => t.startsWith('sha-')).reverse(),
      ...others.filter(t => !t.startsWith('sha-'))
    ]
    // a few requests at a time: a registry answers each in milliseconds, but thirty in a row add up
    const lookups = candidates.slice(0, NAME_LOOKUPS)
    for (let i = 0; i < lookups.length && !previous.namedTag; i += PARALLEL_LOOKUPS) {
      const batch = lookups.slice(i, i + PARALLEL_LOOKUPS)
      const digests = await Promise.all(batch.map(other => client.digestOf(repository, other)))
      previous.namedTag = batch.find((_other, j) => digests[j] === digest)
    }
    if (!previous.namedTag) delete previous.namedTag
    return previous
  }
  return undefined
}

/** The commands that point the moved tag back at the previous image. */
export function rollbackCommand(image: string, previous: PreviousImage, multiPlatform: boolean): string {
  const source = `${image}@${previous.digest}`
  const target = `${image}:${previous.tag}`
  // an index keeps every platform only when copied registry-side; pull/tag/push would keep one
  if (multiPlatform) return `docker buildx imagetools create --tag ${target} ${source}`
  return `docker pull ${source} && docker tag ${source} ${target} && docker push ${target}`
}
