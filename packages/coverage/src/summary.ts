import {
  blobUrl,
  details,
  heading,
  inlineCode,
  link,
  list,
  paragraph,
  plural,
  raw,
  table,
  type Block,
  type Cell,
  type EventContext
} from '@ci-suite/core'
import { counter, type Counter } from './model.js'
import type { GateResult } from './gates/evaluate.js'
import type { PatchCoverage } from './gates/patch.js'
import type { MergedCoverage, UnmappedFile } from './report/merge.js'
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

export interface FolderCoverage {
  folder: string
  coverage: Counter
}

const MAX_CHART_FOLDERS = 12

/**
 * Coverage per package: files grouped by the folder below the one every measured file shares (`packages/api`,
 * `packages/web` in a monorepo; `src`, `lib` in a flat one), each folder's headline counted with the run's rule.
 * The largest twelve when there are more, in name order.
 */
export function folderCoverage(data: Pick<SummaryData, 'merged' | 'totals'>): {
  folders: FolderCoverage[]
  of: number
} {
  const files = [...data.merged.files.values()]
  const dirs = files.map(f => f.path.split('/').slice(0, -1))
  let shared = dirs.length > 0 ? dirs[0].length : 0
  for (const dir of dirs) {
    let i = 0
    while (i < shared && i < dir.length && dir[i] === dirs[0][i]) i++
    shared = i
  }
  const sums = new Map<string, [number, number]>()
  files.forEach((file, i) => {
    const folder = dirs[i].slice(0, shared + 1).join('/') || '.'
    const c = headlineOf(fileTotals(file), data.totals.rule)
    const sum = sums.get(folder) ?? [0, 0]
    sum[0] += c.covered
    sum[1] += c.total
    sums.set(folder, sum)
  })
  const all = [...sums].filter(([, [, total]]) => total > 0)
  const folders = [...all]
    .sort((a, b) => b[1][1] - a[1][1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_CHART_FOLDERS)
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([folder, [covered, total]]) => ({ folder, coverage: counter(covered, total) }))
  return { folders, of: all.length }
}

/**
 * The coverage of each package as a mermaid bar chart (GitHub draws it in the job summary and in the PR comment);
 * ten-cell text bars stand in on a terminal. None for fewer than two folders: one bar says no more than the headline.
 */
export function folderChart(data: Pick<SummaryData, 'merged' | 'totals'>): Block | undefined {
  const { folders, of } = folderCoverage(data)
  if (folders.length < 2) return undefined
  const { rule, rounding } = data.totals
  const values = folders.map(f => formatPercent(f.coverage, rounding))
  const label = (folder: string): string => JSON.stringify(folder.replace(/["\\]/g, ''))
  const title = `Coverage by folder (% ${RULE_LABEL[rule]})${of > folders.length ? `, the ${folders.length} largest of ${of}` : ''}`
  const mermaid = [
    '```mermaid',
    'xychart-beta',
    `  title ${JSON.stringify(title)}`,
    `  x-axis [${folders.map(f => label(f.folder)).join(', ')}]`,
    `  y-axis "${RULE_LABEL[rule]} %" 0 --> 100`,
    `  bar [${values.join(', ')}]`,
    '```'
  ].join('\n')
  const text = [
    `${title}:`,
    ...folders.map((f, i) => `${coverageBar(f.coverage.percent)} ${values[i].padStart(6)}% ${f.folder}`)
  ].join('\n')
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
  const ignored = data.merged.unmapped.filter(u => u.ignored)
  const missing = data.merged.unmapped.filter(u => !u.ignored)
  if (missing.length > 0) {
    blocks.push(
      heading(
        3,
        `${plural(missing.length, 'reported file')} ${missing.length === 1 ? 'is' : 'are'} not in the repository`
      ),
      paragraph(
        'They are left out of every number. Fix the paths the tool writes (run it from the repository root), or check that the report belongs to this checkout.'
      ),
      ...unmappedList(missing)
    )
  }
  if (ignored.length > 0) {
    blocks.push(
      heading(3, `${plural(ignored.length, 'reported file')} ${ignored.length === 1 ? 'is' : 'are'} ignored by git`),
      paragraph(
        'They are in the checkout but git ignores them (build output), so they are left out of every number. To keep them out of the report, exclude them where the tool writes it (gcovr ',
        inlineCode('--exclude'),
        ', coverage.py ',
        inlineCode('omit'),
        ', jest ',
        inlineCode('coveragePathIgnorePatterns'),
        ').'
      ),
      ...unmappedList(ignored)
    )
  }
  const chart = folderChart(data)
  if (chart) blocks.push(chart)
  blocks.push(fileTable(data))
  blocks.push(
    paragraph(
      `Coverage is ${RULE_TEXT[totals.rule]}, from ${plural(data.merged.reports.length, 'report')}: `,
      ...data.merged.reports.flatMap((r, i) => [i > 0 ? ', ' : '', inlineCode(`${r.format} (${r.producer})`)]),
      '.'
    )
  )
  if (data.notes.length > 0) blocks.push(list(data.notes.map(n => [n])))
  return blocks
}

/** The first 20 files a report names that are not counted, each with its report, and how many more there are. */
function unmappedList(files: UnmappedFile[]): Block[] {
  const shown = files.slice(0, 20)
  return [
    list(shown.map(u => [inlineCode(u.path), ' in ', inlineCode(u.report)])),
    ...(files.length > shown.length
      ? [paragraph(`… and ${files.length - shown.length} more (the JSON report lists them all).`)]
      : [])
  ]
}
