import { ConfigurationError } from '../errors.js'
import { parseBoolean, parseChoice, parseLines, parseList, parseMapping, parseNumber } from './syntax.js'

/** Where raw input values come from: the runner's INPUT_* variables, CLI flags, or a gate's mapping in the root action. */
export type InputSource = (name: string) => string | undefined

/** The runner's way: `INPUT_<NAME>`, name upper-cased, spaces as `_`, hyphens kept. */
export function envInputSource(env: Record<string, string | undefined>): InputSource {
  return name => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]
}

export function mapInputSource(values: Map<string, string> | Record<string, string>): InputSource {
  const map = values instanceof Map ? values : new Map(Object.entries(values))
  return name => map.get(name)
}

/** The first source that has a non-empty value wins. */
export function layeredInputSource(...sources: InputSource[]): InputSource {
  return name => {
    for (const source of sources) {
      const value = source(name)
      if (value !== undefined && value.trim() !== '') return value
    }
    return undefined
  }
}

/**
 * Reads an action's inputs with the syntax of CONTRACT.md. Every read is recorded, so tests can check that the
 * parser and the action.yml name the same inputs with the same defaults. An empty value means "not given".
 */
export class InputReader {
  readonly names = new Set<string>()
  readonly given = new Map<string, string>()

  constructor(private readonly source: InputSource) {}

  raw(name: string): string | undefined {
    this.names.add(name)
    const value = this.source(name)
    if (value === undefined || value.trim() === '') return undefined
    this.given.set(name, value)
    return value
  }

  string(name: string, fallback: string): string
  string(name: string): string | undefined
  string(name: string, fallback?: string): string | undefined {
    const value = this.raw(name)
    return value === undefined ? fallback : value.trim()
  }

  required(name: string, what = 'a value'): string {
    const value = this.raw(name)
    if (value === undefined) throw new ConfigurationError(`${name} is required: give it ${what}`)
    return value.trim()
  }

  list(name: string, fallback: string[] = []): string[] {
    const value = this.raw(name)
    return value === undefined ? fallback : parseList(value)
  }

  lines(name: string, fallback: string[] = []): string[] {
    const value = this.raw(name)
    return value === undefined ? fallback : parseLines(value)
  }

  mapping(name: string): Map<string, string> {
    const value = this.raw(name)
    return value === undefined ? new Map() : parseMapping(value, name)
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name)
    return value === undefined ? fallback : parseBoolean(value.trim(), name)
  }

  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name)
    return value === undefined ? fallback : parseChoice(value, name, allowed)
  }

  number(name: string, fallback: number, range?: { min?: number; max?: number; integer?: boolean }): number
  number(
    name: string,
    fallback: undefined,
    range?: { min?: number; max?: number; integer?: boolean }
  ): number | undefined
  number(
    name: string,
    fallback: number | undefined,
    range: { min?: number; max?: number; integer?: boolean } = {}
  ): number | undefined {
    const value = this.raw(name)
    return value === undefined ? fallback : parseNumber(value, name, range)
  }

  /** A percentage from 0 to 100 (a trailing % is allowed). */
  percent(name: string, fallback: number): number
  percent(name: string, fallback: undefined): number | undefined
  percent(name: string, fallback: number | undefined): number | undefined {
    return this.number(name, fallback as number, { min: 0, max: 100 })
  }
}
