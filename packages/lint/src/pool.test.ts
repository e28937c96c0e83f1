import { describe, expect, test } from '@jest/globals'
import { chunkByBytes, ProcessSlots } from './pool.js'

describe('chunkByBytes', () => {
  test.each([
    [['a', 'b', 'c'], 100, [['a', 'b', 'c']]],
    [['aaaa', 'bbbb', 'cccc'], 10, [['aaaa', 'bbbb'], ['cccc']]],
    [['aaaa', 'bbbb', 'cccc'], 5, [['aaaa'], ['bbbb'], ['cccc']]],
    // a name longer than the limit still runs, alone
    [['a'.repeat(20), 'b'], 10, [['a'.repeat(20)], ['b']]],
    [[], 10, []]
  ])('splits %j into runs of at most %d bytes of arguments', (files, max, expected) =>
    expect(chunkByBytes(files, max)).toEqual(expected)
  )

  test('counts bytes, not characters', () => {
    expect(chunkByBytes(['é'.repeat(3), 'x'], 7)).toEqual([['ééé'], ['x']])
  })
})

describe('ProcessSlots', () => {
  test('runs at most limit at a time, the lowest priority numbers first, even when they ask a moment later', async () => {
    const slots = new ProcessSlots(2)
    const started: string[] = []
    let running = 0
    let most = 0
    const release = new Map<string, () => void>()
    const job = (name: string, priority: number) =>
      slots.run(priority, async () => {
        started.push(name)
        most = Math.max(most, ++running)
        await new Promise<void>(r => release.set(name, r))
        running--
      })
    const shorts = [job('short-1', 5), job('short-2', 6)]
    // the long tool asks a moment later (after a version probe, say), in the same turn of the event loop
    await Promise.resolve()
    const all = [...shorts, job('long', 0), job('long-second', 0)]
    await new Promise(r => setImmediate(r))
    expect(started).toEqual(['long', 'long-second'])
    release.get('long')!()
    await new Promise(r => setImmediate(r))
    expect(started).toEqual(['long', 'long-second', 'short-1'])
    release.get('long-second')!()
    await new Promise(r => setImmediate(r))
    release.get('short-1')!()
    await new Promise(r => setImmediate(r))
    release.get('short-2')!()
    await Promise.all(all)
    expect(started).toEqual(['long', 'long-second', 'short-1', 'short-2'])
    expect(most).toBe(2)
  })
})
