import { WASM_BASE64 } from './keyword-pass-wasm.js'

/** Where a keyword pass leaves a file's hits: end offsets and plain (not premultiplied) accepting states, in order. */
export interface HitList {
  ends: Int32Array
  states: Int32Array
  count: number
}

/** the hits one quarter of a file may hold; a file with more is walked by the JavaScript loop instead */
const QUARTER_CAPACITY = 8 * 1024
/** keyword-pass.wat reads a byte's class at this constant offset */
const CLASSES_AT = 0
/** keyword-pass.wat reads the table at this constant offset */
const TABLE_AT = 1024
const PAGE = 64 * 1024

/** the part of the WebAssembly API used here (@types/node 20 does not declare it; lib.dom would declare too much) */
interface Memory {
  readonly buffer: ArrayBuffer
  grow(pages: number): number
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object
  Instance: new (module: object, imports: object) => { exports: object }
}
const wasmApi = (globalThis as { WebAssembly?: WasmApi }).WebAssembly

interface Exports {
  memory: Memory
  count1: { value: number }
  count2: { value: number }
  count3: { value: number }
  scan(input: number, len: number, n: number, overlap: number, accepting: number, out: number, cap: number): number
}

let compiled: object | undefined | null

/** the module, compiled once per process; null where WebAssembly is unavailable (node --jitless) */
function wasmModule(): object | null {
  if (compiled === undefined) {
    try {
      compiled = wasmApi ? new wasmApi.Module(Buffer.from(WASM_BASE64, 'base64')) : null
    } catch {
      compiled = null
    }
  }
  return compiled
}

/**
 * The keyword automaton's pass over bytes in WebAssembly (keyword-pass.wat): the same walk as the JavaScript one in
 * keywords.ts, four quarters at once, with the same hits. Each file's bytes are copied into the module's memory,
 * after the tables, which grows to the largest file.
 */
export class WasmKeywordPass {
  private readonly exports: Exports
  private readonly out: number
  private readonly input: number
  private readonly accepting: number
  private readonly width: number
  private bytes!: Uint8Array
  private words!: Int32Array

  private constructor(
    instance: { exports: object },
    classes: Uint8Array,
    delta: ArrayLike<number>,
    accepting: number,
    width: number
  ) {
    this.exports = instance.exports as unknown as Exports
    this.out = TABLE_AT + delta.length * 4
    this.input = this.out + 4 * QUARTER_CAPACITY * 8
    this.ensure(this.input)
    // the automaton's own tables, copied as they are (a typed array's set, not a loop over 34,000 entries)
    this.width = width
    this.accepting = accepting
    this.bytes.set(classes, CLASSES_AT)
    this.words.set(delta, TABLE_AT >> 2)
  }

  /**
   * A pass for an automaton's tables (`delta` premultiplied by `width`, `accepting` the first accepting state, also
   * premultiplied); undefined where WebAssembly is unavailable.
   */
  static create(
    classes: Uint8Array,
    delta: ArrayLike<number>,
    accepting: number,
    width: number
  ): WasmKeywordPass | undefined {
    const module = wasmModule()
    if (!module) return undefined
    return new WasmKeywordPass(new wasmApi!.Instance(module, {}), classes, delta, accepting, width)
  }

  /** memory for `size` bytes from 0, the views renewed when it grows */
  private ensure(size: number): void {
    const memory = this.exports.memory
    if (memory.buffer.byteLength < size) memory.grow(Math.ceil((size - memory.buffer.byteLength) / PAGE))
    if (this.bytes?.buffer !== memory.buffer) {
      this.bytes = new Uint8Array(memory.buffer)
      this.words = new Int32Array(memory.buffer)
    }
  }

  /**
   * Every hit in `source` into `into` (chains 1 to 3 start `overlap` bytes before their quarter: the longest keyword
   * less one). False when a quarter had more hits than the memory holds: the caller walks that input itself.
   */
  scan(source: Uint8Array, overlap: number, into: HitList): boolean {
    const n = source.length
    this.ensure(this.input + n)
    this.bytes.set(source, this.input)
    const { out, exports } = this
    const cap = QUARTER_CAPACITY * 8
    const counts = [
      exports.scan(this.input, n >> 2, n, overlap, this.accepting, out, cap),
      exports.count1.value,
      exports.count2.value,
      exports.count3.value
    ]
    if (counts.some(count => count > QUARTER_CAPACITY)) return false
    const total = counts[0] + counts[1] + counts[2] + counts[3]
    if (into.ends.length < total) {
      into.ends = new Int32Array(Math.max(total, into.ends.length * 2))
      into.states = new Int32Array(into.ends.length)
    }
    const words = this.words
    const { ends, states } = into
    const width = this.width
    let k = 0
    for (let quarter = 0; quarter < 4; quarter++) {
      const from = (out + quarter * cap) >> 2
      for (let h = from, end = from + counts[quarter] * 2; h < end; h += 2, k++) {
        ends[k] = words[h]
        states[k] = words[h + 1] / width
      }
    }
    into.count = total
    return true
  }
}
