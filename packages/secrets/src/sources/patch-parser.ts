import { detached, unquoteGitPath } from '@ci-suite/core'
import type { ScanSink } from './sink.js'

function headerPath(raw: string): string {
  const p = unquoteGitPath(raw)
  return p.startsWith('b/') || p.startsWith('a/') ? p.slice(2) : p
}

/**
 * Streams `git log -p --unified=0` (or `git diff --cached --unified=0`) output into a sink: each added line with
 * its number in the new file. Text arrives in chunks; a partial last line waits for the next chunk.
 */
export class PatchParser {
  private rest = ''
  private inFile = false
  private reading = false
  private inHunk = false
  private nextLine = 0
  private fileHeader = ''

  constructor(private readonly sink: ScanSink) {}

  push(chunk: string): void {
    const text = this.rest + chunk
    let start = 0
    for (;;) {
      const end = text.indexOf('\n', start)
      if (end < 0) break
      this.handle(text.slice(start, end))
      start = end + 1
    }
    this.rest = text.slice(start)
  }

  end(): void {
    if (this.rest) this.handle(this.rest)
    this.rest = ''
    this.closeFile()
  }

  private closeFile(): void {
    if (this.inFile && this.reading) this.sink.endFile()
    this.inFile = false
    this.reading = false
    this.inHunk = false
  }

  private handle(line: string): void {
    const c = line.charCodeAt(0)
    if (this.inHunk) {
      if (c === 43 /* + */) {
        if (this.reading)
          this.sink.line(line.charCodeAt(line.length - 1) === 13 ? line.slice(1, -1) : line.slice(1), this.nextLine)
        this.nextLine++
        return
      }
      if (c === 45 /* - */ || c === 92 /* \ */) return
      if (c === 32 /* space: context, when a caller asks for it */) {
        this.nextLine++
        return
      }
      this.inHunk = false
    }
    if (c === 1) {
      this.closeFile()
      // copies, not slices: a finding keeps them, and a slice would keep the whole chunk it was cut from
      const [sha, author, email, date] = line
        .slice(1)
        .split('\u0002')
        .map(field => detached(field))
      this.sink.commit({ sha, author: author ?? '', email: email ?? '', date: date ?? '' })
      return
    }
    if (line.startsWith('diff --git ') || line.startsWith('diff --cc ')) {
      this.closeFile()
      this.inFile = true
      this.fileHeader = line
      return
    }
    if (!this.inFile) return
    if (line.startsWith('@@')) {
      const m = /^@@+ [^@]*\+(\d+)/.exec(line)
      this.nextLine = m ? Number(m[1]) : 1
      this.inHunk = true
      return
    }
    if (line.startsWith('+++ ')) {
      const raw = line.slice(4).replace(/\t$/, '')
      if (raw !== '/dev/null') this.reading = this.sink.startFile(detached(headerPath(raw)))
      return
    }
    if (line.startsWith('Binary files ')) {
      const m = / and (.*) differ$/.exec(line)
      const path = m && m[1] !== '/dev/null' ? headerPath(m[1]) : headerPath(this.fileHeader.split(' b/').pop() ?? '')
      this.sink.binary(detached(path))
    }
  }
}
