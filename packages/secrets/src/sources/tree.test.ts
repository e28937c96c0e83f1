import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CommitInfo, FileSink } from './sink.js'
import { listTreeFiles, scanTreeFiles } from './tree.js'

/** what the source hands over: each file's bytes (copied, the reader reuses its buffer) or why it was skipped */
class RecordingSink implements FileSink {
  readonly contents = new Map<string, Buffer>()
  readonly skips = new Map<string, string>()
  private current = ''
  commit(_info: CommitInfo): void {}
  accepts(path: string): boolean {
    return !path.endsWith('.mp4')
  }
  startFile(path: string): boolean {
    this.current = path
    return true
  }
  line(): void {}
  endFile(): void {}
  binary(path: string): void {
    this.skips.set(path, 'binary')
  }
  skipped(path: string, reason: string): void {
    this.skips.set(path, reason)
  }
  bytes(): void {}
  content(bytes: Uint8Array): void {
    this.contents.set(this.current, Buffer.from(bytes))
  }
}

/** bytes of a given size, a different pattern per size, ending in a marker line */
function body(size: number): Buffer {
  const bytes = Buffer.alloc(size, 97 + (size % 26))
  for (let i = 80; i < size; i += 81) bytes[i] = 10
  if (size >= 3) bytes.write('end', size - 3)
  return bytes
}

let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'secret-scan-tree-'))
  mkdirSync(join(dir, 'a', 'b'), { recursive: true })
  for (const size of [0, 1, 65_535, 65_536, 65_537, 200_000]) writeFileSync(join(dir, 'a', `f${size}.txt`), body(size))
  const late = body(20_000)
  late[9000] = 0
  writeFileSync(join(dir, 'a', 'b', 'late-nul.txt'), late)
  const early = body(20_000)
  early[7999] = 0
  writeFileSync(join(dir, 'a', 'b', 'early-nul.bin.txt'), early)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the working-tree source', () => {
  test('does not read a file the sink does not accept, however large', async () => {
    const sink = new RecordingSink()
    writeFileSync(join(dir, 'a', 'clip.mp4'), body(70_000))
    scanTreeFiles(dir, ['a/clip.mp4', 'a/f65536.txt'], 65_535, sink)
    expect([...sink.skips]).toEqual([['a/f65536.txt', 'too-large']])
    expect(sink.contents.size).toBe(0)
  })

  test('hands over every byte of files around and over the read buffer size, whatever came before', async () => {
    const files = await listTreeFiles(dir, dir, undefined)
    const sink = new RecordingSink()
    scanTreeFiles(dir, files, 10 * 1024 * 1024, sink)
    for (const size of [0, 1, 65_535, 65_536, 65_537, 200_000]) {
      const got = sink.contents.get(`a/f${size}.txt`)
      expect(got?.equals(body(size))).toBe(true)
    }
  })

  test('a NUL in the first 8000 bytes makes a file binary; one after them does not', async () => {
    const sink = new RecordingSink()
    scanTreeFiles(dir, await listTreeFiles(dir, dir, undefined), 10 * 1024 * 1024, sink)
    expect(sink.skips.get('a/b/early-nul.bin.txt')).toBe('binary')
    expect(sink.skips.has('a/b/late-nul.txt')).toBe(false)
    expect(sink.contents.get('a/b/late-nul.txt')?.length).toBe(20_000)
  })

  test.each([
    [65_535, 'scanned', true],
    [65_536, 'skipped as too large', false],
    [200_000, 'skipped as too large', false]
  ])('with a limit of 65535 bytes, a %i-byte file is %s', async (size, _outcome, scanned) => {
    const sink = new RecordingSink()
    scanTreeFiles(dir, [`a/f${size}.txt`], 65_535, sink)
    expect(sink.contents.has(`a/f${size}.txt`)).toBe(scanned)
    expect(sink.skips.get(`a/f${size}.txt`)).toBe(scanned ? undefined : 'too-large')
  })
})
