import { describe, expect, test } from '@jest/globals'
import { unquoteGitPath } from '@ci-suite/core'
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
