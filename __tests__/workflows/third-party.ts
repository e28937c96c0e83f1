import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../harness/run-action.js'

export interface PinnedAction {
  action: string
  version: string
  commit: string
  inputs: string[]
}

/** The rows of docs/third-party-actions.md, the one table of pinned third-party actions. */
export function pinnedActions(): Map<string, PinnedAction> {
  const text = readFileSync(join(REPO_ROOT, 'docs', 'third-party-actions.md'), 'utf8')
  const rows = new Map<string, PinnedAction>()
  for (const line of text.split('\n')) {
    const cells = line.split('|').map(c => c.trim())
    if (cells.length < 6 || !/^[0-9a-f]{40}$/.test(cells[3])) continue
    rows.set(cells[1], {
      action: cells[1],
      version: cells[2],
      commit: cells[3],
      inputs: cells[4]
        .split(',')
        .map(s => s.trim())
        .filter(Boolean)
    })
  }
  return rows
}
