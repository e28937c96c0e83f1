import type { LineRange } from '@ci-suite/core'

export interface FileDiff {
  /** the path on the `---` line, without the timestamp and isort's `:before` */
  file: string
  diff: string
  /** the changed lines of the current file (the `-` side) */
  hunks: LineRange[]
}

/**
 * Splits a formatter's `--diff` output (black, isort, ruff format: unified diffs whose `-` side is the file on disk)
 * into one diff per file.
 */
export function splitFormatterDiff(text: string): FileDiff[] {
  const files: FileDiff[] = []
  const lines = text.split('\n')
  let current: { file: string; lines: string[]; hunks: LineRange[] } | undefined
  const flush = () => {
    if (current) files.push({ file: current.file, diff: current.lines.join('\n').trimEnd(), hunks: current.hunks })
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.startsWith('--- ') && lines[i + 1]?.startsWith('+++ ')) {
      flush()
      current = { file: diffPath(line.slice(4)), lines: [line], hunks: [] }
      continue
    }
    if (!current) continue
    current.lines.push(line)
    const m = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/.exec(line)
    if (m) {
      const start = Math.max(1, Number(m[1]))
      const count = m[2] === undefined ? 1 : Number(m[2])
      current.hunks.push({ start, end: Math.max(start, start + count - 1) })
    }
  }
  flush()
  return files
}

function diffPath(header: string): string {
  const path = header
    .split('\t')[0]
    .trim()
    .replace(/:before$/, '')
  return path.startsWith('a/') ? path.slice(2) : path
}
