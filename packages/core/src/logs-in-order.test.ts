import { describe, expect, test } from '@jest/globals'
import type { Logger } from './logger.js'
import { runInOrder, type LoggedTask } from './logs-in-order.js'

/** a logger that writes everything into one list, groups as begin/end marks, as a runner's log reads */
function recording(): { logger: Logger; lines: string[] } {
  const lines: string[] = []
  const logger: Logger = {
    debug: m => lines.push(`debug ${m}`),
    info: m => lines.push(m),
    warning: m => lines.push(`warning ${m}`),
    group: async (name, fn) => {
      lines.push(`::group::${name}`)
      try {
        return await fn()
      } finally {
        lines.push('::endgroup::')
      }
    }
  }
  return { logger, lines }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void
  const promise = new Promise<void>(r => (resolve = r))
  return { promise, resolve }
}

describe('runInOrder', () => {
  test('runs the tasks at once and writes their logs in the tasks’ order, the first one as it goes', async () => {
    const { logger, lines } = recording()
    const release = { a: deferred(), c: deferred() }
    const started: string[] = []
    const tasks: Array<LoggedTask<string>> = [
      {
        title: 'a',
        run: async log => {
          started.push('a')
          log.info('a: first line')
          await release.a.promise
          await log.group('a: detail', async () => log.warning('a: inside'))
          return 'A'
        }
      },
      {
        title: 'b',
        run: async log => {
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
        run: async log => {
          started.push('c')
          await release.c.promise
          log.info('c: only line')
          release.a.resolve()
          return 'C'
        }
      }
    ]
    const results = await runInOrder(tasks, logger)
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
    const { logger, lines } = recording()
    const gate = deferred()
    let seenWhileRunning: string[] = []
    const run = runInOrder(
      [
        {
          title: 'live',
          run: async log => {
            log.info('live line')
            seenWhileRunning = [...lines]
            gate.resolve()
            return 1
          }
        },
        { title: 'kept', run: async log => (await gate.promise, log.info('kept line'), 2) }
      ],
      logger
    )
    await run
    expect(seenWhileRunning).toEqual(['::group::live', 'live line'])
  })

  test('a kept line is masked with the values known when it is written, not only when it was logged', async () => {
    const { logger, lines } = recording()
    const known = new Set<string>()
    const redact = (text: string) => [...known].reduce((t, v) => t.split(v).join('***'), text)
    await runInOrder(
      [
        { title: 'finds', run: async () => void known.add('s3cr3t-value') },
        { title: 'prints', run: async log => log.info('token s3cr3t-value seen') }
      ],
      logger,
      redact
    )
    expect(lines).toContain('token *** seen')
    expect(lines.join('\n')).not.toContain('s3cr3t-value')
  })

  test('a task that throws has its log written, the others finish, and its error is thrown at the end', async () => {
    const { logger, lines } = recording()
    let lastFinished = false
    const run = runInOrder<number>(
      [
        { title: 'ok', run: async () => 1 },
        {
          title: 'breaks',
          run: async log => {
            log.info('about to break')
            throw new Error('broke')
          }
        },
        { title: 'after', run: async () => ((lastFinished = true), 3) }
      ],
      logger
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
