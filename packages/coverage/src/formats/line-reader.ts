import { createReadStream } from 'node:fs'

const NEWLINE = 10

/**
 * Calls `onLines(bytes, start, end)` with runs of whole lines: bytes[start, end) ends just after a \n (or at the
 * end of the file), so a parser can scan records in place, reading numbers byte by byte, and decode only the lines
 * it keeps as text (a \n byte never occurs inside a UTF-8 sequence). Streamed in 1 MiB chunks, synchronous per
 * chunk: node:readline and async iteration cost an event or a promise per line, several times the parse itself on
 * a 100 MB file. Memory stays at one chunk plus the longest line.
 */
export async function forEachLineBlock(
  file: string,
  onLines: (bytes: Buffer, start: number, end: number) => void
): Promise<void> {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 })
  let rest: Buffer | undefined
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let from = 0
      if (rest) {
        // the line cut at the chunk's start is joined on its own: no copy of the whole chunk
        const nl = chunk.indexOf(NEWLINE)
        if (nl < 0) {
          rest = Buffer.concat([rest, chunk])
          continue
        }
        const joined = Buffer.concat([rest, chunk.subarray(0, nl + 1)])
        onLines(joined, 0, joined.length)
        from = nl + 1
      }
      const last = chunk.lastIndexOf(NEWLINE)
      if (last >= from) onLines(chunk, from, last + 1)
      const tail = Math.max(last + 1, from)
      rest = tail < chunk.length ? chunk.subarray(tail) : undefined
    }
    if (rest) onLines(rest, 0, rest.length)
  } finally {
    stream.destroy()
  }
}

/** The line of bytes[start, …) up to its \n (left out, as is a trailing \r), and where the next line starts. */
export function lineAt(bytes: Buffer, start: number, end: number): { line: string; next: number } {
  let nl = bytes.indexOf(NEWLINE, start)
  if (nl < 0 || nl >= end) nl = end
  const stop = nl > start && bytes[nl - 1] === 13 ? nl - 1 : nl
  return { line: bytes.toString('utf8', start, stop), next: nl + 1 }
}

/** Calls `onLine` with each line of a text file as a string. */
export async function forEachLine(file: string, onLine: (line: string) => void): Promise<void> {
  await forEachLineBlock(file, (bytes, from, to) => {
    for (let start = from; start < to;) {
      const { line, next } = lineAt(bytes, start, to)
      onLine(line)
      start = next
    }
  })
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
