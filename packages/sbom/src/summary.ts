import {
  details,
  heading,
  inlineCode,
  list,
  paragraph,
  plural,
  raw,
  table,
  type Block,
  type Inline
} from '@ci-suite/core'
import { classifyLicense } from './licenses/classify.js'
import type { SbomComponent, SbomModel } from './model.js'
import { byCodePoint } from './collect.js'

const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`

/** How many licenses the pie chart names before it groups the rest as "other". */
const CHART_SLICES = 8
/** How many names a list of components without a license or a hash shows. */
const LIST_LIMIT = 50

export interface SbomFigures {
  components: number
  byEcosystem: Record<string, { required: number; optional: number }>
  licensed: number
  hashed: number
  licenses: Array<[string, number]>
}

export function sbomFigures(model: SbomModel): SbomFigures {
  const byEcosystem: SbomFigures['byEcosystem'] = {}
  const licenses = new Map<string, number>()
  for (const c of model.components) {
    const entry = (byEcosystem[c.ecosystem] ??= { required: 0, optional: 0 })
    entry[c.scope === 'optional' ? 'optional' : 'required']++
    const label = licenseLabel(c)
    licenses.set(label, (licenses.get(label) ?? 0) + 1)
  }
  return {
    components: model.components.length,
    byEcosystem,
    licensed: model.components.filter(c => c.license).length,
    hashed: model.components.filter(c => c.hashes.length > 0).length,
    licenses: [...licenses].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))
  }
}

/** The license as a reader groups them: the SPDX spelling of an id or expression, else the text, else "unknown". */
function licenseLabel(component: SbomComponent): string {
  const choice = classifyLicense(component.license)
  if (!choice) return 'unknown'
  return choice.kind === 'id' ? choice.id : choice.kind === 'expression' ? choice.expression : choice.name
}

export interface SummaryFacts {
  model: SbomModel
  figures: SbomFigures
  /** as the user sees it: relative to the repository top level when inside it */
  path: string
  formatLabel: string
  /** one sentence about the release asset, when an upload was tried or skipped for a reason worth saying */
  upload?: Inline[]
  unpinned: number
  omittedDev: number
}

export function sbomSections(facts: SummaryFacts): Block[] {
  const { model, figures } = facts
  const blocks: Block[] = [
    paragraph(
      `${facts.formatLabel} with ${figures.components} components from ${model.lockfiles.length} lockfile${model.lockfiles.length === 1 ? '' : 's'}: `,
      inlineCode(facts.path)
    )
  ]
  if (facts.upload) blocks.push(paragraph(...facts.upload))
  const ecosystems = Object.keys(figures.byEcosystem).sort(byCodePoint)
  if (ecosystems.length > 0) {
    blocks.push(heading(3, 'Components by ecosystem and scope'))
    blocks.push(
      table(
        ['Ecosystem', 'Required', 'Optional (dev)', 'Total'],
        ecosystems.map(e => {
          const { required, optional } = figures.byEcosystem[e] as { required: number; optional: number }
          return [e, String(required), String(optional), String(required + optional)]
        }),
        ['left', 'right', 'right', 'right']
      )
    )
  }
  if (figures.components > 0) {
    blocks.push(heading(3, 'Licenses'))
    blocks.push(licenseChart(figures))
    blocks.push(
      details(figures.licenses.length === 1 ? 'The license' : `All ${plural(figures.licenses.length, 'license')}`, [
        table(
          ['License', 'Components'],
          figures.licenses.map(([license, count]) => [license, String(count)]),
          ['left', 'right']
        )
      ])
    )
  }
  const unlicensed = model.components.filter(c => !c.license)
  // a workspace member or a local folder has no published artifact to hash
  const unhashed = model.components.filter(
    c => c.hashes.length === 0 && c.source !== 'workspace' && c.source !== 'file'
  )
  if (unlicensed.length > 0)
    blocks.push(details(`${counted(unlicensed.length, 'component')} without a license`, [componentList(unlicensed)]))
  if (unhashed.length > 0)
    blocks.push(details(`${counted(unhashed.length, 'component')} without a hash`, [componentList(unhashed)]))
  const notes: Inline[][] = []
  if (facts.omittedDev > 0)
    notes.push([`${counted(facts.omittedDev, 'development package')} left out (set include-dev: true to list them).`])
  if (facts.unpinned > 0)
    notes.push([
      `${counted(facts.unpinned, 'requirement')} without an exact version ${facts.unpinned === 1 ? 'is' : 'are'} not in the SBOM.`
    ])
  if (notes.length > 0) blocks.push(list(notes))
  return blocks
}

/** A mermaid pie of the most common licenses; a terminal gets the same figures as text. */
function licenseChart(figures: SbomFigures): Block {
  const top = figures.licenses.slice(0, CHART_SLICES)
  const rest = figures.licenses.slice(CHART_SLICES).reduce((sum, [, n]) => sum + n, 0)
  const slices: Array<[string, number]> = rest > 0 ? [...top, ['other', rest]] : top
  // names come from package metadata: keep them from closing the fence or the quoted label
  const label = (text: string) => text.replace(/[^\w .+()/:-]/g, '?').slice(0, 60)
  const markdown = [
    '```mermaid',
    'pie showData title Licenses',
    ...slices.map(([name, n]) => `  "${label(name)}" : ${n}`),
    '```'
  ].join('\n')
  const text = slices.map(([name, n]) => `${name}: ${n}`).join(', ')
  return raw(markdown, text)
}

function componentList(components: SbomComponent[]): Block {
  const shown = components.slice(0, LIST_LIMIT).map(c => [inlineCode(c.purl)] as Inline[])
  if (components.length > LIST_LIMIT) shown.push([`and ${components.length - LIST_LIMIT} more (all are in the SBOM)`])
  return list(shown)
}
