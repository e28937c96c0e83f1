import { createReadStream } from 'node:fs'

/** Raised for text that is not JSON; the caller turns it into its ParseError. */
export class JsonSyntaxError extends Error {}

/**
 * Streams a JSON document whose top level is an object and hands over its members one by one, each value parsed on
 * its own with JSON.parse: `onMember(parent, key, value)`. A top-level member whose value is an object or an array
 * and whose key `descend(key)` accepts is not parsed whole: its own members, or its elements keyed by their index,
 * are handed over instead (parent = that key; an element's index is also given as a number). So a coverage-final.json (one member per source file), a coverage.py
 * JSON (`files` holds one member per file) or a gcovr JSON (`files` is an array of file entries) is held one file
 * entry at a time plus one 1 MiB chunk, not as a whole document.
 */
export async function streamJsonMembers(
  file: string,
  descend: (key: string) => boolean,
  onMember: (parent: string | undefined, key: string, value: unknown, index?: number) => void
): Promise<void> {
  const scanner = new MemberScanner(descend, onMember)
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })
  try {
    for await (const chunk of stream) scanner.write(chunk as string)
  } finally {
    stream.destroy()
  }
  scanner.end()
}

type State = 'start' | 'key' | 'colon' | 'value' | 'after' | 'element' | 'done'

const WHITESPACE = new Set([32, 9, 10, 13])

class MemberScanner {
  private text = ''
  /** how far into `text` the pending value has been scanned, with its nesting, so no byte is scanned twice */
  private scanned = 0
  private depth = 0
  private inString = false
  private state: State = 'start'
  private parents: string[] = []
  private key = ''
  /** inside a descended array: the index of the element being read */
  private index = -1

  constructor(
    private readonly descend: (key: string) => boolean,
    private readonly onMember: (parent: string | undefined, key: string, value: unknown, index?: number) => void
  ) {}

  write(chunk: string): void {
    this.text += chunk
    let p = 0
    const text = this.text
    for (;;) {
      const next = this.step(text, p)
      if (next < 0) break
      p = next
    }
    this.text = text.slice(p)
    this.scanned -= p
  }

  end(): void {
    if (this.state !== 'done') throw new JsonSyntaxError('Unexpected end of JSON input')
    if (this.text.trim() !== '') throw new JsonSyntaxError(`Unexpected text after the JSON object`)
  }

  /** Takes one token at text[p]; returns where the next starts, or -1 when more text is needed. */
  private step(text: string, p: number): number {
    while (p < text.length && WHITESPACE.has(text.charCodeAt(p))) p++
    if (p >= text.length) return -1
    const c = text[p]
    switch (this.state) {
      case 'start':
        if (c !== '{') throw new JsonSyntaxError('the top level is not an object')
        this.state = 'key'
        return p + 1
      case 'key': {
        if (c === '}') return this.close(p)
        if (c !== '"') throw new JsonSyntaxError(`expected a member name at "${text.slice(p, p + 20)}"`)
        const end = stringEnd(text, p + 1)
        if (end < 0) return -1
        this.key = parse(text.slice(p, end + 1)) as string
        this.state = 'colon'
        return end + 1
      }
      case 'colon':
        if (c !== ':') throw new JsonSyntaxError(`expected ":" after "${this.key.slice(0, 40)}"`)
        this.state = 'value'
        this.scanned = p + 1
        return p + 1
      case 'element':
        if (c === ']' && this.index === 0) return this.close(p)
        this.key = String(this.index)
        this.state = 'value'
        this.scanned = p
        return p
      case 'value': {
        if ((c === '{' || c === '[') && this.parents.length === 0 && this.descend(this.key)) {
          this.parents.push(this.key)
          this.index = c === '[' ? 0 : -1
          this.state = c === '[' ? 'element' : 'key'
          return p + 1
        }
        const end = this.valueEnd(text, p)
        if (end < 0) return -1
        const value = parse(text.slice(p, end))
        this.onMember(this.parents.at(-1), this.key, value, this.index >= 0 ? this.index : undefined)
        this.state = 'after'
        return end
      }
      case 'after': {
        const inArray = this.index >= 0
        if (c === ',') {
          if (inArray) this.index++
          this.state = inArray ? 'element' : 'key'
          return p + 1
        }
        if (c === (inArray ? ']' : '}')) return this.close(p)
        const what = inArray
          ? `element ${this.index} of "${this.parents.at(-1)?.slice(0, 40)}"`
          : `"${this.key.slice(0, 40)}"`
        throw new JsonSyntaxError(`expected "," or "${inArray ? ']' : '}'}" after the value of ${what}`)
      }
      case 'done':
        throw new JsonSyntaxError('Unexpected text after the JSON object')
    }
  }

  private close(p: number): number {
    if (this.parents.length > 0) {
      this.parents.pop()
      this.index = -1
      this.state = 'after'
    } else this.state = 'done'
    return p + 1
  }

  /** The end (exclusive) of the value starting at text[start], resuming an earlier partial scan; -1 if incomplete. */
  private valueEnd(text: string, start: number): number {
    let i = Math.max(this.scanned, start)
    if (i === start) {
      this.depth = 0
      this.inString = false
    }
    const first = text.charCodeAt(start)
    if (first !== 123 && first !== 91 && first !== 34) {
      // a number, true, false or null: ends at the next delimiter
      while (i < text.length) {
        const c = text.charCodeAt(i)
        if (c === 44 || c === 125 || c === 93 || WHITESPACE.has(c)) return i
        i++
      }
      this.scanned = i
      return -1
    }
    let depth = this.depth
    while (i < text.length) {
      if (this.inString) {
        const end = stringEnd(text, i)
        if (end < 0) {
          this.scanned = text.length
          this.depth = depth
          return -1
        }
        this.inString = false
        i = end + 1
        if (depth === 0) return i
        continue
      }
      const c = text.charCodeAt(i++)
      if (c === 34) this.inString = true
      else if (c === 123 || c === 91) depth++
      else if ((c === 125 || c === 93) && --depth === 0) return i
    }
    this.scanned = i
    this.depth = depth
    return -1
  }
}

/** The index of the quote that closes a string whose contents start at text[from], or -1 if not in `text` yet. */
function stringEnd(text: string, from: number): number {
  let i = from
  for (;;) {
    const quote = text.indexOf('"', i)
    if (quote < 0) return -1
    let backslashes = 0
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++
    if (backslashes % 2 === 0) return quote
    i = quote + 1
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new JsonSyntaxError((error as Error).message)
  }
}
