import { counter, type Counter, type FileCoverage, type Producer } from '../model.js'

/** How the headline percent is computed: the formula of the tool that wrote the reports. */
export type HeadlineRule = 'lines' | 'lines+branches' | 'statements'
/** How a percent is rounded to two decimals, as that tool prints it. */
export type Rounding = 'coverage.py' | 'floor' | 'half-up'

export interface FileTotals {
  lines: Counter
  branches: Counter
  functions?: Counter
  statements?: Counter
}

export interface Totals extends FileTotals {
  headline: Counter
  rule: HeadlineRule
  rounding: Rounding
}

/**
 * coverage.py counts statements and branches together; Go counts statements (blocks weighted by their statement
 * count); every other tool's headline is lines. Reports from several tools together fall back to lines.
 */
export function headlineRule(producers: Set<Producer>): HeadlineRule {
  if (producers.size === 1 && producers.has('coverage.py')) return 'lines+branches'
  if (producers.size === 1 && producers.has('go')) return 'statements'
  return 'lines'
}

export function roundingFor(producers: Set<Producer>): Rounding {
  if (producers.size === 1 && producers.has('coverage.py')) return 'coverage.py'
  if (producers.size === 1 && producers.has('istanbul')) return 'floor'
  return 'half-up'
}

export function fileTotals(file: FileCoverage): FileTotals {
  if (file.declared && file.lines.size === 0) return file.declared
  if (file.declared && (file as { reports?: number }).reports === 1)
    return { ...file.declared, statements: file.declared.statements ?? statementTotals(file) }
  const linesCovered = file.lines.coveredCount()
  const branches = file.branches.totals()
  const totals: FileTotals = {
    lines: counter(linesCovered, file.lines.size),
    branches: counter(branches.covered, branches.total)
  }
  if (file.functions) {
    let covered = 0
    for (const hits of file.functions.values()) if (hits > 0) covered++
    totals.functions = counter(covered, file.functions.size)
  }
  totals.statements = statementTotals(file)
  return totals
}

function statementTotals(file: FileCoverage): Counter | undefined {
  if (!file.statements) return undefined
  let covered = 0
  let total = 0
  for (const s of file.statements.values()) {
    total += s.weight
    if (s.hits > 0) covered += s.weight
  }
  return counter(covered, total)
}

export function headlineOf(t: FileTotals, rule: HeadlineRule): Counter {
  if (rule === 'lines+branches') return counter(t.lines.covered + t.branches.covered, t.lines.total + t.branches.total)
  if (rule === 'statements' && t.statements) return t.statements
  return t.lines
}

export function sumTotals(files: Iterable<FileCoverage>, rule: HeadlineRule, rounding: Rounding): Totals {
  const sum = { lines: [0, 0], branches: [0, 0], functions: [0, 0], statements: [0, 0] }
  let hasFunctions = false
  let hasStatements = false
  for (const file of files) {
    const t = fileTotals(file)
    sum.lines[0] += t.lines.covered
    sum.lines[1] += t.lines.total
    sum.branches[0] += t.branches.covered
    sum.branches[1] += t.branches.total
    if (t.functions) {
      hasFunctions = true
      sum.functions[0] += t.functions.covered
      sum.functions[1] += t.functions.total
    }
    if (t.statements) {
      hasStatements = true
      sum.statements[0] += t.statements.covered
      sum.statements[1] += t.statements.total
    }
  }
  const totals: FileTotals = {
    lines: counter(sum.lines[0], sum.lines[1]),
    branches: counter(sum.branches[0], sum.branches[1])
  }
  if (hasFunctions) totals.functions = counter(sum.functions[0], sum.functions[1])
  if (hasStatements) totals.statements = counter(sum.statements[0], sum.statements[1])
  return { ...totals, headline: headlineOf(totals, rule), rule, rounding }
}

/**
 * A percent with two decimals the way the producing tool rounds it: coverage.py's display_covered (Python's round,
 * half to even, and never 0 or 100 unless exact), istanbul's percent() (floored), otherwise to nearest.
 */
export function formatPercent(c: Counter, rounding: Rounding): string {
  if (c.total === 0) return '100.00'
  if (rounding === 'floor') return (Math.floor((1000 * 100 * c.covered) / c.total / 10) / 100).toFixed(2)
  const percent = (100 * c.covered) / c.total
  if (rounding === 'coverage.py') {
    if (percent > 0 && percent < 0.01) return '0.01'
    if (percent > 99.99 && percent < 100) return '99.99'
    const scaled = percent * 100
    const floor = Math.floor(scaled)
    if (scaled - floor === 0.5) return ((floor % 2 === 0 ? floor : floor + 1) / 100).toFixed(2)
  }
  return percent.toFixed(2)
}

/** The displayed percent as a number, for comparing with a threshold the way a reader compares them. */
export function displayedPercent(c: Counter, rounding: Rounding): number {
  return Number(formatPercent(c, rounding))
}
