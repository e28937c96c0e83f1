import type { ToolFinding } from '../adapter.js'
import { splitFormatterDiff } from '../output/formatter-diff.js'

/** One error per file a formatter would change, on the first changed line, carrying that file's diff. */
export function formatterFindings(diffText: string, ruleId: string, message: string): ToolFinding[] {
  return splitFormatterDiff(diffText).map(d => ({
    ruleId,
    severity: 'error',
    message,
    file: d.file,
    line: d.hunks[0]?.start,
    diff: d.diff,
    hunks: d.hunks
  }))
}
