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
 * The object keys of pretty-printed JSON (npm, composer and NuGet indent by 2 or 4 spaces) as a tree: each key whose
 * value is an object or array is a node, with the line where that value opens. Keys deeper than maxDepth are left out.
 * Minified JSON gives an empty tree; the callers then omit the line. Nodes are numbers, so a deeply nested file (a
 * 50,000-level npm v1 lockfile) costs memory in proportion to its lines, not to the sum of its key paths.
 */
export class JsonKeyTree {
  static readonly ROOT = 0
  private readonly nodes = new Map<string, { node: number; line: number }>()

  constructor(text: string, maxDepth = Infinity) {
    const indents: number[] = []
    const stack: number[] = []
    const pattern = /^( *)"((?:[^"\\]|\\.)*)":\s*[{[]/
    let lineNumber = 0
    let next = JsonKeyTree.ROOT + 1
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
        stack.pop()
      }
      const raw = match[2] as string
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw
      const parent = stack.length === 0 ? JsonKeyTree.ROOT : (stack[stack.length - 1] as number)
      const node = stack.length < maxDepth && parent !== -1 ? next++ : -1
      if (node !== -1) this.nodes.set(`${parent}\u0000${key}`, { node, line: lineNumber })
      indents.push(indent)
      stack.push(node)
    }
  }

  /** The node of key under parent, with the line where its value opens. */
  child(parent: number, key: string): { node: number; line: number } | undefined {
    return this.nodes.get(`${parent}\u0000${key}`)
  }

  /** The line where the value at this key path opens. */
  line(...keys: string[]): number | undefined {
    let at: { node: number; line: number } | undefined = { node: JsonKeyTree.ROOT, line: 0 }
    for (const key of keys) {
      at = this.child(at.node, key)
      if (!at) return undefined
    }
    return keys.length > 0 ? at.line : undefined
  }
}
