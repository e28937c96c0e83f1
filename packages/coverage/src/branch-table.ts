import { detached } from '@ci-suite/core'

/** keys at or above this name a branch by an interned string; below it by two small numbers (`pairKey`) */
const INTERNED = 0x80000000
const MAX_HITS = 0xfffffffe
const interned = new Map<string, number>()
let internedCount = 0

/**
 * A branch's key within its line from two small non-negative integers (LCOV's block and branch, Istanbul's branch
 * id and location index) with no string made; numbers too large to pack are interned as `a,b`.
 */
export function pairKey(a: number, b: number): number {
  if (a >= 0 && a < 0x8000 && b >= 0 && b < 0x10000) return a * 0x10000 + b
  return nameKey(`${a},${b}`)
}

/** A branch's key from its name (an LCOV id with flags such as `e0,1`): one number per distinct name, process-wide. */
export function nameKey(name: string): number {
  let key = interned.get(name)
  if (key === undefined) interned.set(detached(name), (key = INTERNED + internedCount++))
  return key
}

export interface BranchCount {
  line: number
  covered: number
  total: number
}

/**
 * The branches of one file in flat Uint32Arrays, three numbers an entry: no object per branch or per line.
 * Named branches (LCOV, Istanbul, coverage.py JSON) are (line, key, hits) and merge branch by branch; branches a
 * format only counts per line (Cobertura, JaCoCo, Clover) are (line, covered, total) and merge by the larger of each.
 * Entries are appended as read and put in order (sorted, repeats combined) when first read: a repeated named branch
 * adds its hits (one report naming it twice), a repeated counted line keeps the larger numbers.
 */
export class BranchTable {
  private readonly named = new Entries(2, (a, b) => Math.min(MAX_HITS, a + b))
  private readonly counted = new Entries(1, Math.max)

  /** Adds one named branch's hits on a line. */
  add(line: number, key: number, hits: number): void {
    this.named.push(line, key, hits > MAX_HITS ? MAX_HITS : hits > 0 ? hits : 0)
  }

  /** Records how many of a line's branches ran, for a format that does not name them. */
  setCount(line: number, covered: number, total: number): void {
    this.counted.push(line, Math.max(0, Math.min(covered, total)), Math.max(0, total))
  }

  /** How many entries (named branches plus counted lines) are held. */
  get entries(): number {
    return this.named.ordered().size + this.counted.ordered().size
  }

  /** How many entries the arrays have room for (12 bytes each): the table's memory. */
  get capacity(): number {
    return (this.named.data.length + this.counted.data.length) / 3
  }

  /** Covered and total branches per line, in line order; a line both named and counted takes the larger of each. */
  *lines(): IterableIterator<BranchCount> {
    const { data: n, size: namedSize } = this.named.ordered()
    const { data: c, size: countedSize } = this.counted.ordered()
    let i = 0
    let j = 0
    while (i < namedSize || j < countedSize) {
      const namedLine = i < namedSize ? n[3 * i] : Infinity
      const countedLine = j < countedSize ? c[3 * j] : Infinity
      const line = Math.min(namedLine, countedLine)
      let covered = 0
      let total = 0
      for (; i < namedSize && n[3 * i] === line; i++) {
        total++
        if (n[3 * i + 2] > 0) covered++
      }
      if (countedLine === line) {
        covered = Math.max(covered, c[3 * j + 1])
        total = Math.max(total, c[3 * j + 2])
        j++
      }
      yield { line, covered, total }
    }
  }

  /** Covered and total branches of the file, without an object per line. */
  totals(): { covered: number; total: number } {
    const { data, size } = this.named.ordered()
    if (this.counted.ordered().size === 0) {
      let covered = 0
      for (let i = 2; i < 3 * size; i += 3) if (data[i] > 0) covered++
      return { covered, total: size }
    }
    let covered = 0
    let total = 0
    for (const l of this.lines()) {
      covered += l.covered
      total += l.total
    }
    return { covered, total }
  }

  /** A copy at its exact size (see LineTable.copy); repeats are combined first. */
  copy(): BranchTable {
    const copy = new BranchTable()
    copy.named.copyFrom(this.named)
    copy.counted.copyFrom(this.counted)
    return copy
  }

  /** Adds every entry of another table of the same report (its hits add up, as a repeated record's do). */
  append(other: BranchTable): void {
    this.named.append(other.named)
    this.counted.append(other.counted)
  }

  /** Empties the table for reuse, keeping its arrays. */
  clear(): void {
    this.named.clear()
    this.counted.clear()
  }

  /** Merges another report's branches of the same file: a named branch is covered when either report covers it. */
  mergeMax(other: BranchTable): void {
    this.named.mergeMax(other.named)
    this.counted.mergeMax(other.counted)
  }
}

/**
 * Entries of three numbers, keyed by the first `keyWidth` of them, appended as read. They are put in order (sorted,
 * repeats combined with `combine`) when read, and also before the array would grow while out of order: a file that
 * a report names again and again (one SF section per test) holds its distinct branches, not every repeat.
 */
class Entries {
  data: Uint32Array = EMPTY
  size = 0
  private inOrder = true

  constructor(
    private readonly keyWidth: 1 | 2,
    private readonly combine: (a: number, b: number) => number
  ) {}

  push(a: number, b: number, c: number): void {
    let at = 3 * this.size
    if (at === this.data.length) {
      if (!this.inOrder) {
        this.ordered()
        at = 3 * this.size
      }
      if (4 * at >= this.data.length) this.data = grow(this.data)
    }
    const d = this.data
    if (at > 0 && (a < d[at - 3] || (a === d[at - 3] && (this.keyWidth === 1 || b <= d[at - 2])))) this.inOrder = false
    d[at] = a
    d[at + 1] = b
    d[at + 2] = c
    this.size++
  }

  ordered(): this {
    if (!this.inOrder) {
      this.size = combine(this.data, this.size, this.keyWidth, this.combine)
      this.inOrder = true
    }
    return this
  }

  copyFrom(other: Entries): void {
    other.ordered()
    this.data = other.size > 0 ? other.data.slice(0, 3 * other.size) : EMPTY
    this.size = other.size
  }

  append(other: Entries): void {
    const d = other.data
    for (let i = 0; i < 3 * other.size; i += 3) this.push(d[i], d[i + 1], d[i + 2])
  }

  clear(): void {
    this.size = 0
    this.inOrder = true
  }

  mergeMax(other: Entries): void {
    this.ordered()
    other.ordered()
    if (other.size > 0) [this.data, this.size] = joinMax(this.data, this.size, other.data, other.size, this.keyWidth)
  }
}

const EMPTY: Uint32Array = new Uint32Array(0)

function grow(data: Uint32Array): Uint32Array {
  const grown = new Uint32Array(Math.max(96, data.length * 2))
  grown.set(data)
  return grown
}

/**
 * Sorts the entries of `data` by their first `keyWidth` numbers and combines entries with equal keys (the rest
 * with `add` for the third number; a counted entry's two numbers with max each). Returns the new entry count.
 */
function combine(data: Uint32Array, size: number, keyWidth: 1 | 2, add: (a: number, b: number) => number): number {
  const order = Array.from({ length: size }, (_, i) => i).sort(
    (a, b) => data[3 * a] - data[3 * b] || (keyWidth === 2 ? data[3 * a + 1] - data[3 * b + 1] : 0)
  )
  const sorted = new Uint32Array(3 * size)
  let out = 0
  for (const i of order) {
    const at = 3 * out
    if (out > 0 && sameKey(sorted, at - 3, data, 3 * i, keyWidth)) {
      if (keyWidth === 1) sorted[at - 2] = Math.max(sorted[at - 2], data[3 * i + 1])
      sorted[at - 1] = add(sorted[at - 1], data[3 * i + 2])
      continue
    }
    sorted[at] = data[3 * i]
    sorted[at + 1] = data[3 * i + 1]
    sorted[at + 2] = data[3 * i + 2]
    out++
  }
  data.set(sorted.subarray(0, 3 * out))
  return out
}

function sameKey(a: Uint32Array, i: number, b: Uint32Array, j: number, keyWidth: 1 | 2): boolean {
  return a[i] === b[j] && (keyWidth === 1 || a[i + 1] === b[j + 1])
}

/** Merge-joins two ordered entry lists; equal keys keep the larger of each number after the key. */
function joinMax(a: Uint32Array, aSize: number, b: Uint32Array, bSize: number, keyWidth: 1 | 2): [Uint32Array, number] {
  const out = new Uint32Array(3 * (aSize + bSize))
  let i = 0
  let j = 0
  let n = 0
  while (i < aSize || j < bSize) {
    const cmp =
      i === aSize ? 1 : j === bSize ? -1 : a[3 * i] - b[3 * j] || (keyWidth === 2 ? a[3 * i + 1] - b[3 * j + 1] : 0)
    const at = 3 * n++
    if (cmp < 0) out.set(a.subarray(3 * i, 3 * i++ + 3), at)
    else if (cmp > 0) out.set(b.subarray(3 * j, 3 * j++ + 3), at)
    else {
      out[at] = a[3 * i]
      out[at + 1] = keyWidth === 2 ? a[3 * i + 1] : Math.max(a[3 * i + 1], b[3 * j + 1])
      out[at + 2] = Math.max(a[3 * i + 2], b[3 * j + 2])
      i++
      j++
    }
  }
  return [out.slice(0, 3 * n), n]
}
