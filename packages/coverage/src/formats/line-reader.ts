import { createReadStream } from 'node:fs'

/**
 * Calls `onLine(text, start, end)` for each line of a text file: the line is `text.slice(start, end)` (a trailing
 * \r left out), handed over as indexes so a parser can read numbers in place without cutting a string per line.
 * Streamed in 1 MiB chunks and synchronous per chunk: node:readline and async iteration cost an event or a promise
 * per line, several times the parse itself on a 100 MB file. Memory stays at one chunk plus the longest line.
 */
export async function forEachLineRange(
  file: string,
  onLine: (text: string, start: number, end: number) => void
): Promise<void> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })
  let rest = ''
  try {
    for await (const chunk of stream) {
      const text = rest + (chunk as string)
      let start = 0
      let nl = text.indexOf('\n')
      while (nl >= 0) {
        onLine(text, start, nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl)
        start = nl + 1
        nl = text.indexOf('\n', start)
      }
      rest = text.slice(start)
    }
    if (rest !== '') onLine(rest, 0, rest.endsWith('\r') ? rest.length - 1 : rest.length)
  } finally {
    stream.destroy()
  }
}

/** Calls `onLine` with each line of a text file as a string. */
export async function forEachLine(file: string, onLine: (line: string) => void): Promise<void> {
  await forEachLineRange(file, (text, start, end) => onLine(text.slice(start, end)))
}

/** The non-negative integer written in text[from, to), or NaN when that is empty or not all digits. */
export function readUnsigned(text: string, from: number, to: number): number {
  if (from >= to) return NaN
  let n = 0
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return NaN
    n = n * 10 + digit
  }
  return n
}
