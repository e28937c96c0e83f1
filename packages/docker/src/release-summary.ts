import { code, heading, inlineCode, paragraph, table, type Block } from '@ci-suite/core'
import type { PreviousImage } from './registry/previous-image.js'

export interface ReleaseFacts {
  image: string
  /** full references */
  tags: string[]
  digest?: string
  pushed: boolean
  pushReason: string
  platforms: string[]
  builder: 'buildx' | 'docker build'
  buildMs: number
  cache: string
  cachedSteps: number
  totalSteps: number
  labels: Map<string, string>
  previous?: PreviousImage
  rollback?: string
  notes: string[]
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/** The counts under the verdict. */
export function releaseCounts(f: ReleaseFacts): Array<[string, string | number]> {
  return [
    ['tags', f.tags.length],
    ['pushed', f.pushed ? 'yes' : 'no'],
    ['platforms', f.platforms.length > 0 ? f.platforms.join(', ') : 'the daemon’s'],
    ['build time', seconds(f.buildMs)],
    ['cached steps', f.totalSteps > 0 ? `${f.cachedSteps} of ${f.totalSteps}` : 'n/a']
  ]
}

/** The job summary's sections: what was released, how to pull it, how to roll back. */
export function releaseSections(f: ReleaseFacts): Block[] {
  const blocks: Block[] = [
    heading(3, 'Image'),
    paragraph(inlineCode(f.image), f.pushed ? ' was pushed.' : ` was built, not pushed: ${f.pushReason}.`)
  ]
  if (f.pushed) {
    blocks.push(code(f.tags.map(t => `docker pull ${t}`).join('\n'), 'sh'))
  } else {
    blocks.push(
      paragraph('Tags it would get: ', ...f.tags.flatMap((t, i) => (i === 0 ? [inlineCode(t)] : [', ', inlineCode(t)])))
    )
  }
  blocks.push(
    table(
      ['digest', 'builder', 'layer cache'],
      [[f.digest ? inlineCode(f.digest) : 'none (nothing pushed)', f.builder, f.cache]]
    )
  )
  const version = f.labels.get('org.opencontainers.image.version')
  const revision = f.labels.get('org.opencontainers.image.revision')
  if (version || revision) {
    blocks.push(
      paragraph('Labels: version ', inlineCode(version ?? '-'), ', revision ', inlineCode(revision ?? '-'), '.')
    )
  }
  if (f.previous && f.rollback) {
    const named = f.previous.namedTag ? ` (also tagged ${f.previous.namedTag})` : ''
    blocks.push(
      heading(3, 'Rollback'),
      paragraph(
        `Before this push, `,
        inlineCode(`${f.image}:${f.previous.tag}`),
        ` was `,
        inlineCode(f.previous.digest),
        `${named}. To point it back:`
      ),
      code(f.rollback, 'sh')
    )
  } else if (f.pushed) {
    blocks.push(
      heading(3, 'Rollback'),
      paragraph('No earlier image under these tags: this is the first release of them.')
    )
  }
  if (f.notes.length > 0) blocks.push(heading(3, 'Notes'), paragraph(f.notes.join(' ')))
  return blocks
}
