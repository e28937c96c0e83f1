import { readFile } from 'node:fs/promises'
import { ParseError } from '@ci-suite/core'
import { addBranch, addLine, counter, emptyFile, type CoverageReport, type FileCoverage } from '../model.js'

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The JSON report formats: coverage.py JSON, Istanbul coverage-final.json and coverage-summary.json, told apart by shape. */
export async function parseJsonReport(file: string): Promise<CoverageReport> {
  let data: unknown
  try {
    data = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new ParseError(file, `malformed JSON: ${(error as Error).message}`)
  }
  if (!isObject(data)) throw new ParseError(file, 'is JSON but not an object: not a coverage report')
  if (isObject(data.meta) && isObject(data.files)) return coveragePyJson(file, data.files)
  if (isObject(data.total) && isObject(data.total.lines)) return istanbulSummary(file, data)
  const values = Object.values(data)
  if (values.length > 0 && values.every(v => isObject(v) && isObject(v.statementMap))) return istanbulFinal(file, data)
  if (values.length === 0) throw new ParseError(file, 'is an empty JSON object: the coverage report measures nothing')
  throw new ParseError(
    file,
    'is JSON but neither coverage.py JSON nor Istanbul coverage-final.json/coverage-summary.json'
  )
}

/**
 * coverage.py JSON (jsonreport.py, format 3): executed_lines/missing_lines are the statements; executed_branches
 * and missing_branches are [from, to] arcs, each one branch of line `from`.
 */
function coveragePyJson(file: string, files: Json): CoverageReport {
  const out: FileCoverage[] = []
  for (const [path, entry] of Object.entries(files)) {
    if (!isObject(entry)) continue
    const f = emptyFile(path)
    for (const l of numbers(entry.executed_lines)) addLine(f, l, 1)
    for (const l of numbers(entry.missing_lines)) addLine(f, l, 0)
    for (const [arcs, hit] of [
      [entry.executed_branches, 1],
      [entry.missing_branches, 0]
    ] as const) {
      if (!Array.isArray(arcs)) continue
      for (const arc of arcs) {
        if (!Array.isArray(arc) || !Number.isInteger(arc[0]) || !Number.isInteger(arc[1])) {
          throw new ParseError(
            file,
            `malformed coverage.py JSON: ${path} has a branch that is not a [from, to] pair of line numbers`
          )
        }
        addBranch(f, arc[0], `${arc[0]}->${arc[1]}`, hit)
      }
    }
    out.push(f)
  }
  return { file, format: 'coverage.py-json', producer: 'coverage.py', files: out, sourceRoots: [] }
}

interface Location {
  start: { line: number; column: number | null }
  end?: { line?: number; column?: number | null }
}
const at = (loc: Location): string => `${loc.start?.line}:${loc.start?.column}-${loc.end?.line}:${loc.end?.column}`

/**
 * Istanbul coverage-final.json (istanbul-lib-coverage FileCoverage). A line's count is the largest count of the
 * statements that start on it (getLineCoverage); a branch belongs to the line of its branchMap entry.
 */
function istanbulFinal(file: string, data: Json): CoverageReport {
  const out: FileCoverage[] = []
  for (const [key, entry] of Object.entries(data)) {
    const fc = entry as {
      path?: string
      statementMap: Record<string, Location>
      s: Record<string, number>
      fnMap?: Record<string, { name: string; decl?: Location; loc: Location }>
      f?: Record<string, number>
      branchMap?: Record<string, { line?: number; loc?: Location; locations?: Location[] }>
      b?: Record<string, number[]>
    }
    const path = typeof fc.path === 'string' && fc.path ? fc.path : key
    const f: FileCoverage = { ...emptyFile(path), statements: new Map(), functions: new Map() }
    const where = (loc: Location | undefined, what: string): Location => {
      if (!Number.isInteger(loc?.start?.line))
        throw new ParseError(file, `malformed Istanbul coverage: ${what} in ${path} has no start line`)
      return loc as Location
    }
    for (const [id, loc] of Object.entries(fc.statementMap)) {
      where(loc, `statement ${id}`)
      const hits = Number(fc.s?.[id] ?? 0) || 0
      addLine(f, loc.start.line, hits)
      f.statements?.set(at(loc), { weight: 1, hits })
    }
    for (const [id, fn] of Object.entries(fc.fnMap ?? {})) {
      f.functions?.set(`${fn?.name}@${at(where(fn?.decl ?? fn?.loc, `function ${id}`))}`, Number(fc.f?.[id] ?? 0) || 0)
    }
    for (const [id, branch] of Object.entries(fc.branchMap ?? {})) {
      const line = branch?.line || branch?.loc?.start?.line || branch?.locations?.[0]?.start?.line
      if (!Number.isInteger(line))
        throw new ParseError(file, `malformed Istanbul coverage: branch ${id} in ${path} has no line`)
      const place = branch.loc?.start ? at(branch.loc) : id
      const counts = fc.b?.[id]
      ;(Array.isArray(counts) ? counts : []).forEach((hits, i) =>
        addBranch(f, line as number, `${place}#${i}`, Number(hits) || 0)
      )
    }
    out.push(f)
  }
  return { file, format: 'istanbul-final', producer: 'istanbul', files: out, sourceRoots: [] }
}

/** Istanbul coverage-summary.json: per-file totals only, no line detail (so no patch coverage from it alone). */
function istanbulSummary(file: string, data: Json): CoverageReport {
  const out: FileCoverage[] = []
  for (const [path, entry] of Object.entries(data)) {
    if (path === 'total' || !isObject(entry)) continue
    const c = (name: string) => {
      const v = isObject(entry[name]) ? (entry[name] as Json) : {}
      return counter(Number(v.covered ?? 0), Number(v.total ?? 0))
    }
    out.push({
      ...emptyFile(path),
      declared: { lines: c('lines'), branches: c('branches'), functions: c('functions'), statements: c('statements') }
    })
  }
  return { file, format: 'istanbul-summary', producer: 'istanbul', files: out, sourceRoots: [] }
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : []
}
