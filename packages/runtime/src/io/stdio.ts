import { writeSync } from 'node:fs'

/** where the rest goes when the descriptor would block: Node's own stream for it, which waits for the reader */
export interface FallbackStream {
  write(chunk: Uint8Array, done?: (error?: Error | null) => void): boolean
}

/**
 * A standard stream written with write(2) on its descriptor, not through `process.stdout`/`process.stderr`: the first
 * use of those loads about twenty of Node's stream modules, 4-5 ms of a terminal run that takes 0.13 s in all.
 *
 * A descriptor that would block (a full pipe its reader set non-blocking) hands what is left, and every later write,
 * to Node's stream, which waits for the reader and keeps the order. A reader that has gone (EPIPE: `| head`) ends the
 * writing quietly, as a terminal program does; any other error is thrown.
 */
export class StdioWriter {
  private fallback: FallbackStream | undefined
  private pending: Promise<void> = Promise.resolve()
  private gone = false

  constructor(
    private readonly fd: number,
    private readonly stream: () => FallbackStream,
    /** write(2): how many bytes it took (tests put a pipe's behaviour here) */
    private readonly writeBytes: (fd: number, bytes: Uint8Array, offset: number) => number = (fd, bytes, offset) =>
      writeSync(fd, bytes, offset)
  ) {}

  readonly write = (text: string): void => {
    if (this.gone || text.length === 0) return
    const bytes = Buffer.from(text, 'utf8')
    if (this.fallback) return this.handOver(bytes)
    let offset = 0
    while (offset < bytes.length) {
      try {
        offset += this.writeBytes(this.fd, bytes, offset)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EPIPE') {
          this.gone = true
          return
        }
        if (code !== 'EAGAIN') throw error
        this.fallback = this.stream()
        return this.handOver(bytes.subarray(offset))
      }
    }
  }

  /** resolves once everything written has reached the descriptor */
  flushed(): Promise<void> {
    return this.pending
  }

  private handOver(bytes: Uint8Array): void {
    const stream = this.fallback!
    this.pending = new Promise(resolve => stream.write(bytes, () => resolve()))
  }
}

export const stdout = new StdioWriter(1, () => process.stdout)
export const stderr = new StdioWriter(2, () => process.stderr)

/** Ends the process with `code` once both writers are flushed (open sockets must not keep it alive). */
export async function exitAfterWrites(code: number): Promise<never> {
  await Promise.all([stdout.flushed(), stderr.flushed()])
  process.exit(code)
}
