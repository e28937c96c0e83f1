import { describe, expect, test } from '@jest/globals'
import { runInOrder, writerLogger, type LogWriter, type LoggedTask } from './logs-in-order.js'

/** a writer that puts everything into one list, groups as begin/end marks, as a runner's log reads */
function recording(): { writer: LogWriter; lines: string[] } {
  const lines: string[] = []
  const writer: LogWriter = {
    line: (level, message) => lines.push(level === 'info' ? message : `${level} ${message}`),
    startGroup: name => lines.push(`::group::${name}`),
    endGroup: () => lines.push('::endgroup::')
  }
  return { writer, lines }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void
  const promise = new Promise<void>(r => (resolve = r))
  return { promise, resolve }
}

describe('runInOrder', () => {
  test('runs the tasks at once and writes their logs in the tasks’ order, the first one as it goes', async () => {
    const { writer, lines } = recording()
    const release = { a: deferred(), c: deferred() }
    const started: string[] = []
    const tasks: Array<LoggedTask<string>> = [
      {
        title: 'a',
        run: async writer => {
          const log = writerLogger(writer)
          started.push('a')
          log.info('a: first line')
          await release.a.promise
          await log.group('a: detail', async () => log.warning('a: inside'))
          return 'A'
        }
      },
      {
        title: 'b',
        run: async writer => {
          const log = writerLogger(writer)
          started.push('b')
          await log.group('b: detail', async () => log.info('b: inside'))
          log.debug('b: last line')
          // b is done before a and c are: its log waits for a's
          release.c.resolve()
          return 'B'
        }
      },
      {
        title: 'c',
        run: async writer => {
          const log = writerLogger(writer)
          started.push('c')
          await release.c.promise
          log.info('c: only line')
          release.a.resolve()
          return 'C'
        }
      }
    ]
    const results = await runInOrder(tasks, writer)
    expect(results).toEqual(['A', 'B', 'C'])
    expect(started).toEqual(['a', 'b', 'c'])
    expect(lines).toEqual([
      '::group::a',
      'a: first line',
      '::group::a: detail',
      'warning a: inside',
      '::endgroup::',
      '::endgroup::',
      '::group::b',
      '::group::b: detail',
      'b: inside',
      '::endgroup::',
      'debug b: last line',
      '::endgroup::',
      '::group::c',
      'c: only line',
      '::endgroup::'
    ])
  })

  test('the first task’s lines come out while the others still run', async () => {
    const { writer, lines } = recording()
    const gate = deferred()
    let seenWhileRunning: string[] = []
    const run = runInOrder(
      [
        {
          title: 'live',
          run: async writer => {
            const log = writerLogger(writer)
            log.info('live line')
            seenWhileRunning = [...lines]
            gate.resolve()
            return 1
          }
        },
        { title: 'kept', run: async writer => (await gate.promise, writerLogger(writer).info('kept line'), 2) }
      ],
      writer
    )
    await run
    expect(seenWhileRunning).toEqual(['::group::live', 'live line'])
  })

  test('a later task’s log is written as it goes once the tasks before it are done, after what it kept', async () => {
    const { writer, lines } = recording()
    const firstDone = deferred()
    const goOn = deferred()
    let seenLive: string[] = []
    const run = runInOrder(
      [
        { title: 'first', run: async () => (await Promise.resolve(), firstDone.resolve(), 1) },
        {
          title: 'second',
          run: async writer => {
            const log = writerLogger(writer)
            log.info('kept before its turn')
            await firstDone.promise
            await goOn.promise
            log.info('written at once')
            seenLive = [...lines]
            return 2
          }
        }
      ],
      writer
    )
    await firstDone.promise
    // let the first task's end be written, then the second goes on
    await new Promise(r => setTimeout(r, 0))
    goOn.resolve()
    await run
    expect(seenLive).toEqual([
      '::group::first',
      '::endgroup::',
      '::group::second',
      'kept before its turn',
      'written at once'
    ])
    expect(lines.at(-1)).toBe('::endgroup::')
  })

  test('a kept line is masked with the values known when it is written, not only when it was logged', async () => {
    const { writer, lines } = recording()
    const known = new Set<string>()
    const redact = (text: string) => [...known].reduce((t, v) => t.split(v).join('***'), text)
    await runInOrder(
      [
        { title: 'finds', run: async () => void known.add('s3cr3t-value') },
        { title: 'prints', run: async writer => writerLogger(writer).info('token s3cr3t-value seen') }
      ],
      writer,
      redact
    )
    expect(lines).toContain('token *** seen')
    expect(lines.join('\n')).not.toContain('s3cr3t-value')
  })

  test('a task that throws has its log written, the others finish, and its error is thrown at the end', async () => {
    const { writer, lines } = recording()
    let lastFinished = false
    const run = runInOrder<number>(
      [
        { title: 'ok', run: async () => 1 },
        {
          title: 'breaks',
          run: async writer => {
            const log = writerLogger(writer)
            log.info('about to break')
            throw new Error('broke')
          }
        },
        { title: 'after', run: async () => ((lastFinished = true), 3) }
      ],
      writer
    )
    await expect(run).rejects.toThrow('broke')
    expect(lastFinished).toBe(true)
    expect(lines).toEqual([
      '::group::ok',
      '::endgroup::',
      '::group::breaks',
      'about to break',
      '::endgroup::',
      '::group::after',
      '::endgroup::'
    ])
  })
})
