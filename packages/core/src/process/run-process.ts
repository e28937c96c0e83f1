import { nodeChildProcess } from './builtins.js'

export interface ProcessOptions {
  cwd?: string
  env?: Record<string, string | undefined>
  /** kill the process (and its group) after this long */
  timeoutMs?: number
  /** written to stdin, then stdin is closed */
  input?: string | Buffer
  /** keep at most this many bytes of each stream (the tail of stderr, the head of stdout) */
  maxOutputBytes?: number
  /** called with each stdout chunk as it arrives (streaming consumers) */
  onStdout?: (chunk: Buffer) => void
}

export interface ProcessResult {
  command: string
  args: string[]
  exitCode: number
  /** the signal that ended the process, if any */
  signal?: string
  stdout: string
  stderr: string
  durationMs: number
  timedOut: boolean
  /** the executable was not found */
  notFound: boolean
  /** true when output beyond maxOutputBytes was dropped */
  truncated: boolean
}

const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024

/** Runs an external tool: never throws for a non-zero exit, a missing executable or a timeout; the result says. */
export function runProcess(command: string, args: string[], options: ProcessOptions = {}): Promise<ProcessResult> {
  const started = Date.now()
  const max = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT
  return new Promise(resolve => {
    const out: Buffer[] = []
    const err: Buffer[] = []
    let outBytes = 0
    let errBytes = 0
    let truncated = false
    let timedOut = false
    let settled = false
    const child = nodeChildProcess().spawn(command, args, {
      cwd: options.cwd,
      env: (options.env ?? process.env) as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: process.platform !== 'win32'
    })
    const finish = (exitCode: number, signal: string | undefined, notFound: boolean) => {
      if (settled) return
      settled = true
      if (timer) clearTimeout(timer)
      resolve({
        command,
        args,
        exitCode,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        durationMs: Date.now() - started,
        timedOut,
        notFound,
        truncated
      })
    }
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true
          try {
            if (child.pid) process.kill(-child.pid, 'SIGKILL')
          } catch {
            child.kill('SIGKILL')
          }
        }, options.timeoutMs)
      : undefined
    child.stdout.on('data', (chunk: Buffer) => {
      options.onStdout?.(chunk)
      if (outBytes < max) {
        out.push(chunk.subarray(0, max - outBytes))
        outBytes += chunk.length
        if (outBytes > max) truncated = true
      } else truncated = true
    })
    child.stderr.on('data', (chunk: Buffer) => {
      err.push(chunk)
      errBytes += chunk.length
      while (errBytes > max && err.length > 1) {
        errBytes -= err.shift()!.length
        truncated = true
      }
    })
    child.on('error', (e: NodeJS.ErrnoException) => finish(127, undefined, e.code === 'ENOENT'))
    child.on('close', (code, signal) => finish(code ?? 128, signal ?? undefined, false))
    child.stdin.on('error', () => undefined)
    if (options.input !== undefined) child.stdin.end(options.input)
    else child.stdin.end()
  })
}

/** The last lines of a tool's stderr, for an error message. */
export function stderrTail(result: ProcessResult, lines = 5): string {
  return result.stderr.trim().split('\n').slice(-lines).join(' | ')
}
