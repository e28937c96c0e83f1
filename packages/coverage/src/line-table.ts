const NONE = 0xffffffff
const MAX_HITS = NONE - 1
/** beyond this a line number is stored sparsely: no report has a 16-million-line file, but a bogus one may say so */
const DENSE_LIMIT = 1 << 24

/**
 * Execution counts by line number in a growable Uint32Array: 4 bytes a line instead of a Map entry's ~40, which
 * keeps a 200 MB report's merged data small. Counts saturate at 2^32 - 2. Reads like a Map<number, number>.
 */
export class LineTable implements Iterable<[number, number]> {
  private data = new Uint32Array(64).fill(NONE)
  private sparse?: Map<number, number>
  private count = 0

  static from(entries: Iterable<[number, number]>): LineTable {
    const table = new LineTable()
    for (const [line, hits] of entries) table.set(line, hits)
    return table
  }

  get size(): number {
    return this.count + (this.sparse?.size ?? 0)
  }

  get(line: number): number | undefined {
    if (line >= 0 && line < this.data.length) {
      const v = this.data[line]
      return v === NONE ? undefined : v
    }
    return this.sparse?.get(line)
  }

  has(line: number): boolean {
    return this.get(line) !== undefined
  }

  set(line: number, hits: number): this {
    const value = hits > MAX_HITS ? MAX_HITS : hits < 0 ? 0 : hits
    if (line < 0 || line >= DENSE_LIMIT || !Number.isInteger(line)) {
      ;(this.sparse ??= new Map()).set(line, value)
      return this
    }
    if (line >= this.data.length) {
      let length = this.data.length
      while (length <= line) length *= 2
      const grown = new Uint32Array(length).fill(NONE)
      grown.set(this.data)
      this.data = grown
    }
    if (this.data[line] === NONE) this.count++
    this.data[line] = value
    return this
  }

  /** Sets the larger of the present and the given count. */
  max(line: number, hits: number): void {
    const before = this.get(line)
    if (before === undefined || hits > before) this.set(line, hits)
  }

  /** How many lines have a count above 0, without iterating entries (totals on millions of lines). */
  coveredCount(): number {
    let covered = 0
    const data = this.data
    for (let line = 0; line < data.length; line++) {
      const v = data[line]
      if (v !== NONE && v > 0) covered++
    }
    if (this.sparse) for (const v of this.sparse.values()) if (v > 0) covered++
    return covered
  }

  *entries(): IterableIterator<[number, number]> {
    for (let line = 0; line < this.data.length; line++) if (this.data[line] !== NONE) yield [line, this.data[line]]
    if (this.sparse) yield* [...this.sparse.entries()].sort((a, b) => a[0] - b[0])
  }

  *values(): IterableIterator<number> {
    for (const [, hits] of this.entries()) yield hits
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries()
  }
}
