// The bench's view of coverage-gate: parse one report with the action's own code, sum its totals, print them.
import { parseReport } from '../../packages/coverage/src/formats/detect.js'
import { headlineRule, roundingFor, sumTotals } from '../../packages/coverage/src/report/totals.js'

const file = process.argv[2]
const started = performance.now()
const report = await parseReport(file)
const totals = sumTotals(
  report.files,
  headlineRule(new Set([report.producer])),
  roundingFor(new Set([report.producer]))
)
console.log(
  JSON.stringify({
    ms: Math.round(performance.now() - started),
    files: report.files.length,
    lines: totals.lines,
    branches: totals.branches
  })
)
