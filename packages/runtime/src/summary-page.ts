import {
  code,
  heading,
  paragraph,
  table,
  type ActionResult,
  type AnnotationSelection,
  type Block,
  type Status
} from '@ci-suite/core'

export const STATUS_ICON: Record<Status, string> = { pass: '✅', fail: '❌', error: '⚠️' }

export interface SummaryPageInput {
  title: string
  status: Status
  reason: string
  result?: ActionResult
  annotations?: AnnotationSelection
  reproduce: string
  failOn: string
  durationMs: number
}

/** A gate's section of the job summary: verdict, reason, counts, the action's sections, how to reproduce and fix. */
export function summaryPage(page: SummaryPageInput): Block[] {
  const blocks: Block[] = [
    heading(2, `${STATUS_ICON[page.status]} ${page.title}: ${page.status}`),
    paragraph(page.reason)
  ]
  if (page.failOn === 'never' && page.status !== 'pass') {
    blocks.push(paragraph('Report only (fail-on: never): this step does not fail.'))
  }
  const counts = page.result?.counts ?? []
  if (counts.length)
    blocks.push(
      table(
        ['', 'count'],
        counts.map(([k, v]) => [k, String(v)]),
        ['left', 'right']
      )
    )
  blocks.push(...(page.result?.sections ?? []))
  const omitted = page.annotations?.omitted
  if (omitted && omitted.error + omitted.warning + omitted.notice > 0) {
    const parts = (['error', 'warning', 'notice'] as const)
      .filter(l => omitted[l] > 0)
      .map(l => `${omitted[l]} ${l}${omitted[l] === 1 ? '' : 's'}`)
    blocks.push(
      paragraph(
        `GitHub shows 10 annotations of each kind per step: ${parts.join(', ')} more are in the tables above and in the JSON report.`
      )
    )
  }
  blocks.push(heading(3, 'Reproduce locally'), code(page.reproduce, 'sh'))
  if (page.result?.fix?.length) blocks.push(heading(3, 'How to fix'), ...page.result.fix)
  return blocks
}
