import { parse as parseToml } from 'smol-toml'
import { readText } from './read-text.js'

/** the last pyproject.toml parsed, by its text: each Python tool asks for its own table of the same file */
let lastParsed: { text: string; table: unknown } | undefined

function parsedPyproject(text: string): unknown {
  if (lastParsed?.text !== text) {
    let table: unknown
    try {
      table = parseToml(text)
    } catch {
      table = undefined
    }
    lastParsed = { text, table }
  }
  return lastParsed.table
}

/**
 * A `[tool.<name>...]` table of the working directory's pyproject.toml; undefined when there is none. A pyproject.toml
 * that is not TOML is the tool's to report (it will fail on it), not ours. The file is parsed once for all the tools
 * that read it.
 */
export function pyprojectTable(dir: string, ...path: string[]): Record<string, unknown> | undefined {
  const text = readText(dir, 'pyproject.toml')
  if (text === undefined || !text.includes('[tool.')) return undefined
  let table = parsedPyproject(text)
  for (const key of ['tool', ...path]) {
    if (typeof table !== 'object' || table === null || Array.isArray(table)) return undefined
    table = (table as Record<string, unknown>)[key]
  }
  return typeof table === 'object' && table !== null && !Array.isArray(table)
    ? (table as Record<string, unknown>)
    : undefined
}

/**
 * One section of an INI file as Python's configparser reads it (setup.cfg, tox.ini, .pylintrc, mypy.ini, .bandit):
 * `key = value` or `key: value`, indented lines continue the value (joined with newlines), `#`/`;` lines are comments.
 * Undefined when the section is absent.
 */
export function iniSection(text: string, section: string): Map<string, string> | undefined {
  let values: Map<string, string> | undefined
  let inSection = false
  let last: string | undefined
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '')
    const header = /^\[([^\]]+)\]\s*$/.exec(line)
    if (header) {
      inSection = header[1].trim().toLowerCase() === section.toLowerCase()
      if (inSection) values ??= new Map()
      last = undefined
      continue
    }
    if (!inSection || !values || /^\s*[#;]/.test(line) || !line.trim()) continue
    if (/^\s/.test(line) && last !== undefined) {
      values.set(last, `${values.get(last)}\n${line.trim()}`)
      continue
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line)
    if (!pair) continue
    last = pair[1].trim().toLowerCase().replace(/_/g, '-')
    values.set(last, pair[2].trim())
  }
  return values
}

/** A list option as the tools take it: a TOML array, or a comma- or newline-separated string. */
export function optionList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).filter(Boolean)
  if (typeof value !== 'string') return []
  return value
    .split(/[,\n]/)
    .map(v => v.trim())
    .filter(Boolean)
}
