import { ParseError } from '@ci-suite/core'
import { addBranch, detached, emptyFile, type CoverageReport, type FileCoverage } from '../model.js'
import { forEachLineRange, readUnsigned } from './line-reader.js'

/**
 * LCOV tracefiles (geninfo(1) "TRACEFILE FORMAT"), read line by line. Totals come from DA/BRDA/FN records, not from
 * the LF/LH/BRF/BRH summaries, as lcov itself recomputes them. Repeated SF sections and repeated DA lines of one
 * file merge. A BRDA taken value of `-` (never evaluated) counts as not taken. A file that ends inside a record
 * (no end_of_record) is truncated and is refused.
 */
export async function parseLcov(file: string): Promise<CoverageReport> {
  const files = new Map<string, FileCoverage>()
  let current: FileCoverage | undefined
  let currentStart = 0
  let lineNo = 0
  let fnNames = new Map<string, string>()
  const branchIds = new Map<string, string>()
  const bad = (what: string): ParseError => new ParseError(file, `malformed LCOV: ${what}`, lineNo)

  const DA = 68 // 'D', of DA:<line>,<count>[,<checksum>]
  const BRDA = 66 // 'B', of BRDA:<line>,[e|f|U...]<block>,<branch>,<taken>
  await forEachLineRange(file, (text, start, end) => {
    lineNo++
    // the hot paths, read in place: DA and BRDA are nearly every line of a large tracefile
    const first = text.charCodeAt(start)
    if (current && first === DA && text.charCodeAt(start + 1) === 65 && text.charCodeAt(start + 2) === 58) {
      const comma = text.indexOf(',', start + 3)
      if (comma > 0 && comma < end) {
        let stop = text.indexOf(',', comma + 1)
        if (stop < 0 || stop > end) stop = end
        const ln = readUnsigned(text, start + 3, comma)
        const hits = readUnsigned(text, comma + 1, stop)
        if (ln === ln && hits === hits) {
          current.lines.max(ln, hits)
          return
        }
      }
    } else if (current && first === BRDA && text.startsWith('BRDA:', start)) {
      const comma = text.indexOf(',', start + 5)
      const last = text.lastIndexOf(',', end - 1)
      if (comma > 0 && comma < last) {
        const ln = readUnsigned(text, start + 5, comma)
        const taken = text.charCodeAt(last + 1) === 45 && last + 2 === end ? 0 : readUnsigned(text, last + 1, end)
        if (ln === ln && taken === taken) {
          // branch ids repeat on every line ("0,0", "0,1"): one string each instead of one per BRDA line
          const id = text.slice(comma + 1, last)
          let key = branchIds.get(id)
          if (key === undefined) branchIds.set((key = detached(id)), key)
          addBranch(current, ln, key, taken)
          return
        }
      }
    }
    const raw = text.slice(start, end)
    const line = raw.trimEnd()
    if (line === '') return
    if (line === 'end_of_record') {
      if (!current) throw bad('end_of_record without SF')
      current = undefined
      return
    }
    const colon = line.indexOf(':')
    if (colon < 0) throw bad(`unexpected line "${line.slice(0, 60)}"`)
    const key = line.slice(0, colon)
    const value = line.slice(colon + 1)
    if (key === 'SF') {
      if (current) throw bad(`SF:${value} starts before the record of ${current.path} ended`)
      current = files.get(value)
      if (!current) files.set(detached(value), (current = emptyFile(detached(value))))
      currentStart = lineNo
      fnNames = new Map()
      return
    }
    if (key === 'TN' || key === 'VER') return
    if (!current) throw bad(`${key} record outside an SF section`)
    switch (key) {
      case 'DA': {
        const [n, hits] = value.split(',')
        const ln = Number(n)
        const h = Number(hits)
        if (!Number.isInteger(ln) || !Number.isFinite(h)) throw bad(`DA:${value}`)
        current.lines.max(ln, h)
        break
      }
      case 'BRDA': {
        const comma = value.indexOf(',')
        const last = value.lastIndexOf(',')
        const ln = Number(value.slice(0, comma))
        const takenText = value.slice(last + 1)
        const taken = takenText === '-' ? 0 : Number(takenText)
        if (comma < 0 || last <= comma || !Number.isInteger(ln) || !Number.isFinite(taken)) throw bad(`BRDA:${value}`)
        addBranch(current, ln, detached(value.slice(comma + 1, last)), taken)
        break
      }
      case 'FN': {
        // FN:<start>,[<end>,]<name>
        const parts = value.split(',')
        const name = parts.slice(parts.length >= 3 && /^\d+$/.test(parts[1]) ? 2 : 1).join(',')
        const fns = current.functions ?? (current.functions = new Map())
        if (!fns.has(name)) fns.set(detached(name), 0)
        break
      }
      case 'FNDA': {
        const comma = value.indexOf(',')
        const hits = Number(value.slice(0, comma))
        const name = value.slice(comma + 1)
        const fns = current.functions ?? (current.functions = new Map())
        fns.set(fns.has(name) ? name : detached(name), Math.max(fns.get(name) ?? 0, Number.isFinite(hits) ? hits : 0))
        break
      }
      case 'FNL': {
        // LCOV 2.2: FNL:<index>,<start>[,<end>] then FNA:<index>,<count>,<name>; aliases share the index
        const index = value.split(',')[0]
        fnNames.set(index, `#${index}`)
        const fns = current.functions ?? (current.functions = new Map())
        if (!fns.has(`#${index}`)) fns.set(`#${index}`, 0)
        break
      }
      case 'FNA': {
        const [index, count] = value.split(',')
        const fnKey = fnNames.get(index) ?? `#${index}`
        const fns = current.functions ?? (current.functions = new Map())
        fns.set(fnKey, Math.max(fns.get(fnKey) ?? 0, Number(count) || 0))
        break
      }
      default:
        // LF, LH, BRF, BRH, FNF, FNH, MCDC, MCF, MCH: summaries and data this action does not use
        if (!/^[A-Z]+$/.test(key)) throw bad(`unexpected line "${line.slice(0, 60)}"`)
    }
  })
  if (current) {
    throw new ParseError(
      file,
      `truncated LCOV: the record for ${current.path} (from line ${currentStart}) has no end_of_record`,
      lineNo
    )
  }
  return { file, format: 'lcov', producer: 'lcov', files: [...files.values()], sourceRoots: [] }
}
