/**
 * At most `limit` processes at a time across all tools (one per core). A waiting run with a lower priority number
 * starts first: the tools are numbered longest-first, so a long tool's second step (after its version probe, or its
 * next chunk) never queues behind a short tool that asked later.
 */
export class ProcessSlots {
  private running = 0
  private readonly waiting: Array<{ priority: number; order: number; start: () => void }> = []
  private asked = 0
  private drainScheduled = false

  constructor(readonly limit: number) {}

  /**
   * Every run waits for the next turn of the event loop before it may start, so that the tools started together all
   * ask first: a free core goes to the lowest priority number, not to whichever tool asked a microtask earlier.
   */
  async run<T>(priority: number, fn: () => Promise<T>): Promise<T> {
    await new Promise<void>(start => {
      this.waiting.push({ priority, order: this.asked++, start })
      this.waiting.sort((a, b) => a.priority - b.priority || a.order - b.order)
      this.scheduleDrain()
    })
    try {
      return await fn()
    } finally {
      this.running--
      this.drain()
    }
  }

  private scheduleDrain() {
    if (this.drainScheduled) return
    this.drainScheduled = true
    setImmediate(() => {
      this.drainScheduled = false
      this.drain()
    })
  }

  private drain() {
    while (this.running < this.limit && this.waiting.length) {
      this.running++
      this.waiting.shift()!.start()
    }
  }
}

/**
 * Splits a file list into runs whose arguments stay under `maxBytes` together: the kernel refuses a command line
 * longer than ARG_MAX (2 MiB on Linux, with the environment), and a long monorepo's file list gets there.
 */
export function chunkByBytes(files: readonly string[], maxBytes: number): string[][] {
  const chunks: string[][] = []
  let current: string[] = []
  let bytes = 0
  for (const file of files) {
    const size = Buffer.byteLength(file) + 1
    if (current.length && bytes + size > maxBytes) {
      chunks.push(current)
      current = []
      bytes = 0
    }
    current.push(file)
    bytes += size
  }
  if (current.length) chunks.push(current)
  return chunks
}
