import { ConfigurationError } from '../errors.js'

/** CONTRACT.md: a list input takes items separated by commas and/or newlines; whitespace trimmed, empty items dropped. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map(s => s.trim())
    .filter(s => s.length > 0)
}

/** A list whose items may contain commas (build args, tag rules): newlines only. */
export function parseLines(raw: string): string[] {
  return raw
    .split('\n')
    .map(s => s.trim())
    .filter(s => s.length > 0 && !s.startsWith('#'))
}

/**
 * CONTRACT.md: a mapping input takes `key: value` lines (a YAML block mapping). Values are kept as strings; a value
 * may itself contain colons (`flake8: --max-line-length=120`), only the first `: ` separates. Quoted values lose
 * their quotes. A `key: |` block scalar takes the more-indented lines below it.
 */
export function parseMapping(raw: string, inputName: string): Map<string, string> {
  const result = new Map<string, string>()
  const lines = raw.replace(/\r\n/g, '\n').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.trim() === '' || line.trim().startsWith('#')) continue
    const match = /^\s*([A-Za-z0-9_.\-/]+)\s*:(?:\s+(.*)|\s*)$/.exec(line)
    if (!match) {
      throw new ConfigurationError(
        `${inputName} must be "key: value" lines; line ${i + 1} is ${JSON.stringify(line.trim())}`
      )
    }
    const key = match[1]
    let value = (match[2] ?? '').trim()
    if (value === '|' || value === '>') {
      const indent = line.length - line.trimStart().length
      const block: string[] = []
      while (
        i + 1 < lines.length &&
        (lines[i + 1].trim() === '' || lines[i + 1].length - lines[i + 1].trimStart().length > indent)
      ) {
        block.push(lines[++i])
      }
      const minIndent = Math.min(...block.filter(b => b.trim()).map(b => b.length - b.trimStart().length))
      value = block
        .map(b => b.slice(Number.isFinite(minIndent) ? minIndent : 0))
        .join(value === '|' ? '\n' : ' ')
        .trim()
    } else if (/^(['"]).*\1$/.test(value)) {
      value = value.slice(1, -1)
    }
    if (result.has(key)) throw new ConfigurationError(`${inputName} names "${key}" twice`)
    result.set(key, value)
  }
  return result
}

/** Booleans are `true`/`false` (YAML 1.2 core schema spellings accepted, as the toolkit's getBooleanInput does). */
export function parseBoolean(raw: string, inputName: string): boolean {
  if (['true', 'True', 'TRUE'].includes(raw)) return true
  if (['false', 'False', 'FALSE'].includes(raw)) return false
  throw new ConfigurationError(`${inputName} must be true or false; got ${JSON.stringify(raw)}`)
}

export function parseChoice<T extends string>(raw: string, inputName: string, allowed: readonly T[]): T {
  const value = raw.trim()
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new ConfigurationError(`${inputName} must be one of ${allowed.join(', ')}; got ${JSON.stringify(raw)}`)
}

export function parseNumber(
  raw: string,
  inputName: string,
  range: { min?: number; max?: number; integer?: boolean } = {}
): number {
  const text = raw.trim().replace(/%$/, '')
  const value = text === '' ? NaN : Number(text)
  const kind = range.integer ? 'a whole number' : 'a number'
  const bounds =
    range.min !== undefined && range.max !== undefined
      ? ` from ${range.min} to ${range.max}`
      : range.min !== undefined
        ? ` of at least ${range.min}`
        : range.max !== undefined
          ? ` of at most ${range.max}`
          : ''
  if (
    !Number.isFinite(value) ||
    (range.integer && !Number.isInteger(value)) ||
    (range.min !== undefined && value < range.min) ||
    (range.max !== undefined && value > range.max)
  ) {
    throw new ConfigurationError(`${inputName} must be ${kind}${bounds}; got ${JSON.stringify(raw)}`)
  }
  return value
}
