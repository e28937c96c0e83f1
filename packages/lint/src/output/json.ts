import { ParseError } from '@ci-suite/core'

/** Parses a tool's JSON output; an empty output is `empty`. */
export function parseToolJson<T>(text: string, tool: string, empty: T): T {
  const trimmed = text.trim()
  if (trimmed === '') return empty
  try {
    return JSON.parse(trimmed) as T
  } catch {
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
