import type { Logger } from './logger.js'

type Level = 'debug' | 'info' | 'warning'

/** One line or one group of a log kept for later. */
type LogEvent = { level: Level; message: string } | { group: string; events: LogEvent[] }

/**
 * A logger that keeps what it is told, groups and all, to be written out later in one piece. Groups are expected
 * one after another, as every gate opens them; lines of two groups open at once would land in the later one.
 */
export class KeptLog implements Logger {
  readonly events: LogEvent[] = []
  private open: LogEvent[] = this.events

  debug(message: string): void {
    this.open.push({ level: 'debug', message })
  }
  info(message: string): void {
    this.open.push({ level: 'info', message })
  }
  warning(message: string): void {
    this.open.push({ level: 'warning', message })
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const outer = this.open
    const events: LogEvent[] = []
    outer.push({ group: name, events })
    this.open = events
    try {
      return await fn()
    } finally {
      this.open = outer
    }
  }

  /** writes what it kept to `target`, each line through `redact` (values found since it was kept are masked too) */
  async writeTo(target: Logger, redact: (text: string) => string = text => text): Promise<void> {
    const write = async (events: LogEvent[]): Promise<void> => {
      for (const event of events) {
        if ('group' in event) await target.group(redact(event.group), () => write(event.events))
        else target[event.level](redact(event.message))
      }
    }
    await write(this.events)
  }
}

export interface LoggedTask<T> {
  /** the title of the task's group in the log */
  title: string
  run(logger: Logger): Promise<T>
}

/**
 * Runs the tasks at once and writes their logs as if they had run one after another: the first task's as it goes,
 * each later one's whole, in its group, once the tasks before it are written. A task that throws is written out
 * too, and the first such error is thrown after all tasks are done.
 */
export async function runInOrder<T>(
  tasks: Array<LoggedTask<T>>,
  target: Logger,
  redact?: (text: string) => string
): Promise<T[]> {
  const kept = tasks.map((_, i) => (i === 0 ? undefined : new KeptLog()))
  const running = tasks.map((task, i) => {
    const log = kept[i]
    const work = log ? task.run(log) : target.group(task.title, () => task.run(target))
    return work.then(
      value => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error })
    )
  })
  const settled = []
  for (let i = 0; i < tasks.length; i++) {
    const result = await running[i]
    const log = kept[i]
    if (log) await target.group(tasks[i].title, () => log.writeTo(target, redact))
    settled.push(result)
  }
  const failed = settled.find(r => !r.ok)
  if (failed && !failed.ok) throw failed.error
  return settled.map(r => (r.ok ? r.value : (undefined as never)))
}
