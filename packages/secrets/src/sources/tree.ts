import { closeSync, constants, openSync, readdirSync, readSync } from 'node:fs'
import { relative, sep } from 'node:path'
import type { Git } from '@ci-suite/core'
import { isMinifiedLongLine } from '../config/paths.js'
import type { FileSink } from './sink.js'

/** The files to scan under a folder: git's view (tracked and untracked, minus ignored) or a plain walk. */
export async function listTreeFiles(root: string, folder: string, git: Git | undefined): Promise<string[]> {
  if (git) return git.workingTreeFiles(folder)
  const out: string[] = []
  // one readdir per folder, paths built by concatenation (no join/relative per file)
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue
      if (entry.isDirectory()) walk(`${dir}/${entry.name}`, `${prefix}${entry.name}/`)
      else if (entry.isFile()) out.push(prefix + entry.name)
    }
  }
  const start = relative(root, folder).split(sep).join('/')
  walk(folder, start ? `${start}/` : '')
  return out.sort()
}

const BINARY_PROBE = 8000
/** symbolic links are not followed (a link's target is scanned where it lives, or not at all); a FIFO never blocks */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/**
 * Reads each file whole into one reused buffer (memory: the largest file under the size limit) and hands its bytes
 * to the sink: no per-file allocation, no decoding of lines without a keyword. Paths the sink does not accept are not
 * opened; binary files (a NUL in the first 8000 bytes) and minified scripts are skipped before any matching.
 */
export function scanTreeFiles(root: string, files: string[], maxFileSize: number, sink: FileSink): void {
  const reader = new FileReader()
  for (const file of files) {
    // an excluded path (media, dependencies, `exclude-paths`) is never opened
    if (!sink.accepts(file) || !reader.open(`${root}/${file}`)) continue
    try {
      const bytes = reader.read(maxFileSize)
      if (!bytes) continue
      if (bytes.length > maxFileSize) sink.skipped(file, 'too-large')
      else if (sink.startFile(file)) {
        if (hasNul(bytes, BINARY_PROBE)) sink.skipped(file, 'binary')
        else if (isMinifiedLongLine(file, bytes)) sink.skipped(file, 'minified')
        else {
          sink.bytes(bytes.length)
          sink.content(bytes)
        }
        sink.endFile()
      }
    } finally {
      reader.close()
    }
  }
}

/**
 * whether `bytes` hold a NUL in their first `probe` bytes (the mark of a binary file): Buffer's indexOf of a byte is
 * a native memchr, a typed array's a plain loop
 */
function hasNul(bytes: Buffer, probe: number): boolean {
  return (bytes.length > probe ? bytes.subarray(0, probe) : bytes).indexOf(0) >= 0
}

/** One open file at a time, read into a buffer that grows to the largest file and is reused. */
class FileReader {
  private buffer = new Uint8Array(64 * 1024)
  /** the same memory as a Buffer: what `read` hands out (the sink and the NUL probe want one, and get it once) */
  private view = Buffer.from(this.buffer.buffer)
  private fd = -1

  /** opens a file for reading: false when it is gone, unreadable or a symbolic link */
  open(path: string): boolean {
    try {
      this.fd = openSync(path, OPEN_FLAGS)
      return true
    } catch {
      this.fd = -1
      return false
    }
  }

  /**
   * Its bytes up to `limit` + 1 (a view of the shared buffer, valid until the next read), read to the end without a
   * stat (a read that returns less than asked is the end); undefined when it cannot be read at all (a folder such as a submodule, a FIFO).
   */
  read(limit: number): Buffer | undefined {
    let length = 0
    try {
      for (;;) {
        if (length === this.buffer.length) {
          if (length > limit) break
          const bigger = new Uint8Array(Math.min(this.buffer.length * 2, limit + 1))
          bigger.set(this.buffer)
          this.buffer = bigger
          this.view = Buffer.from(bigger.buffer)
        }
        const wanted = this.buffer.length - length
        const n = readSync(this.fd, this.buffer, length, wanted, null)
        length += n
        // a regular file gives all that is asked up to its end: a short read is the end (one read call, no stat)
        if (n < wanted) break
      }
    } catch {
      // not a regular file after all, or an I/O error part-way: scan what was read
      if (length === 0) return undefined
    }
    return this.view.subarray(0, length)
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd)
    this.fd = -1
  }
}
