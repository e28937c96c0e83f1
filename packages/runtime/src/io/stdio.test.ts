import { spawn } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { StdioWriter, type FallbackStream } from './stdio.js'

const noFallback = (): FallbackStream => {
  throw new Error('the fallback stream was not expected')
}

/** a child whose stdin is a pipe that this process writes to; libuv makes this end non-blocking */
function childReadingStdin(script: string) {
  const child = spawn('sh', ['-c', script], { stdio: ['pipe', 'ignore', 'inherit'] })
  const fd = (child.stdin as unknown as { _handle: { fd: number } })._handle.fd
  const closed = new Promise<void>(resolve => child.on('close', () => resolve()))
  return { child, fd, closed }
}

describe('writing a standard stream without its Node.js stream', () => {
  test('every byte reaches the descriptor, in order, multi-byte characters whole', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'stdio-')), 'out')
    const fd = openSync(file, 'w')
    const writer = new StdioWriter(fd, noFallback)
    writer.write('first line\n')
    writer.write('')
    writer.write('ключ ☃ second\n')
    closeSync(fd)
    expect(readFileSync(file, 'utf8')).toBe('first line\nключ ☃ second\n')
  })

  test('a write that takes only part of the bytes is continued from where it stopped', () => {
    const taken: string[] = []
    const writer = new StdioWriter(1, noFallback, (_fd, bytes, offset) => {
      const n = Math.min(3, bytes.length - offset)
      taken.push(Buffer.from(bytes.subarray(offset, offset + n)).toString('utf8'))
      return n
    })
    writer.write('abcdefgh')
    expect(taken).toEqual(['abc', 'def', 'gh'])
  })

  test('a full non-blocking pipe hands the rest and every later write to the stream, which waits for the reader', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stdio-'))
    const out = join(dir, 'out')
    // the reader starts late, so the pipe (64 KB) fills and write(2) answers EAGAIN
    const { child, fd, closed } = childReadingStdin(`sleep 0.3; cat > "${out}"`)
    const writer = new StdioWriter(fd, () => child.stdin)
    const lines = Array.from({ length: 4000 }, (_, i) => `line ${i} ${'x'.repeat(40)}\n`)
    for (const line of lines) writer.write(line)
    await writer.flushed()
    child.stdin.end()
    await closed
    expect(child.exitCode).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(lines.join(''))
  })

  test('a reader that has gone ends the writing quietly', async () => {
    // the child closes its end of the pipe, says so, and lives on (Node.js closes ours when the child exits)
    const child = spawn('sh', ['-c', 'exec 0<&-; echo closed; sleep 5'], { stdio: ['pipe', 'pipe', 'inherit'] })
    const fd = (child.stdin as unknown as { _handle: { fd: number } })._handle.fd
    await new Promise(resolve => child.stdout.once('data', resolve))
    const writer = new StdioWriter(fd, () => child.stdin)
    expect(() => writer.write('nobody reads this\n')).not.toThrow()
    expect(() => writer.write('nor this\n')).not.toThrow()
    await expect(writer.flushed()).resolves.toBeUndefined()
    child.kill()
  })

  test('any other error is thrown', () => {
    const writer = new StdioWriter(1, noFallback, () => {
      throw Object.assign(new Error('EBADF: bad file descriptor, write'), { code: 'EBADF' })
    })
    expect(() => writer.write('x')).toThrow('EBADF')
  })
})
