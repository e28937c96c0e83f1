/** How much a log line matters: the levels every logger and log writer take. */
export type LogLevel = 'debug' | 'info' | 'warning'

/** What domain code may say while it works. The runtime maps it to the runner's log commands or to a terminal. */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

/** A logger that keeps what it was told: for tests and for the silent parts of the root pipeline. */
export class MemoryLogger implements Logger {
  readonly lines: Array<{ level: LogLevel; message: string }> = []
  /** the titles of the groups opened, in order */
  readonly groups: string[] = []
  debug(message: string): void {
    this.lines.push({ level: 'debug', message })
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message })
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message })
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.groups.push(name)
    return fn()
  }
  warnings(): string[] {
    return this.lines.filter(l => l.level === 'warning').map(l => l.message)
  }
}
