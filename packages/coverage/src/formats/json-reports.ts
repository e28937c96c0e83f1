import { ParseError } from '@ci-suite/core'
import { nameKey, pairKey } from '../branch-table.js'
import { JsonSyntaxError, streamJsonMembers } from './json-stream.js'
import { addLine, counter, emptyFile, type Counter, type CoverageReport, type FileCoverage } from '../model.js'

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * The JSON report formats: coverage.py JSON, Istanbul coverage-final.json and coverage-summary.json, gcovr's
 * `--json` and `--json-summary`, told apart by shape. Streamed member by member (json-stream.ts): memory holds the coverage read so far and one file's entry,
 * never the whole document.
 */
export async function parseJsonReport(file: string): Promise<CoverageReport> {
  const py: FileCoverage[] = []
  const final: FileCoverage[] = []
  const summary: FileCoverage[] = []
  const gcovr: FileCoverage[] = []
  let gcovrVersion: 'json' | 'summary' | undefined
  let gcovrError: unknown
  let sawMeta = false
  let sawFiles = false
  let sawTotal = false
  let members = 0
  const descend = (key: string): boolean => key === 'files' && (sawFiles = true)
  try {
    await streamJsonMembers(file, descend, (parent, key, value, index) => {
      if (parent === 'files') {
        if (!isObject(value)) return
        // gcovr's `files` is an array (its version member may come after it); coverage.py's an object
        if (index === undefined) py.push(coveragePyFile(file, key, value))
        else if (!gcovrError) {
          // held until the version member says the document is gcovr's
          try {
            gcovr.push('filename' in value ? gcovrSummaryFile(file, index, value) : gcovrFile(file, index, value))
          } catch (error) {
            gcovrError = error
          }
        }
        return
      }
      members++
      if (key === 'gcovr/format_version') gcovrVersion = 'json'
      else if (key === 'gcovr/summary_format_version') gcovrVersion = 'summary'
      else if (key === 'meta' && isObject(value)) sawMeta = true
      else if (key === 'total' && isObject(value) && isObject(value.lines)) sawTotal = true
      else if (isObject(value) && isObject(value.statementMap)) final.push(istanbulFile(file, key, value))
      else if (isObject(value) && isObject(value.lines)) summary.push(summaryFile(key, value))
    })
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const detail =
        error.message === 'the top level is not an object'
          ? 'is JSON but not an object: not a coverage report'
          : `malformed JSON: ${error.message}`
      throw new ParseError(file, detail)
    }
    throw error
  }
  if (gcovrVersion && gcovrError) throw gcovrError
  if (gcovrVersion && sawFiles)
    return { file, format: `gcovr-${gcovrVersion}`, producer: 'gcovr', files: gcovr, sourceRoots: [] }
  if (sawMeta && sawFiles)
    return { file, format: 'coverage.py-json', producer: 'coverage.py', files: py, sourceRoots: [] }
  if (sawTotal) return { file, format: 'istanbul-summary', producer: 'istanbul', files: summary, sourceRoots: [] }
  if (members > 0 && final.length === members)
    return { file, format: 'istanbul-final', producer: 'istanbul', files: final, sourceRoots: [] }
  if (members === 0 && !sawFiles)
    throw new ParseError(file, 'is an empty JSON object: the coverage report measures nothing')
  throw new ParseError(
    file,
    'is JSON but neither coverage.py JSON, Istanbul coverage-final.json/coverage-summary.json nor gcovr JSON'
  )
}

/**
 * coverage.py JSON (jsonreport.py, format 3): executed_lines/missing_lines are the statements; executed_branches
 * and missing_branches are [from, to] arcs, each one branch of line `from`.
 *
 * In older coverage.py versions (6.5 among them; its issues #1900 and #2105) executed_lines also hold lines that
 * ran but are no statements (a module's or class's docstring), and executed_branches arcs that are no branches:
 * coverage.py's own totals are each file's `summary`, so those are the file's declared totals, which stand while this
 * report alone measures it (merged with another report, the lines and arcs count).
 */
function coveragePyFile(file: string, path: string, entry: Json): FileCoverage {
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
      f.branches.add(arc[0], pairKey(arc[1] < 0 ? 1 : 0, Math.abs(arc[1])), hit)
    }
  }
  const declared = summaryTotals(entry.summary)
  if (declared) {
    const arcs = f.branches.totals()
    f.declared = { ...declared, branches: declared.branches ?? counter(arcs.covered, arcs.total) }
  }
  return f
}

/** a coverage.py file summary's statement and branch counts, when they are whole numbers that add up */
function summaryTotals(summary: unknown): { lines: Counter; branches?: Counter } | undefined {
  if (!isObject(summary)) return undefined
  const count = (name: string): number | undefined => {
    const value = (summary as Json)[name]
    return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined
  }
  const covered = count('covered_lines')
  const statements = count('num_statements')
  if (covered === undefined || statements === undefined || covered > statements) return undefined
  const coveredBranches = count('covered_branches')
  const branches = count('num_branches')
  const branchCounter =
    coveredBranches !== undefined && branches !== undefined && coveredBranches <= branches
      ? counter(coveredBranches, branches)
      : undefined
  return { lines: counter(covered, statements), ...(branchCounter ? { branches: branchCounter } : {}) }
}

/**
 * gcovr `--json` (gcovr's json.rst): a file's `lines` each have `line_number`, `count` and `branches` (each with its
 * `count`); a line marked `gcovr/excluded` (or, before gcovr 6, `gcovr/noncode`) is not measured, and neither are its
 * branches. A line may appear more than once (gcovr 8 lists a line per function it belongs to): the line counts
 * once, its branches all count, as gcovr counts them.
 */
function gcovrFile(file: string, index: number, entry: Json): FileCoverage {
  const where = `file ${index + 1}`
  if (typeof entry.file !== 'string' || !entry.file || !Array.isArray(entry.lines))
    throw new ParseError(file, `malformed gcovr JSON: ${where} has no "file" name or no "lines" list`)
  const f: FileCoverage = { ...emptyFile(entry.file), functions: new Map() }
  const branchesSeen = new Map<number, number>()
  for (const line of entry.lines as unknown[]) {
    if (!isObject(line) || !Number.isInteger(line.line_number) || (line.line_number as number) < 1)
      throw new ParseError(file, `malformed gcovr JSON: a line of ${entry.file} has no line_number`)
    if (line['gcovr/excluded'] === true || line['gcovr/noncode'] === true) continue
    const at = line.line_number as number
    addLine(f, at, hitCount(line.count))
    if (!Array.isArray(line.branches)) continue
    let n = branchesSeen.get(at) ?? 0
    for (const branch of line.branches as unknown[])
      f.branches.add(at, pairKey(0, n++), hitCount((branch as Json)?.count))
    branchesSeen.set(at, n)
  }
  for (const fn of Array.isArray(entry.functions) ? (entry.functions as unknown[]) : []) {
    if (!isObject(fn) || fn['gcovr/excluded'] === true) continue
    const name = typeof fn.demangled_name === 'string' ? fn.demangled_name : String(fn.name)
    f.functions?.set(`${name}@${String(fn.lineno)}`, hitCount(fn.execution_count))
  }
  return f
}

/** gcovr `--json-summary`: per-file `line_covered`/`line_total`, `branch_…` and `function_…` counts, no line detail. */
function gcovrSummaryFile(file: string, index: number, entry: Json): FileCoverage {
  if (typeof entry.filename !== 'string' || !entry.filename)
    throw new ParseError(file, `malformed gcovr JSON summary: file ${index + 1} has no "filename"`)
  const pair = (kind: string): Counter => {
    const covered = entry[`${kind}_covered`]
    const total = entry[`${kind}_total`]
    if (!Number.isInteger(covered) || !Number.isInteger(total) || (covered as number) > (total as number))
      throw new ParseError(
        file,
        `malformed gcovr JSON summary: ${entry.filename} has no whole ${kind}_covered/${kind}_total`
      )
    return counter(covered as number, total as number)
  }
  return {
    ...emptyFile(entry.filename),
    declared: {
      lines: pair('line'),
      branches: pair('branch'),
      ...(entry.function_total === undefined ? {} : { functions: pair('function') })
    }
  }
}

/** an execution count as a whole number of hits; anything else (gcovr writes none) is none */
function hitCount(value: unknown): number {
  return typeof value === 'number' && value > 0 ? value : 0
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
function istanbulFile(file: string, key: string, entry: Json): FileCoverage {
  const fc = entry as unknown as {
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
    const counts = fc.b?.[id]
    ;(Array.isArray(counts) ? counts : []).forEach((hits, i) =>
      f.branches.add(
        line as number,
        /^\d+$/.test(id) ? pairKey(Number(id), i) : nameKey(`${id}#${i}`),
        Number(hits) || 0
      )
    )
  }
  return f
}

/** Istanbul coverage-summary.json: per-file totals only, no line detail (so no patch coverage from it alone). */
function summaryFile(path: string, entry: Json): FileCoverage {
  const c = (name: string) => {
    const v = isObject(entry[name]) ? (entry[name] as Json) : {}
    return counter(Number(v.covered ?? 0), Number(v.total ?? 0))
  }
  return {
    ...emptyFile(path),
    declared: { lines: c('lines'), branches: c('branches'), functions: c('functions'), statements: c('statements') }
  }
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : []
}
