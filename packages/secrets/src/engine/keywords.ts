import { BUILTIN_AUTOMATON } from './builtin-automaton.js'
import { WasmKeywordPass, type HitList } from './keyword-pass.js'

/**
 * Every rule's keywords in one Aho-Corasick automaton: one pass over a line or a whole file finds every keyword at
 * once, ASCII-case-insensitively, with one table look-up per byte (no lower-cased copy, no regex alternation).
 * Keywords are lower-case ASCII; the caller treats a rule with any other keyword as one that sees every line.
 *
 * The pass is bound by the latency of one look-up after the other, so the table is kept small enough for the
 * processor's nearest caches: bytes map to classes (one per character the keywords use, upper-case folded onto
 * lower-case, one for everything else), states are stored premultiplied by the class count, and the states where a
 * keyword ends come last, so a hit is found by one comparison. Files are walked by the same loop in WebAssembly
 * (keyword-pass.ts) where it is available.
 */
export class KeywordAutomaton implements HitList {
  /** its classes, transition table and outputs (see `AutomatonTables`) */
  readonly tables: AutomatonTables
  /** a file's hits: end offsets and states, reused between files */
  ends: Int32Array = new Int32Array(256)
  states: Int32Array = new Int32Array(256)
  count = 0
  /** the second half's hits, appended to the first half's at the end */
  private readonly tail: HitList = { ends: new Int32Array(256), states: new Int32Array(256), count: 0 }
  /** the longest keyword's length */
  private readonly longest: number
  /** the WebAssembly pass, made on the first file; null when it is off or unavailable */
  private pass: WasmKeywordPass | null | undefined
  /** whether its tables were built before (builtin-automaton.ts) rather than here */
  readonly prebuilt: boolean

  /**
   * `wasm: false` keeps every pass in JavaScript (tests compare the two); `tables`: ones built before for the same
   * keywords (`KeywordAutomaton.for` takes the built-in rules' from builtin-automaton.ts)
   */
  constructor(
    readonly keywords: string[],
    options: { wasm?: boolean; tables?: AutomatonTables } = {}
  ) {
    if (options.wasm === false) this.pass = null
    this.tables = options.tables ?? buildTables(keywords)
    this.prebuilt = options.tables !== undefined
    this.longest = Math.max(1, ...keywords.map(k => k.length))
  }

  /**
   * The automaton of `keywords`: the built-in rules' is built once, when the suite is built (builtin-automaton.ts),
   * and read from there, which spares a run about 2 ms of building it on a cold start; any other is built here.
   */
  static for(keywords: string[]): KeywordAutomaton {
    return new KeywordAutomaton(keywords, { tables: prebuiltTables(keywords) })
  }

  /** per state: the keywords (indices) that end there, through failure links too; empty for most states */
  get outputs(): number[][] {
    return this.tables.outputs
  }

  /** The accepting states met in a string, in order (a character above 255 matches no keyword). */
  statesIn(text: string): number[] | undefined {
    const { delta, accepting, classes, width } = this.tables
    let found: number[] | undefined
    let s = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      s = delta[s + (c > 255 ? 0 : classes[c])]
      if (s >= accepting) (found ??= []).push(s / width)
    }
    return found
  }

  /**
   * Every keyword hit in bytes: the count; `hitEnd(i)` is the offset of the hit's last byte, `hitState(i)` its state,
   * in order. UTF-8 bytes of other characters are never part of an ASCII keyword, so no decoding is needed.
   *
   * WebAssembly walks it when it can (keyword-pass.wat: four quarters at once, faster from the first file, as it
   * needs no warm-up in V8's slower tiers). This loop is the fallback: an input of 512 bytes or more is walked as two
   * halves at once (two independent chains of look-ups keep the processor busier than one); the second half starts a
   * keyword's length early, so a keyword across the middle is found once.
   */
  scanBytes(bytes: Uint8Array): number {
    if (this.pass === undefined) {
      const { classes, delta, accepting, width } = this.tables
      this.pass = WasmKeywordPass.create(classes, delta, accepting, width) ?? null
    }
    if (this.pass?.scan(bytes, this.longest - 1, this)) return this.count
    return this.scanBytesInJavaScript(bytes)
  }

  private scanBytesInJavaScript(bytes: Uint8Array): number {
    const { delta, accepting, classes } = this.tables
    const n = bytes.length
    const mid = n >> 1
    const from = mid - this.longest + 1
    this.count = 0
    this.tail.count = 0
    if (n < 512 || from <= 0) {
      let s = 0
      for (let i = 0; i < n; i++) {
        s = delta[s + classes[bytes[i]]]
        if (s >= accepting) this.push(this, i, s)
      }
      return this.count
    }
    let s = 0
    let t = 0
    for (let i = 0; i < mid; i++) {
      s = delta[s + classes[bytes[i]]]
      t = delta[t + classes[bytes[from + i]]]
      if (s >= accepting) this.push(this, i, s)
      if (t >= accepting && from + i >= mid) this.push(this.tail, from + i, t)
    }
    for (let j = from + mid; j < n; j++) {
      t = delta[t + classes[bytes[j]]]
      if (t >= accepting) this.push(this.tail, j, t)
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
    to.states[to.count++] = state < 0 ? plain : state / this.tables.width
  }

  hitEnd(i: number): number {
    return this.ends[i]
  }

  hitState(i: number): number {
    return this.states[i]
  }
}

/** An automaton's tables: what `buildTables` makes and builtin-automaton.ts holds for the built-in rules. */
export interface AutomatonTables {
  /** byte → class */
  classes: Uint8Array
  /** premultiplied state + class → premultiplied next state */
  delta: Uint16Array | Int32Array
  /** the first premultiplied accepting state */
  accepting: number
  /** the class count */
  width: number
  /** per state: the keywords (indices) that end there */
  outputs: number[][]
}

/** The Aho-Corasick automaton of `keywords`, as tables (see `KeywordAutomaton`). */
export function buildTables(keywords: string[]): AutomatonTables {
  const classes = new Uint8Array(256)
  let width = 1
  for (const keyword of keywords)
    for (let i = 0; i < keyword.length; i++) {
      const c = keyword.charCodeAt(i) & 255
      if (classes[c] === 0) classes[c] = width++
    }
  for (let c = 65; c <= 90; c++) classes[c] = classes[c + 32]
  // the trie, written straight into the transition table (states premultiplied by the width; 0 = no child yet,
  // as no edge leads back to the root), with each state's edges listed for the breadth-first pass below
  let capacity = 1
  for (const keyword of keywords) capacity += keyword.length
  const delta = new Int32Array(capacity * width)
  const edges: number[][] = [[]]
  const outputs: number[][] = [[]]
  for (let k = 0; k < keywords.length; k++) {
    const keyword = keywords[k]
    let state = 0
    for (let i = 0; i < keyword.length; i++) {
      const c = classes[keyword.charCodeAt(i) & 255]
      let next = delta[state + c]
      if (next === 0) {
        next = edges.length * width
        edges.push([])
        outputs.push([])
        delta[state + c] = next
        edges[state / width].push(c, next)
      }
      state = next
    }
    outputs[state / width].push(k)
  }
  const n = edges.length
  // failure links, breadth first: a state's row is its failure state's row with its own edges written over it
  const fail = new Int32Array(n)
  const queue: number[] = []
  for (let e = 0; e < edges[0].length; e += 2) queue.push(edges[0][e + 1])
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]
    const f = fail[state / width]
    const own = edges[state / width]
    if (outputs[f / width].length) outputs[state / width] = [...outputs[state / width], ...outputs[f / width]]
    delta.copyWithin(state, f, f + width)
    for (let e = 0; e < own.length; e += 2) {
      const c = own[e]
      const next = own[e + 1]
      fail[next / width] = delta[f + c]
      delta[state + c] = next
      queue.push(next)
    }
  }
  // renumbered so that the states where a keyword ends come last: "is this a hit" is then one comparison with a
  // bound held in a register, not a second table look-up per byte
  const order: number[] = []
  for (let state = 0; state < n; state++) if (outputs[state].length === 0) order.push(state)
  const firstAccepting = order.length
  for (let state = 0; state < n; state++) if (outputs[state].length) order.push(state)
  const renamed = new Int32Array(n)
  for (let i = 0; i < n; i++) renamed[order[i]] = i * width
  const size = n * width
  const table = size <= 0xffff ? new Uint16Array(size) : new Int32Array(size)
  for (let i = 0; i < n; i++) {
    const from = order[i] * width
    const to = i * width
    for (let c = 0; c < width; c++) table[to + c] = renamed[delta[from + c] / width]
  }
  return {
    classes,
    delta: table,
    accepting: firstAccepting * width,
    outputs: order.map(state => outputs[state]),
    width
  }
}

/** the built-in rules' tables when `keywords` are theirs, decoded from builtin-automaton.ts; else undefined */
function prebuiltTables(keywords: string[]): AutomatonTables | undefined {
  const stored = BUILTIN_AUTOMATON
  // the list as JSON: a join would let a custom keyword holding the separator stand for two
  if (JSON.stringify(keywords) !== stored.keywords) return undefined
  const delta = Buffer.from(stored.delta, 'base64')
  // a copy into fresh memory, so that the typed array is aligned (the store is little-endian, as x64 and arm64 are)
  const aligned = new Uint8Array(delta)
  return {
    classes: new Uint8Array(Buffer.from(stored.classes, 'base64')),
    delta: stored.deltaBytes === 2 ? new Uint16Array(aligned.buffer) : new Int32Array(aligned.buffer),
    accepting: stored.accepting,
    width: stored.width,
    outputs: JSON.parse(stored.outputs) as number[][]
  }
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2)
  bigger.set(array)
  return bigger
}
