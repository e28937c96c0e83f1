import { LineTable } from './line-table.js'

/** Coverage of one measured thing: `percent` is unrounded (0..100); 100 when there is nothing to measure. */
export interface Counter {
  covered: number
  total: number
  percent: number
}

export function counter(covered: number, total: number): Counter {
  return { covered, total, percent: total > 0 ? (100 * covered) / total : 100 }
}

/**
 * The branches measured on one source line. `keys`/`hits` name each branch and its count when the format does
 * (LCOV, Istanbul, coverage.py JSON): two short arrays, as a line has few branches.
 */
export interface LineBranches {
  covered: number
  total: number
  keys?: string[]
  hits?: number[]
}

/** One weighted statement or block (Go blocks weigh their statement count, Istanbul statements weigh 1). */
export interface Statement {
  weight: number
  hits: number
}

/** Which tool wrote a report: decides the headline formula and the rounding, as that tool prints them. */
export type Producer = 'coverage.py' | 'gcovr' | 'istanbul' | 'lcov' | 'jacoco' | 'clover' | 'go' | 'cobertura'

export type FormatName =
  'cobertura' | 'lcov' | 'jacoco' | 'clover' | 'coverage.py-json' | 'istanbul-final' | 'istanbul-summary' | 'go-profile'

/** Totals a summary-only format declares for a file (Istanbul coverage-summary.json): no line detail. */
export interface DeclaredTotals {
  lines: Counter
  branches: Counter
  functions?: Counter
  statements?: Counter
}

export interface FileCoverage {
  /** the path as the report names it */
  path: string
  /** line number → execution count */
  lines: LineTable
  branches: Map<number, LineBranches>
  /** function key (name@line) → execution count, where the format has functions */
  functions?: Map<string, number>
  /** statement location → weighted statement, where the format measures statements (Go, Istanbul) */
  statements?: Map<string, Statement>
  declared?: DeclaredTotals
}

/** One parsed report file. */
export interface CoverageReport {
  file: string
  format: FormatName
  producer: Producer
  files: FileCoverage[]
  /** folders the report's relative paths start from (Cobertura `<source>`), absolute or report-relative */
  sourceRoots: string[]
}

export function emptyFile(path: string): FileCoverage {
  return { path, lines: new LineTable(), branches: new Map() }
}

/**
 * Adds one branch measurement to a line; a branch named again (a repeated LCOV record) adds to its count. The
 * arrays are rebuilt at their exact size: a line has a handful of branches, and an array grown by push reserves 17.
 */
export function addBranch(file: FileCoverage, line: number, key: string, hits: number): void {
  const entry = file.branches.get(line)
  if (!entry) {
    file.branches.set(line, { covered: hits > 0 ? 1 : 0, total: 1, keys: [key], hits: [hits] })
    return
  }
  const keys = entry.keys ?? []
  const counts = entry.hits ?? []
  const at = keys.indexOf(key)
  if (at < 0) {
    entry.keys = keys.concat(key)
    entry.hits = counts.concat(hits)
    entry.total++
    if (hits > 0) entry.covered++
  } else {
    if (counts[at] === 0 && hits > 0) entry.covered++
    counts[at] += hits
  }
}

export function addLine(file: FileCoverage, line: number, hits: number): void {
  file.lines.max(line, hits)
}

/**
 * A copy of a string that holds no reference to the chunk it was cut from: V8 keeps a slice of 13 characters or
 * more as a view into its parent, so one path kept per file would pin every 1 MiB chunk of a 100 MB report.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8')
}
