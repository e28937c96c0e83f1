/** A run of lines in the new version of a file, 1-based and inclusive. */
export interface LineRange {
  start: number
  end: number
}

export interface FileChange {
  /** path in the new version (for a deletion, the old path) */
  path: string
  oldPath?: string
  status: 'added' | 'modified' | 'deleted' | 'renamed'
  binary: boolean
  /** lines added or changed in the new version */
  added: LineRange[]
}

/** Git's C-style quoting of unusual paths (`"a\tb"`, octal bytes for non-ASCII), undone. */
export function unquoteGitPath(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"') || path.length < 2) return path
  // git quotes unusual names C-style with octal escapes for bytes
  const bytes: number[] = []
  const body = path.slice(1, -1)
  for (let i = 0; i < body.length; i++) {
    const c = body[i]
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'))
      continue
    }
    const next = body[++i]
    if (next === undefined) break
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8))
      i += 2
    } else
      bytes.push(
        ({ n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 } as Record<string, number>)[next] ??
          next.charCodeAt(0)
      )
  }
  return Buffer.from(bytes).toString('utf8')
}

function stripPrefix(path: string): string {
  const p = unquoteGitPath(path.trim())
  return p.startsWith('a/') || p.startsWith('b/') ? p.slice(2) : p
}

/** Parses `git diff --unified=0` output into the added line ranges of each file. */
export function parseUnifiedDiff(text: string): FileChange[] {
  const files: FileChange[] = []
  let current: FileChange | undefined
  for (const line of text.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = { path: '', status: 'modified', binary: false, added: [] }
      files.push(current)
      continue
    }
    if (!current) continue
    if (line.startsWith('--- ')) {
      const p = line.slice(4)
      if (p !== '/dev/null') current.oldPath = stripPrefix(p)
      else current.status = 'added'
    } else if (line.startsWith('+++ ')) {
      const p = line.slice(4)
      if (p === '/dev/null') {
        current.status = 'deleted'
        current.path = current.oldPath ?? ''
      } else current.path = stripPrefix(p)
    } else if (line.startsWith('rename from ')) {
      current.oldPath = unquoteGitPath(line.slice(12))
      current.status = 'renamed'
    } else if (line.startsWith('rename to ')) {
      current.path = unquoteGitPath(line.slice(10))
    } else if (line.startsWith('new file mode')) {
      current.status = 'added'
    } else if (line.startsWith('deleted file mode')) {
      current.status = 'deleted'
    } else if (line.startsWith('Binary files ')) {
      current.binary = true
      const m = / and (?:b\/)?(.*) differ$/.exec(line)
      if (m && !current.path && m[1] !== '/dev/null') current.path = stripPrefix(m[1])
    } else if (line.startsWith('@@ ')) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line)
      if (m) {
        const start = Number(m[1])
        const count = m[2] === undefined ? 1 : Number(m[2])
        if (count > 0) current.added.push({ start, end: start + count - 1 })
      }
    }
  }
  for (const f of files) if (!f.path && f.oldPath) f.path = f.oldPath
  return files
}

export function lineInRanges(line: number, ranges: LineRange[]): boolean {
  return ranges.some(r => line >= r.start && line <= r.end)
}

/** Joins sorted line numbers into contiguous ranges. */
export function toRanges(lines: number[]): LineRange[] {
  const sorted = [...new Set(lines)].sort((a, b) => a - b)
  const ranges: LineRange[] = []
  for (const n of sorted) {
    const last = ranges[ranges.length - 1]
    if (last && n === last.end + 1) last.end = n
    else ranges.push({ start: n, end: n })
  }
  return ranges
}
