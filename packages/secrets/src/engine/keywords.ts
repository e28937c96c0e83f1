/**
 * Every rule's keywords in one Aho-Corasick automaton: one pass over a line or a whole file finds every keyword at
 * once, ASCII-case-insensitively, with one table look-up per byte (no lower-cased copy, no regex alternation).
 * Keywords are lower-case ASCII; the caller treats a rule with any other keyword as one that sees every line.
 *
 * The pass is bound by the latency of one look-up after the other, so the table is kept small enough for the
 * processor's nearest caches: bytes map to classes (one per character the keywords use, upper-case folded onto
 * lower-case, one for everything else) and states are stored premultiplied by the class count.
 */
export class KeywordAutomaton implements HitList {
  /** byte → class; 0 for bytes no keyword contains */
  private readonly classes = new Uint8Array(256)
  /** premultiplied state + class → premultiplied next state */
  private readonly delta: Uint16Array | Int32Array
  /** premultiplied state → 1 where a keyword ends */
  private readonly accepting: Uint8Array
  private readonly width: number
  /** per state: the keywords (indices) that end there, through failure links too; empty for most states */
  readonly outputs: number[][]
  /** a file's hits: end offsets and states, reused between files */
  ends: Int32Array = new Int32Array(256)
  states: Int32Array = new Int32Array(256)
  count = 0
  /** the second half's hits, appended to the first half's at the end */
  private readonly tail: HitList = { ends: new Int32Array(256), states: new Int32Array(256), count: 0 }
  /** the longest keyword's length */
  private readonly longest: number

  constructor(readonly keywords: string[]) {
    const classes = this.classes
    let width = 1
    for (const keyword of keywords)
      for (let i = 0; i < keyword.length; i++) {
        const c = keyword.charCodeAt(i) & 255
        if (classes[c] === 0) classes[c] = width++
      }
    for (let c = 65; c <= 90; c++) classes[c] = classes[c + 32]
    const trie: Array<Map<number, number>> = [new Map()]
    const outputs: number[][] = [[]]
    keywords.forEach((keyword, k) => {
      let state = 0
      for (let i = 0; i < keyword.length; i++) {
        const c = classes[keyword.charCodeAt(i) & 255]
        let next = trie[state].get(c)
        if (next === undefined) {
          next = trie.length
          trie.push(new Map())
          outputs.push([])
          trie[state].set(c, next)
        }
        state = next
      }
      outputs[state].push(k)
    })
    const n = trie.length
    const delta = new Int32Array(n * width)
    const fail = new Int32Array(n)
    const queue: number[] = []
    for (const [c, next] of trie[0]) {
      delta[c] = next
      queue.push(next)
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]
      const f = fail[state]
      if (outputs[f].length) outputs[state] = [...outputs[state], ...outputs[f]]
      delta.copyWithin(state * width, f * width, f * width + width)
      for (const [c, next] of trie[state]) {
        fail[next] = delta[f * width + c]
        delta[state * width + c] = next
        queue.push(next)
      }
    }
    for (let i = 0; i < delta.length; i++) delta[i] *= width
    this.delta = n * width <= 0xffff ? Uint16Array.from(delta) : delta
    this.accepting = new Uint8Array(n * width)
    outputs.forEach((o, state) => (this.accepting[state * width] = o.length ? 1 : 0))
    this.outputs = outputs
    this.width = width
    this.longest = Math.max(1, ...keywords.map(k => k.length))
  }

  /** The accepting states met in a string, in order (a character above 255 matches no keyword). */
  statesIn(text: string): number[] | undefined {
    const { delta, accepting, classes } = this
    let found: number[] | undefined
    let s = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      s = delta[s + (c > 255 ? 0 : classes[c])]
      if (accepting[s] !== 0) (found ??= []).push(s / this.width)
    }
    return found
  }

  /**
   * Every keyword hit in bytes: the count; `hitEnd(i)` is the offset of the hit's last byte, `hitState(i)` its state,
   * in order. UTF-8 bytes of other characters are never part of an ASCII keyword, so no decoding is needed.
   *
   * A larger input is walked as two halves at once (two independent chains of look-ups keep the processor busier
   * than one); the second half starts a keyword's length early, so a keyword across the middle is found once.
   */
  scanBytes(bytes: Uint8Array): number {
    const { delta, accepting, classes } = this
    const n = bytes.length
    const mid = n >> 1
    const from = mid - this.longest + 1
    this.count = 0
    this.tail.count = 0
    if (n < 4096 || from <= 0) {
      let s = 0
      for (let i = 0; i < n; i++) {
        s = delta[s + classes[bytes[i]]]
        if (accepting[s] !== 0) this.push(this, i, s)
      }
      return this.count
    }
    let s = 0
    let t = 0
    for (let i = 0; i < mid; i++) {
      s = delta[s + classes[bytes[i]]]
      t = delta[t + classes[bytes[from + i]]]
      if (accepting[s] !== 0) this.push(this, i, s)
      if (accepting[t] !== 0 && from + i >= mid) this.push(this.tail, from + i, t)
    }
    for (let j = from + mid; j < n; j++) {
      t = delta[t + classes[bytes[j]]]
      if (accepting[t] !== 0) this.push(this.tail, j, t)
    }
    for (let k = 0; k < this.tail.count; k++) this.push(this, this.tail.ends[k], -1, this.tail.states[k])
    return this.count
  }

  /** appends a hit; `state` is premultiplied, or -1 with `plain` already divided */
  private push(to: HitList, end: number, state: number, plain = 0): void {
    if (to.count === to.ends.length) {
      to.ends = grow(to.ends)
      to.states = grow(to.states)
    }
    to.ends[to.count] = end
    to.states[to.count++] = state < 0 ? plain : state / this.width
  }

  hitEnd(i: number): number {
    return this.ends[i]
  }

  hitState(i: number): number {
    return this.states[i]
  }
}

interface HitList {
  ends: Int32Array
  states: Int32Array
  count: number
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2)
  bigger.set(array)
  return bigger
}
