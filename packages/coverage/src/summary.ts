import {
  blobUrl,
  details,
  heading,
  inlineCode,
  link,
  list,
  paragraph,
  raw,
  table,
  type Block,
  type Cell,
  type EventContext
} from '@ci-suite/core'
import type { Counter } from './model.js'
import type { GateResult } from './gates/evaluate.js'
import type { PatchCoverage } from './gates/patch.js'
import type { MergedCoverage } from './report/merge.js'
import { fileTotals, formatPercent, headlineOf, type Rounding, type Totals } from './report/totals.js'

export interface SummaryData {
  totals: Totals
  merged: MergedCoverage
  patch?: PatchCoverage
  delta?: number
  gates: GateResult[]
  notes: string[]
  event: EventContext
  sha: string
}

const RULE_LABEL = { lines: 'lines', 'lines+branches': 'statements + branches', statements: 'statements' } as const
const RULE_TEXT = {
  lines: 'covered lines over measured lines',
  'lines+branches': "coverage.py's formula: (statements run + branches taken) over (statements + branches)",
  statements: "Go's formula: statements run over statements, each block weighted by its statement count"
} as const

export const pct = (c: Counter, rounding: Rounding): string => `${formatPercent(c, rounding)}%`
export const signed = (delta: number): string => `${delta >= 0 ? '+' : ''}${delta.toFixed(2)}`

/** `84.31% lines (+0.42) · patch 91.70% · branches 72.00%` */
export function headlineText(data: Pick<SummaryData, 'totals' | 'patch' | 'delta'>): string {
  const { totals } = data
  const parts = [
    `${pct(totals.headline, totals.rounding)} ${RULE_LABEL[totals.rule]}${data.delta !== undefined ? ` (${signed(data.delta)})` : ''}`
  ]
  if (data.patch?.coverage) parts.push(`patch ${pct(data.patch.coverage, 'half-up')}`)
  if (totals.branches.total > 0 && totals.rule !== 'lines+branches')
    parts.push(`branches ${pct(totals.branches, totals.rounding)}`)
  else if (totals.branches.total > 0) parts.push(`branches ${pct(totals.branches, 'half-up')}`)
  return parts.join(' · ')
}

/** A bar of ten cells for a terminal and a comment: `████████░░ 84.31%`. */
export function coverageBar(percent: number): string {
  const filled = Math.max(0, Math.min(10, Math.round(percent / 10)))
  return '█'.repeat(filled) + '░'.repeat(10 - filled)
}

export function gateTable(gates: GateResult[]): Block {
  const icon = { pass: '✅ pass', fail: '❌ fail', skipped: '➖ not measured' } as const
  return table(
    ['Gate', 'Threshold', 'Actual', 'Result'],
    gates.map(g => [g.name, g.threshold, g.actual, icon[g.status]]),
    ['left', 'right', 'right', 'left']
  )
}

export function uncoveredFilesTable(data: SummaryData): Block[] {
  const patchFiles = (data.patch?.files ?? []).filter(f => f.uncovered.length > 0)
  if (patchFiles.length === 0) return []
  const rows: Cell[][] = patchFiles.map(f => {
    const ranges: Cell = f.uncovered.slice(0, 20).flatMap((r, i) => {
      const label = r.endLine > r.line ? `${r.line}–${r.endLine}` : `${r.line}`
      const href = blobUrl(data.event, data.sha, f.file, r.line, r.endLine)
      return [i > 0 ? ', ' : '', href ? link(label, href) : label]
    })
    if (f.uncovered.length > 20) ranges.push(`, … ${f.uncovered.length - 20} more`)
    return [inlineCode(f.file), ranges, pct(f.coverage, 'half-up')]
  })
  return [
    heading(3, 'Changed lines not covered by tests'),
    table(['File', 'Uncovered changed lines', 'Patch coverage'], rows, ['left', 'left', 'right'])
  ]
}

/** Line coverage per top-level folder as a mermaid bar chart; a text bar stands in on a terminal. */
export function folderChart(data: SummaryData): Block | undefined {
  const folders = new Map<string, { covered: number; total: number }>()
  for (const file of data.merged.files.values()) {
    const t = fileTotals(file)
    const folder = file.path.includes('/') ? file.path.split('/')[0] : '.'
    const f = folders.get(folder) ?? { covered: 0, total: 0 }
    f.covered += t.lines.covered
    f.total += t.lines.total
    folders.set(folder, f)
  }
  const entries = [...folders.entries()].filter(([, f]) => f.total > 0).slice(0, 12)
  if (entries.length < 2) return undefined
  const values = entries.map(([, f]) => ((100 * f.covered) / f.total).toFixed(1))
  const names = entries.map(([name]) => JSON.stringify(name.replace(/"/g, '')))
  const mermaid = [
    '```mermaid',
    'xychart-beta',
    '  title "Line coverage by folder (%)"',
    `  x-axis [${names.join(', ')}]`,
    '  y-axis 0 --> 100',
    `  bar [${values.join(', ')}]`,
    '```'
  ].join('\n')
  const text = entries
    .map(([name, f], i) => `${coverageBar((100 * f.covered) / f.total)} ${values[i]}% ${name}`)
    .join('\n')
  return raw(mermaid, text)
}

export function fileTable(data: SummaryData): Block {
  const { totals } = data
  const rows = [...data.merged.files.values()]
    .map(f => ({ f, t: fileTotals(f) }))
    .sort(
      (a, b) =>
        headlineOf(a.t, totals.rule).percent - headlineOf(b.t, totals.rule).percent || a.f.path.localeCompare(b.f.path)
    )
    .map(({ f, t }): Cell[] => [
      inlineCode(f.path),
      `${t.lines.covered}/${t.lines.total}`,
      t.branches.total > 0 ? `${t.branches.covered}/${t.branches.total}` : '–',
      pct(headlineOf(t, totals.rule), totals.rounding)
    ])
  return details(`All ${data.merged.files.size} files`, [
    table(['File', 'Lines', 'Branches', 'Coverage'], rows, ['left', 'right', 'right', 'right'])
  ])
}

export function summarySections(data: SummaryData): Block[] {
  const { totals } = data
  const blocks: Block[] = [
    raw(
      `### ${coverageBar(totals.headline.percent)} ${headlineText(data)}`,
      `${coverageBar(totals.headline.percent)} ${headlineText(data)}`
    ),
    gateTable(data.gates),
    ...uncoveredFilesTable(data)
  ]
  if (data.merged.unmapped.length > 0) {
    const shown = data.merged.unmapped.slice(0, 20)
    blocks.push(
      heading(3, `${data.merged.unmapped.length} reported files are not in the repository`),
      paragraph(
        'They are left out of every number. Fix the paths the tool writes (run it from the repository root), or check that the report belongs to this checkout.'
      ),
      list(shown.map(u => [inlineCode(u.path), ' in ', inlineCode(u.report)]))
    )
    if (data.merged.unmapped.length > shown.length)
      blocks.push(
        paragraph(`… and ${data.merged.unmapped.length - shown.length} more (the JSON report lists them all).`)
      )
  }
  const chart = folderChart(data)
  if (chart) blocks.push(chart)
  blocks.push(fileTable(data))
  blocks.push(
    paragraph(
      `Coverage is ${RULE_TEXT[totals.rule]}, from ${data.merged.reports.length} report(s): `,
      ...data.merged.reports.flatMap((r, i) => [i > 0 ? ', ' : '', inlineCode(`${r.format} (${r.producer})`)]),
      '.'
    )
  )
  if (data.notes.length > 0) blocks.push(list(data.notes.map(n => [n])))
  return blocks
}
