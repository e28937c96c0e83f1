import { ParseError } from '@ci-suite/core'
import { parse as parseToml } from 'smol-toml'

/** Parses a TOML lockfile, turning a syntax error into a one-line ParseError with the line. */
export function parseTomlLock(file: string, text: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>
  } catch (error) {
    const line = (error as { line?: number }).line
    const message = (error as Error).message.split('\n')[0] as string
    throw new ParseError(file, `not valid TOML (${message.replace(/^Invalid TOML document: /, '')})`, line)
  }
}

/** Lines of each `[[package]]` table's `name = "…"` (and `version = "…"` just after), in order. */
export function packageTableLines(text: string): Array<{ name: string; version?: string; line: number }> {
  const out: Array<{ name: string; version?: string; line: number }> = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^\[\[package\]\]\s*$/.test(lines[i] as string)) continue
    let name: string | undefined
    let version: string | undefined
    for (let j = i + 1; j < lines.length && j < i + 12 && !(lines[j] as string).startsWith('['); j++) {
      const match = /^(name|version)\s*=\s*"([^"]*)"/.exec(lines[j] as string)
      if (match?.[1] === 'name') name = match[2]
      if (match?.[1] === 'version') version = match[2]
    }
    if (name !== undefined) out.push({ name, version, line: i + 1 })
  }
  return out
}

export function lineFinder(text: string): (name: string, version?: string) => number | undefined {
  const tables = packageTableLines(text)
  const index = new Map<string, number>()
  for (const t of tables) {
    if (!index.has(t.name)) index.set(t.name, t.line)
    index.set(`${t.name}@${t.version}`, t.line)
  }
  return (name, version) => index.get(`${name}@${version}`) ?? index.get(name)
}
