import { BranchTable } from './branch-table.js'
import { LineTable } from './line-table.js'

export { detached } from '@ci-suite/core'

/** Coverage of one measured thing: `percent` is unrounded (0..100); 100 when there is nothing to measure. */
export interface Counter {
  covered: number
  total: number
  percent: number
}

export function counter(covered: number, total: number): Counter {
  return { covered, total, percent: total > 0 ? (100 * covered) / total : 100 }
}

/** One weighted statement or block (Go blocks weigh their statement count, Istanbul statements weigh 1). */
export interface Statement {
  weight: number
  hits: number
}

/** Which tool wrote a report: decides the headline formula and the rounding, as that tool prints them. */
export type Producer = 'coverage.py' | 'gcovr' | 'istanbul' | 'lcov' | 'jacoco' | 'clover' | 'go' | 'cobertura'

export type FormatName =
  | 'cobertura'
  | 'lcov'
  | 'jacoco'
  | 'clover'
  | 'coverage.py-json'
  | 'istanbul-final'
  | 'istanbul-summary'
  | 'gcovr-json'
  | 'gcovr-summary'
  | 'go-profile'

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
  /** branches by line, named (merged branch by branch) or counted per line */
  branches: BranchTable
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
  return { path, lines: new LineTable(), branches: new BranchTable() }
}

export function addLine(file: FileCoverage, line: number, hits: number): void {
  file.lines.max(line, hits)
}
