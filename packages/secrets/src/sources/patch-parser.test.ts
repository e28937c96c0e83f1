import { describe, expect, test } from '@jest/globals'
import { unquoteGitPath } from '@ci-suite/core'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { PatchParser } from './patch-parser.js'
import type { CommitInfo, ScanSink } from './sink.js'

class Recorder implements ScanSink {
  readonly events: string[] = []
  commit(info: CommitInfo): void {
    this.events.push(`commit ${info.sha} ${info.author}`)
  }
  startFile(path: string): boolean {
    this.events.push(`file ${path}`)
    return !path.endsWith('.skip')
  }
  line(text: string, n: number): void {
    this.events.push(`${n}: ${text}`)
  }
  endFile(): void {
    this.events.push('end')
  }
  binary(path: string): void {
    this.events.push(`binary ${path}`)
  }
  skipped(): void {}
  bytes(): void {}
}

const PATCH = [
  '\u0001abc123\u0002Ada\u0002ada@x\u00022024-01-01T00:00:00Z',
  '',
  'diff --git a/src/a.ts b/src/a.ts',
  'index 1..2 100644',
  '--- a/src/a.ts',
  '+++ b/src/a.ts',
  '@@ -3,0 +4,2 @@ function x() {',
  '+const a = 1',
  '++++ not a header',
  '@@ -10 +12 @@',
  '-old',
  '+new',
  'diff --git a/img.png b/img.png',
  'new file mode 100644',
  'Binary files /dev/null and b/img.png differ',
  'diff --git "a/sp ace\\tx.txt" "b/sp ace\\tx.txt"',
  '--- /dev/null',
  '+++ "b/sp ace\\tx.txt"',
  '@@ -0,0 +1 @@',
  '+hello',
  '\\ No newline at end of file',
  'diff --git a/gone.txt b/gone.txt',
  'deleted file mode 100644',
  '--- a/gone.txt',
  '+++ /dev/null',
  '@@ -1 +0,0 @@',
  '-bye',
  'diff --git a/x.skip b/x.skip',
  '+++ b/x.skip',
  '@@ -0,0 +1 @@',
  '+ignored'
].join('\n')

describe('the patch parser', () => {
  test('gives each added line its number in the new file, across hunks, files and commits', () => {
    const r = new Recorder()
    const parser = new PatchParser(r)
    // split mid-line to check chunk joins
    parser.push(PATCH.slice(0, 101))
    parser.push(PATCH.slice(101))
    parser.end()
    expect(r.events).toEqual([
      'commit abc123 Ada',
      'file src/a.ts',
      '4: const a = 1',
      '5: +++ not a header',
      '12: new',
      'end',
      'binary img.png',
      'file sp ace\tx.txt',
      '1: hello',
      'end',
      'file x.skip'
    ])
  })

  test.each([
    ['plain.txt', 'plain.txt'],
    ['"tab\\there"', 'tab\there'],
    ['"caf\\303\\251.txt"', 'café.txt'],
    ['"quote\\"d"', 'quote"d']
  ])('unquotes %s', (raw, path) => {
    expect(unquoteGitPath(raw)).toBe(path)
  })
})

describe('memory', () => {
  test('what a sink keeps of the patch (paths, commit fields) does not keep the chunks it was cut from alive', () => {
    // a sink that keeps every path and commit, as a path cache and the findings do
    const kept: string[] = []
    const sink: ScanSink = {
      commit: info => void kept.push(info.sha, info.author, info.email, info.date),
      startFile: path => (kept.push(path), true),
      line: () => {},
      endFile: () => {},
      binary: path => void kept.push(path),
      skipped: () => {},
      bytes: () => {}
    }
    const parser = new PatchParser(sink)
    const filler = `+${'x'.repeat(1024 * 1024)}\n`
    // `gc` is there only after --expose-gc: switched on here, for this check
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    gc()
    const before = process.memoryUsage().heapUsed
    for (let i = 0; i < 64; i++) {
      const sha = `${i}`.padStart(40, 'a')
      parser.push(
        `\u0001${sha}\u0002Author Number ${i}\u0002author${i}@example.com\u00022024-01-01T00:00:00Z\n` +
          `diff --git a/some/folder/file-${i}.txt b/some/folder/file-${i}.txt\n+++ b/some/folder/file-${i}.txt\n` +
          `@@ -0,0 +1 @@\n${filler}Binary files /dev/null and b/assets/picture-number-${i}.png differ\n`
      )
    }
    parser.end()
    gc()
    const grown = process.memoryUsage().heapUsed - before
    expect(kept).toHaveLength(64 * 6)
    // 64 chunks of over 1 MiB went through; what is kept is a few kilobytes
    expect(grown).toBeLessThan(8 * 1024 * 1024)
  })
})
