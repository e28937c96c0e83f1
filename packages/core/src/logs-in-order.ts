import type { LogLevel as Level, Logger } from './logger.js'

/**
 * A log as it is written, line by line, a group as its begin and end marks (the runner's `::group::` and
 * `::endgroup::`, a terminal's heading): what the runtime's I/O writes to, and what a `Logger` is built on.
 */
export interface LogWriter {
  line(level: Level, message: string): void
  startGroup(name: string): void
  endGroup(): void
}

/** The `Logger` domain code gets, over a writer: a group is its begin mark, the work, then its end mark. */
export function writerLogger(writer: LogWriter): Logger {
  return {
    debug: message => writer.line('debug', message),
    info: message => writer.line('info', message),
    warning: message => writer.line('warning', message),
    group: async (name, fn) => {
      writer.startGroup(name)
      try {
        return await fn()
      } finally {
        writer.endGroup()
      }
    }
  }
}

type Mark = { level: Level; message: string } | { start: string } | { end: true }

/**
 * One task's log while tasks run at once: kept while an earlier task has the writer, written straight through once
 * this task's turn comes (its kept marks first). Every write is synchronous, so the turn changes between two marks
 * and no other task's line can come between them.
 */
class TurnLog implements LogWriter {
  private kept: Mark[] | undefined = []

  constructor(
    private readonly writer: LogWriter,
    private readonly redact: (text: string) => string
  ) {}

  line(level: Level, message: string): void {
    if (this.kept) this.kept.push({ level, message })
    else this.writer.line(level, this.redact(message))
  }
  startGroup(name: string): void {
    if (this.kept) this.kept.push({ start: name })
    else this.writer.startGroup(this.redact(name))
  }
  endGroup(): void {
    if (this.kept) this.kept.push({ end: true })
    else this.writer.endGroup()
  }

  /** writes what was kept (masked with the values known now) and writes straight through from here on */
  takeTurn(): void {
    const kept = this.kept ?? []
    this.kept = undefined
    for (const mark of kept) {
      if ('start' in mark) this.startGroup(mark.start)
      else if ('end' in mark) this.endGroup()
      else this.line(mark.level, mark.message)
    }
  }
}

export interface LoggedTask<T> {
  /** the title of the task's group in the log */
  title: string
  /** the work, writing its log to `log` (`writerLogger(log)` is the `Logger` over it) */
  run(log: LogWriter): Promise<T>
}

/**
 * Runs the tasks at once and writes their logs as if they had run one after another, in the tasks' order: a task's
 * log is written as it goes once the tasks before it are done, and what it logged before its turn is written first.
 * `redact` masks each line when it is written, so a value found by any task since a line was kept is masked too.
 * A task that throws has its log written; the first such error is thrown once all tasks are done.
 */
export async function runInOrder<T>(
  tasks: Array<LoggedTask<T>>,
  writer: LogWriter,
  redact: (text: string) => string = text => text
): Promise<T[]> {
  const logs = tasks.map(() => new TurnLog(writer, redact))
  const turn = (i: number) => {
    writer.startGroup(tasks[i].title)
    logs[i].takeTurn()
  }
  // the first task's turn is from its start
  if (tasks.length) turn(0)
  const running = tasks.map((task, i) =>
    task.run(logs[i]).then(
      value => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error })
    )
  )
  const settled = []
  for (let i = 0; i < tasks.length; i++) {
    if (i > 0) turn(i)
    settled.push(await running[i])
    writer.endGroup()
  }
  const failed = settled.find(r => !r.ok)
  if (failed && !failed.ok) throw failed.error
  return settled.map(r => (r.ok ? r.value : (undefined as never)))
}
