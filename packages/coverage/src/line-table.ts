/** a slot holds hits + 1, so the zeroes a new Uint32Array starts with read as "no such line" (no fill pass) */
const NONE = 0
const MAX_HITS = 0xffffffff - 1
/** beyond this a line number is stored sparsely: no report has a 16-million-line file, but a bogus one may say so */
const DENSE_LIMIT = 1 << 24

/**
 * Execution counts by line number in a growable Uint32Array: 4 bytes a line instead of a Map entry's ~40, which
 * keeps a 200 MB report's merged data small. Counts saturate at 2^32 - 2. Reads like a Map<number, number>.
 */
export class LineTable implements Iterable<[number, number]> {
  private data: Uint32Array
  private sparse?: Map<number, number>
  private count = 0
  /** the highest dense line set: what clear() and copy() touch */
  private top = -1

  constructor(capacity = 64) {
    this.data = new Uint32Array(capacity)
  }

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
      return v === NONE ? undefined : v - 1
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
      let length = Math.max(this.data.length, 64)
      while (length <= line) length *= 2
      const grown = new Uint32Array(length)
      grown.set(this.data)
      this.data = grown
    }
    if (this.data[line] === NONE) this.count++
    this.data[line] = value + 1
    if (line > this.top) this.top = line
    return this
  }

  /** Sets the larger of the present and the given count. */
  max(line: number, hits: number): void {
    const data = this.data
    if (line >= 0 && line < data.length && line === Math.floor(line) && hits >= 0 && hits <= MAX_HITS) {
      const v = data[line]
      if (v === NONE) {
        data[line] = hits + 1
        this.count++
        if (line > this.top) this.top = line
      } else if (hits + 1 > v) data[line] = hits + 1
      return
    }
    const before = this.get(line)
    if (before === undefined || hits > before) this.set(line, hits)
  }

  /**
   * A copy sized to its highest line: a reader fills one table as scratch per file and keeps a copy, one exact
   * allocation instead of one per doubling.
   */
  copy(): LineTable {
    const copy = new LineTable(0)
    copy.data = this.data.slice(0, this.top + 1)
    copy.count = this.count
    copy.top = this.top
    if (this.sparse) copy.sparse = new Map(this.sparse)
    return copy
  }

  /** Empties the table for reuse, keeping its array. */
  clear(): void {
    this.data.fill(NONE, 0, this.top + 1)
    this.count = 0
    this.top = -1
    this.sparse = undefined
  }

  /** How many lines have a count above 0, without iterating entries (totals on millions of lines). */
  coveredCount(): number {
    let covered = 0
    const data = this.data
    for (let line = 0; line < data.length; line++) {
      const v = data[line]
      if (v > 1) covered++
    }
    if (this.sparse) for (const v of this.sparse.values()) if (v > 0) covered++
    return covered
  }

  *entries(): IterableIterator<[number, number]> {
    for (let line = 0; line < this.data.length; line++) if (this.data[line] !== NONE) yield [line, this.data[line] - 1]
    if (this.sparse) yield* [...this.sparse.entries()].sort((a, b) => a[0] - b[0])
  }

  *values(): IterableIterator<number> {
    for (const [, hits] of this.entries()) yield hits
  }

  [Symbol.iterator](): IterableIterator<[number, number]> {
    return this.entries()
  }
}
