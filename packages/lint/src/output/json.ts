import { ParseError } from '@ci-suite/core'

/** how many lines that start like JSON are tried as the start of the document before giving up */
const MAX_STARTS = 20

/**
 * Parses a tool's JSON output; an empty output is `empty`. A tool's plugins may print to the same stream before the
 * tool writes its JSON (eslint with `@nx/eslint-plugin` prints "No cached ProjectGraph is available" on stdout): the
 * document is then read from the first line that starts with `[` or `{` and parses to the end.
 */
export function parseToolJson<T>(text: string, tool: string, empty: T): T {
  const trimmed = text.trim()
  if (trimmed === '') return empty
  try {
    return JSON.parse(trimmed) as T
  } catch {
    const starts = [...trimmed.matchAll(/^[[{]/gm)].map(m => m.index).filter(i => i > 0)
    for (const start of starts.slice(0, MAX_STARTS)) {
      try {
        return JSON.parse(trimmed.slice(start)) as T
      } catch {
        // not the start of the document: try the next line
      }
    }
    throw new ParseError(`${tool} output`, `not the JSON ${tool} writes: ${trimmed.slice(0, 120)}`)
  }
}

/** JSON Lines (one object a line), as newer mypy writes. */
export function parseJsonLines<T>(text: string, tool: string): T[] {
  return text
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean)
    .map((line, index) => {
      try {
        return JSON.parse(line) as T
      } catch {
        throw new ParseError(`${tool} output`, `line ${index + 1} is not JSON: ${line.slice(0, 120)}`)
      }
    })
}
