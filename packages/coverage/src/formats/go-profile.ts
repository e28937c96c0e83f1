import { ParseError } from '@ci-suite/core'
import { detached, emptyFile, type CoverageReport, type FileCoverage } from '../model.js'
import { forEachLine } from './line-reader.js'

const MAX_BLOCK_LINES = 100_000
const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/

/**
 * Go cover profiles (`go test -coverprofile`, golang.org/x/tools/cover/profile.go). Blocks are kept as weighted
 * statements: Go's percentage is statements run over statements. Repeated blocks merge as `cover` merges them: OR
 * in `set` mode, a sum otherwise; a repeated block with another statement count is an error. For line detail a
 * line is covered when a block with statements that spans it ran.
 */
export async function parseGoProfile(file: string): Promise<CoverageReport> {
  const files = new Map<string, FileCoverage>()
  let mode: string | undefined
  let lineNo = 0
  await forEachLine(file, raw => {
    lineNo++
    const line = raw.trim()
    if (line === '') return
    if (line.startsWith('mode: ')) {
      const m = line.slice(6).trim()
      if (mode && mode !== m) throw new ParseError(file, `the profile mixes modes ${mode} and ${m}`, lineNo)
      mode = m
      return
    }
    if (!mode) throw new ParseError(file, 'a Go cover profile must start with "mode: set|count|atomic"', lineNo)
    const m = BLOCK.exec(line)
    if (!m) throw new ParseError(file, `malformed Go cover profile line "${line.slice(0, 80)}"`, lineNo)
    const [, name, sl, sc, el, ec, stmts, count] = m
    // a block is a few lines of one function; a span of thousands of lines is a damaged profile, not code
    if (Number(el) < Number(sl) || Number(el) - Number(sl) > MAX_BLOCK_LINES) {
      throw new ParseError(
        file,
        `block ${name}:${sl}.${sc},${el}.${ec} spans lines ${sl} to ${el}: not a Go cover profile block`,
        lineNo
      )
    }
    let f = files.get(name)
    if (!f) files.set(detached(name), (f = { ...emptyFile(detached(name)), statements: new Map() }))
    const key = `${sl}.${sc},${el}.${ec}`
    const weight = Number(stmts)
    const hits = Number(count)
    const statements = f.statements as Map<string, { weight: number; hits: number }>
    const before = statements.get(key)
    if (before && before.weight !== weight) {
      throw new ParseError(file, `block ${name}:${key} appears with ${before.weight} and ${weight} statements`, lineNo)
    }
    statements.set(key, {
      weight,
      hits: before ? (mode === 'set' ? Math.max(before.hits, hits) : before.hits + hits) : hits
    })
  })
  if (!mode) throw new ParseError(file, 'is empty: no "mode:" line')
  for (const f of files.values()) {
    for (const [key, s] of f.statements ?? []) {
      if (s.weight === 0) continue
      const [start, end] = key.split(',').map(p => Number(p.split('.')[0]))
      for (let l = start; l <= end; l++) f.lines.max(l, s.hits)
    }
  }
  return { file, format: 'go-profile', producer: 'go', files: [...files.values()], sourceRoots: [] }
}
