/**
 * Private keys span lines: a BEGIN marker, a base64 body, an END marker. The tracker follows one file's consecutive
 * lines with indexOf only (no regex over the body), so a line of ten thousand BEGIN markers costs one pass.
 */
export interface PrivateKeyFound {
  /** the key body without markers, whitespace, quotes or escaped newlines */
  body: string
  /** the body as it appears in the file, line by line: what must be masked */
  parts: string[]
  line: number
  column: number
  /** the line it ends on: its END marker's, or its last body line's when it has none */
  lastLine: number
}

export type PrivateKeyResult = { found: PrivateKeyFound } | { decoy: true }

const MARKER = /-----BEGIN[ A-Z0-9_-]{0,100}?PRIVATE KEY(?: BLOCK)?-----/y
const MAX_BODY = 64 * 1024
const MIN_BODY = 64

interface Pending {
  line: number
  column: number
  lastLine: number
  parts: string[]
  size: number
}

function normalize(parts: string[]): string {
  return parts
    .join('\n')
    .replace(/\\[nr]/g, '\n')
    .replace(/^(?:[A-Za-z-]+: [^\n]*)$/gm, '')
    .replace(/[\s"'`,;]/g, '')
}

/**
 * What follows a BEGIN marker on its own line: the start of the body when it reads as one (a key on one line goes on
 * with its `\n`-escaped body: base64, no spaces, no comment mark), else a trailing comment (`# gitleaks:allow`,
 * `// deploy key`), no part of the key and no reason to miss it.
 */
function afterMarker(rest: string): string {
  const text = rest.trim()
  if (!text) return rest
  const comment =
    /\s/.test(text) || /^(?:#|\/\/|--|\/\*|<!--)/.test(text) || !/^[A-Za-z0-9+/=]*$/.test(normalize([text]))
  return comment ? '' : rest
}

export class PrivateKeyTracker {
  private pending: Pending | undefined

  /** a key began and has not ended: every following line matters */
  get active(): boolean {
    return this.pending !== undefined
  }

  /** Feeds one line; returns what completed on it (possibly a key begun earlier, or a decoy). */
  line(text: string, lineNumber: number): PrivateKeyResult[] {
    const results: PrivateKeyResult[] = []
    let from = 0
    if (this.pending) {
      const p = this.pending
      const end = text.indexOf('-----END')
      if (lineNumber === p.lastLine + 1 && end >= 0) {
        p.parts.push(text.slice(0, end))
        p.lastLine = lineNumber
        results.push(this.close(p))
        this.pending = undefined
        from = end + 8
      } else if (lineNumber === p.lastLine + 1 && p.size + text.length <= MAX_BODY && !text.includes('-----BEGIN')) {
        p.parts.push(text)
        p.size += text.length
        p.lastLine = lineNumber
        return results
      } else {
        results.push(this.close(p))
        this.pending = undefined
      }
    }
    // the next END marker at or after a position, searched again only when passed: one pass over the line
    let end = -2
    for (;;) {
      const begin = text.indexOf('-----BEGIN', from)
      if (begin < 0) break
      MARKER.lastIndex = begin
      const marker = MARKER.exec(text)
      if (!marker) {
        from = begin + 10
        continue
      }
      const bodyStart = begin + marker[0].length
      if (end !== -1 && end < bodyStart) end = text.indexOf('-----END', bodyStart)
      const next = text.indexOf('-----BEGIN', bodyStart)
      if (end >= 0 && (next < 0 || end < next)) {
        results.push(
          this.close({
            line: lineNumber,
            column: begin + 1,
            lastLine: lineNumber,
            parts: [text.slice(bodyStart, end)],
            size: 0
          })
        )
        from = end + 8
        continue
      }
      if (next >= 0) {
        results.push({ decoy: true })
        from = next
        continue
      }
      this.pending = {
        line: lineNumber,
        column: begin + 1,
        lastLine: lineNumber,
        parts: [afterMarker(text.slice(bodyStart))],
        size: text.length - bodyStart
      }
      break
    }
    return results
  }

  /** The file ended: a key without END still counts when its body is long enough. */
  finish(): PrivateKeyResult[] {
    if (!this.pending) return []
    const result = this.close(this.pending)
    this.pending = undefined
    return [result]
  }

  private close(p: Pending): PrivateKeyResult {
    const body = normalize(p.parts)
    if (
      body.length < MIN_BODY ||
      /\.\.\.|…|x{4,}|X{4,}|\*{3,}|^[A-Za-z0-9+/=]*(?:EXAMPLE|example)/.test(body) ||
      !/^[A-Za-z0-9+/=]+$/.test(body)
    ) {
      return { decoy: true }
    }
    const parts = p.parts.map(s => s.trim()).filter(s => s.length >= 8)
    return { found: { body, parts, line: p.line, column: p.column, lastLine: p.lastLine } }
  }
}
