import type { CoverageInputs } from '../inputs.js'
import type { MergedFile } from '../report/merge.js'
import { displayedPercent, fileTotals, formatPercent, headlineOf, type Totals } from '../report/totals.js'
import type { PatchCoverage } from './patch.js'

export interface GateResult {
  name: string
  threshold: string
  actual: string
  status: 'pass' | 'fail' | 'skipped'
  /** one line for the verdict when it failed */
  reason?: string
}

export interface GateInput {
  totals: Totals
  files: Map<string, MergedFile>
  patch?: PatchCoverage
  delta?: number
}

/**
 * The gates, each comparing the percent as displayed (two decimals, the tool's rounding) with its threshold, so
 * that what a reader sees decides: 79.996% shown as 80.00% passes a minimum of 80.
 */
export function evaluateGates(inputs: CoverageInputs, data: GateInput): GateResult[] {
  const { totals } = data
  const gates: GateResult[] = []
  const headline = displayedPercent(totals.headline, totals.rounding)
  gates.push(
    gate(
      'coverage',
      inputs.minCoverage,
      `${formatPercent(totals.headline, totals.rounding)}%`,
      headline >= inputs.minCoverage,
      `coverage ${headline.toFixed(2)}% is below the minimum ${inputs.minCoverage}%`
    )
  )
  if (inputs.minBranchCoverage !== undefined) {
    if (totals.branches.total === 0) {
      gates.push({
        name: 'branch coverage',
        threshold: `≥ ${inputs.minBranchCoverage}%`,
        actual: 'no branch data',
        status: 'fail',
        reason:
          'min-branch-coverage is set but the reports have no branch data (turn on branch coverage, e.g. --cov-branch)'
      })
    } else {
      const branch = displayedPercent(totals.branches, totals.rounding)
      gates.push(
        gate(
          'branch coverage',
          inputs.minBranchCoverage,
          `${branch.toFixed(2)}%`,
          branch >= inputs.minBranchCoverage,
          `branch coverage ${branch.toFixed(2)}% is below the minimum ${inputs.minBranchCoverage}%`
        )
      )
    }
  }
  if (inputs.minFileCoverage !== undefined) {
    const min = inputs.minFileCoverage
    const below = [...data.files.values()].filter(f => {
      const c = headlineOf(fileTotals(f), totals.rule)
      return c.total > 0 && displayedPercent(c, totals.rounding) < min
    })
    gates.push({
      name: 'every file',
      threshold: `≥ ${min}%`,
      actual: below.length === 0 ? 'all files' : `${below.length} file(s) below`,
      status: below.length === 0 ? 'pass' : 'fail',
      reason: below.length ? `${below.length} file(s) below ${min}% (first: ${below[0].path})` : undefined
    })
  }
  if (inputs.minPatchCoverage !== undefined) {
    const c = data.patch?.coverage
    if (!c) {
      gates.push({
        name: 'patch coverage',
        threshold: `≥ ${inputs.minPatchCoverage}%`,
        actual: data.patch ? 'no measured line changed' : 'no diff',
        status: 'skipped'
      })
    } else {
      const patch = displayedPercent(c, 'half-up')
      gates.push(
        gate(
          'patch coverage',
          inputs.minPatchCoverage,
          `${patch.toFixed(2)}%`,
          patch >= inputs.minPatchCoverage,
          `patch coverage ${patch.toFixed(2)}% is below the minimum ${inputs.minPatchCoverage}%`
        )
      )
    }
  }
  if (inputs.maxDecrease !== undefined) {
    if (data.delta === undefined) {
      gates.push({
        name: 'decrease vs base',
        threshold: `≤ ${inputs.maxDecrease}`,
        actual: 'no baseline',
        status: 'skipped'
      })
    } else {
      const ok = -data.delta <= inputs.maxDecrease + 1e-9
      gates.push({
        name: 'decrease vs base',
        threshold: `≤ ${inputs.maxDecrease}`,
        actual: `${data.delta >= 0 ? '+' : ''}${data.delta.toFixed(2)}`,
        status: ok ? 'pass' : 'fail',
        reason: ok
          ? undefined
          : `coverage fell by ${(-data.delta).toFixed(2)} points, more than max-decrease ${inputs.maxDecrease}`
      })
    }
  }
  return gates
}

function gate(name: string, min: number, actual: string, ok: boolean, reason: string): GateResult {
  return { name, threshold: `≥ ${min}%`, actual, status: ok ? 'pass' : 'fail', reason: ok ? undefined : reason }
}
