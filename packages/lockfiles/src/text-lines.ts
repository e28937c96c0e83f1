/** Offsets of line starts, for turning a match's offset into a 1-based line number cheaply. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  lineAt(offset: number): number {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((this.starts[mid] as number) <= offset) low = mid
      else high = mid - 1
    }
    return low + 1
  }

  /** The line of the first occurrence of needle at or after from, or undefined. */
  find(needle: string, from = 0): number | undefined {
    const offset = this.text.indexOf(needle, from)
    return offset === -1 ? undefined : this.lineAt(offset)
  }
}

/**
 * Lines of the object keys in pretty-printed JSON (npm, composer and NuGet indent by 2 or 4 spaces): a key path joined
 * by NUL maps to the line where its object opens, for keys at most maxDepth deep. Minified JSON gives an empty map;
 * the callers then omit the line.
 */
export function jsonKeyLines(text: string, maxDepth = Infinity): Map<string, number> {
  const lines = new Map<string, number>()
  const indents: number[] = []
  const keys: string[] = []
  const pattern = /^( *)"((?:[^"\\]|\\.)*)":\s*[{[]/
  let lineNumber = 0
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    lineNumber++
    const match = pattern.exec(text.slice(start, end))
    start = end + 1
    if (!match) continue
    const indent = (match[1] as string).length
    while (indents.length > 0 && (indents[indents.length - 1] as number) >= indent) {
      indents.pop()
      keys.pop()
    }
    const raw = match[2] as string
    indents.push(indent)
    keys.push(raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw)
    if (keys.length <= maxDepth) lines.set(keys.join('\u0000'), lineNumber)
  }
  return lines
}

export const keyPath = (...keys: string[]): string => keys.join('\u0000')
