import type { LineRange } from '@ci-suite/core'

export interface FileDiff {
  /** the path on the `---` line, without the timestamp and isort's `:before` */
  file: string
  diff: string
  /** the lines of the current file the diff changes (its `-` lines; an insertion counts for the line before it) */
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
  // the line of the current file the next hunk line stands for
  let oldLine = 0
  const touch = (line: number) => {
    const hunks = current!.hunks
    const last = hunks[hunks.length - 1]
    if (last && line <= last.end + 1) last.end = Math.max(last.end, line)
    else hunks.push({ start: line, end: line })
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
    const header = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@/.exec(line)
    if (header) {
      // `-0,0` (an empty file) has no line 0
      oldLine = Number(header[1]) + (header[2] === '0' ? 1 : 0)
    } else if (line.startsWith('-') && !line.startsWith('--- ')) {
      touch(Math.max(1, oldLine++))
    } else if (line.startsWith('+') && !line.startsWith('+++ ')) {
      // an inserted line goes between two lines of the current file: it changes the one before it
      touch(Math.max(1, oldLine - 1))
    } else if (line.startsWith(' ')) oldLine++
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
