import { ParseError } from '@ci-suite/core'
import { nameKey, pairKey } from '../branch-table.js'
import { emptyFile, type CoverageReport, type FileCoverage } from '../model.js'
import { forEachLineBlock, lineAt, readUnsigned } from './line-reader.js'

/**
 * LCOV tracefiles (geninfo(1) "TRACEFILE FORMAT"), read record by record from the bytes of each chunk. Totals come from DA/BRDA/FN records, not from
 * the LF/LH/BRF/BRH summaries, as lcov itself recomputes them. Repeated SF sections and repeated DA lines of one
 * file merge. A BRDA taken value of `-` (never evaluated) counts as not taken. A file that ends inside a record
 * (no end_of_record) is truncated and is refused.
 */
export async function parseLcov(file: string): Promise<CoverageReport> {
  const reader = new LcovReader(file)
  await forEachLineBlock(file, (bytes, start, end) => reader.scan(bytes, start, end))
  return reader.finish()
}

class LcovReader {
  private readonly files = new Map<string, FileCoverage>()
  /** the file of the open SF section, read into `scratch` and kept (or merged) at its end_of_record */
  private current: FileCoverage | undefined
  private readonly scratch = emptyFile('')
  private currentStart = 0
  private lineNo = 0
  private fnNames = new Map<string, string>()

  constructor(private readonly file: string) {}

  /** Reads the whole lines in bytes[start, end): DA and BRDA (nearly every line of a large tracefile) in place. */
  scan(bytes: Buffer, start: number, end: number): void {
    let p = start
    while (p < end) {
      this.lineNo++
      const next = this.current ? readCommonRecord(bytes, p, end, this.current) : -1
      if (next >= 0) {
        p = next
        continue
      }
      const { line, next: after } = lineAt(bytes, p, end)
      this.record(line.trimEnd())
      p = after
    }
  }

  finish(): CoverageReport {
    if (this.current) {
      throw new ParseError(
        this.file,
        `truncated LCOV: the record for ${this.current.path} (from line ${this.currentStart}) has no end_of_record`,
        this.lineNo
      )
    }
    return { file: this.file, format: 'lcov', producer: 'lcov', files: [...this.files.values()], sourceRoots: [] }
  }

  /** Keeps a finished section: copies of the scratch tables, or merged into the file's earlier sections. */
  private keep(section: FileCoverage): void {
    const earlier = this.files.get(section.path)
    if (!earlier) {
      this.files.set(section.path, {
        path: section.path,
        lines: section.lines.copy(),
        branches: section.branches.copy(),
        ...(section.functions ? { functions: section.functions } : {})
      })
      return
    }
    for (const [line, hits] of section.lines) earlier.lines.max(line, hits)
    earlier.branches.append(section.branches)
    for (const [name, hits] of section.functions ?? []) hitFunction(earlier, name, hits)
  }

  private bad(what: string): ParseError {
    return new ParseError(this.file, `malformed LCOV: ${what}`, this.lineNo)
  }

  /** Any record the in-place reader did not take, as a string. */
  private record(line: string): void {
    if (line === '') return
    if (line === 'end_of_record') {
      if (!this.current) throw this.bad('end_of_record without SF')
      this.keep(this.current)
      this.current = undefined
      return
    }
    const colon = line.indexOf(':')
    if (colon < 0) throw this.bad(`unexpected line "${line.slice(0, 60)}"`)
    const key = line.slice(0, colon)
    const value = line.slice(colon + 1)
    if (key === 'SF') {
      if (this.current) throw this.bad(`SF:${value} starts before the record of ${this.current.path} ended`)
      // a line decoded on its own: keeping its text pins no chunk
      this.scratch.lines.clear()
      this.scratch.branches.clear()
      this.current = { ...this.scratch, path: value, functions: undefined }
      this.currentStart = this.lineNo
      this.fnNames = new Map()
      return
    }
    if (key === 'TN' || key === 'VER') return
    const current = this.current
    if (!current) throw this.bad(`${key} record outside an SF section`)
    switch (key) {
      case 'DA': {
        const [n, hits] = value.split(',')
        const ln = Number(n)
        const h = Number(hits)
        if (!Number.isInteger(ln) || !Number.isFinite(h)) throw this.bad(`DA:${value}`)
        current.lines.max(ln, h)
        break
      }
      case 'BRDA': {
        const comma = value.indexOf(',')
        const last = value.lastIndexOf(',')
        const ln = Number(value.slice(0, comma))
        const takenText = value.slice(last + 1)
        const taken = takenText === '-' ? 0 : Number(takenText)
        if (comma < 0 || last <= comma || !Number.isInteger(ln) || !Number.isFinite(taken))
          throw this.bad(`BRDA:${value}`)
        current.branches.add(ln, branchKey(value, comma + 1, last), taken)
        break
      }
      case 'FN': {
        // FN:<start>,[<end>,]<name>
        const parts = value.split(',')
        declareFunction(current, parts.slice(parts.length >= 3 && /^\d+$/.test(parts[1]) ? 2 : 1).join(','))
        break
      }
      case 'FNDA': {
        const comma = value.indexOf(',')
        const hits = Number(value.slice(0, comma))
        hitFunction(current, value.slice(comma + 1), Number.isFinite(hits) ? hits : 0)
        break
      }
      case 'FNL': {
        // LCOV 2.2: FNL:<index>,<start>[,<end>] then FNA:<index>,<count>,<name>; aliases share the index
        const index = value.split(',')[0]
        this.fnNames.set(index, `#${index}`)
        const fns = current.functions ?? (current.functions = new Map())
        if (!fns.has(`#${index}`)) fns.set(`#${index}`, 0)
        break
      }
      case 'FNA': {
        const [index, count] = value.split(',')
        const fnKey = this.fnNames.get(index) ?? `#${index}`
        const fns = current.functions ?? (current.functions = new Map())
        fns.set(fnKey, Math.max(fns.get(fnKey) ?? 0, Number(count) || 0))
        break
      }
      default:
        // LF, LH, BRF, BRH, FNF, FNH, MCDC, MCF, MCH: summaries and data this action does not use
        if (!/^[A-Z]+$/.test(key)) throw this.bad(`unexpected line "${line.slice(0, 60)}"`)
    }
  }
}

function declareFunction(file: FileCoverage, name: string): void {
  const fns = file.functions ?? (file.functions = new Map())
  if (!fns.has(name)) fns.set(name, 0)
}

function hitFunction(file: FileCoverage, name: string, hits: number): void {
  const fns = file.functions ?? (file.functions = new Map())
  fns.set(name, Math.max(fns.get(name) ?? 0, hits))
}

/**
 * The records of every section read in place: DA and BRDA (readDataRecord), FN and FNDA with only the name
 * decoded, and the LF/LH/BRF/BRH/FNF/FNH summaries skipped (totals are recomputed, as lcov does). Returns where
 * the next line starts, or -1 for a record the string reader takes.
 */
function readCommonRecord(b: Buffer, p: number, end: number, file: FileCoverage): number {
  const first = b[p]
  if (first === 68 || first === 66) {
    const next = readDataRecord(b, p, end, file)
    if (next >= 0 || first === 68) return next
  }
  let i = p
  while (i < end && i - p < 5 && b[i] >= 65 && b[i] <= 90) i++
  if (i >= end || b[i] !== 58) return -1
  const length = i - p
  // FNF FNH BRF BRH (F or H after FN or BR), LF LH
  const fOrH = b[i - 1] === 70 || b[i - 1] === 72
  if (fOrH && length === 2 && b[p] === 76) return nextLine(b, i, end)
  if (fOrH && length === 3 && ((b[p] === 70 && b[p + 1] === 78) || (b[p] === 66 && b[p + 1] === 82)))
    return nextLine(b, i, end)
  const isFn = length === 2 && b[p] === 70 && b[p + 1] === 78
  if (!isFn && !(length === 4 && b[p] === 70 && b[p + 1] === 78 && b[p + 2] === 68 && b[p + 3] === 65)) return -1
  const n = readNumber(b, i + 1, end)
  if (n < 0 || byteAt(b, after, end) !== COMMA) return -1
  i = after + 1
  let name = i
  if (isFn) {
    // FN:<start>,[<end>,]<name>
    let j = i
    while (j < end && isDigit(b[j])) j++
    if (j > i && j < end && b[j] === COMMA) name = j + 1
  }
  const { line, next } = lineAt(b, name, end)
  if (isFn) declareFunction(file, line)
  else hitFunction(file, line, n)
  return next
}

const DIGIT_0 = 48
const COMMA = 44
const isDigit = (c: number): boolean => c >= DIGIT_0 && c <= 57

/**
 * Reads a plain `DA:<line>,<count>[,<checksum>]` or `BRDA:<line>,<block>,<branch>,<taken>` record at bytes[p] in
 * place, digit by digit, and returns where the next line starts; -1 for anything else (or any other shape of
 * these, such as a flagged block `e0`), which the string reader then takes. Past `end` reads as a line break.
 */
function readDataRecord(b: Buffer, p: number, end: number, file: FileCoverage): number {
  const first = b[p]
  let i: number
  if (first === 68 && p + 2 < end && b[p + 1] === 65 && b[p + 2] === 58) i = p + 3
  else if (first === 66 && p + 4 < end && b[p + 1] === 82 && b[p + 2] === 68 && b[p + 3] === 65 && b[p + 4] === 58)
    i = p + 5
  else return -1
  const line = readNumber(b, i, end)
  if (line < 0 || byteAt(b, after, end) !== COMMA) return -1
  if (first === 68) {
    const hits = readNumber(b, after + 1, end)
    if (hits < 0) return -1
    const next = byteAt(b, after, end) === COMMA ? nextLine(b, after, end) : lineEnd(b, after, end)
    if (next >= 0) file.lines.max(line, hits)
    return next
  }
  const block = readNumber(b, after + 1, end)
  if (block < 0 || byteAt(b, after, end) !== COMMA) return -1
  const branch = readNumber(b, after + 1, end)
  if (branch < 0 || byteAt(b, after, end) !== COMMA) return -1
  // a taken value of `-`: never evaluated, not taken
  const dash = byteAt(b, after + 1, end) === 45
  const taken = dash ? 0 : readNumber(b, after + 1, end)
  if (taken < 0) return -1
  const next = lineEnd(b, dash ? after + 2 : after, end)
  if (next >= 0) file.branches.add(line, pairKey(block, branch), taken)
  return next
}

/** where the last readNumber stopped: the index just past its digits */
let after = 0

/** The unsigned integer written at b[i…] (its end in `after`), or -1 when b[i] is not a digit. */
function readNumber(b: Buffer, i: number, end: number): number {
  let c = byteAt(b, i, end)
  if (!isDigit(c)) return -1
  let n = 0
  do {
    n = n * 10 + c - DIGIT_0
    c = byteAt(b, ++i, end)
  } while (isDigit(c))
  after = i
  return n
}

/** b[i], and a line break past the end of the block */
const byteAt = (b: Buffer, i: number, end: number): number => (i < end ? b[i] : 10)

/** Where the next line starts when b[i] ends this one (\n, \r\n or the end of the block), else -1. */
function lineEnd(b: Buffer, i: number, end: number): number {
  if (i >= end) return end
  if (b[i] === 10) return i + 1
  if (b[i] === 13 && (i + 1 === end || b[i + 1] === 10)) return Math.min(i + 2, end)
  return -1
}

function nextLine(b: Buffer, i: number, end: number): number {
  const nl = b.indexOf(10, i)
  return nl < 0 || nl >= end ? end : nl + 1
}

/**
 * The key of a BRDA branch id, text[from, to): `<block>,<branch>` read as two numbers straight from the chunk (no
 * string per BRDA line); an id with exception/fallthrough flags or a named branch is interned by its text.
 */
function branchKey(text: string, from: number, to: number): number {
  const comma = text.indexOf(',', from)
  if (comma > from && comma < to) {
    const block = readUnsigned(text, from, comma)
    const branch = readUnsigned(text, comma + 1, to)
    if (block === block && branch === branch) return pairKey(block, branch)
  }
  return nameKey(text.slice(from, to))
}
