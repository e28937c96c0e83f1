import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { JsonSyntaxError, streamJsonMembers } from './json-stream.js'

const dir = mkdtempSync(join(tmpdir(), 'cov-json-stream-'))
let n = 0
function fixture(text: string): string {
  const file = join(dir, `doc-${n++}.json`)
  writeFileSync(file, text)
  return file
}

async function members(text: string, descend: string[] = []) {
  const seen: Array<[string | undefined, string, unknown]> = []
  await streamJsonMembers(
    fixture(text),
    key => descend.includes(key),
    (parent, key, value) => seen.push([parent, key, value])
  )
  return seen
}

describe('the streaming JSON member reader', () => {
  test('hands over every member of a 3 MB document as JSON.parse reads it, across chunk boundaries', async () => {
    // values with quotes, escaped backslashes, braces in strings, non-ASCII text and nesting cut anywhere by 1 MiB chunks
    const doc: Record<string, unknown> = {}
    for (let i = 0; i < 4000; i++) {
      doc[`/src/dir "${i}" \\ ü/{a}.js`] = {
        s: { 0: i, 1: 0 },
        name: `fn \\"${i}\\" } ] {`,
        list: [[1, 2], [], { deep: [null, true, false, -1.5e3] }],
        text: 'é€😀'.repeat(i % 7) + 'x'.repeat(i % 1000)
      }
    }
    const text = JSON.stringify(doc)
    const seen = await members(text)
    expect(text.length).toBeGreaterThan(2 * 2 ** 20)
    expect(seen.map(([, key]) => key)).toEqual(Object.keys(doc))
    expect(Object.fromEntries(seen.map(([, key, value]) => [key, value]))).toEqual(doc)
  })

  test('a member named to descend into hands over its own members, with the parent named', async () => {
    const seen = await members(
      ' {"meta": {"v": 1}, "files" : { "a.py": {"x": [1]}, "b\\"q.py": {} } , "totals": 3 }\n',
      ['files']
    )
    expect(seen).toEqual([
      [undefined, 'meta', { v: 1 }],
      ['files', 'a.py', { x: [1] }],
      ['files', 'b"q.py', {}],
      [undefined, 'totals', 3]
    ])
  })

  test('an array named to descend into hands over its elements keyed by their index, across chunk boundaries', async () => {
    const files = Array.from({ length: 20_000 }, (_, i) => ({ file: `src/${i}] ,[.c`, lines: [{ n: i, b: [[], {}] }] }))
    const text = JSON.stringify({ 'gcovr/format_version': '0.3', files, empty: [], after: true })
    expect(text.length).toBeGreaterThan(2 ** 20)
    const seen = await members(text, ['files', 'empty'])
    expect(seen[0]).toEqual([undefined, 'gcovr/format_version', '0.3'])
    expect(seen.slice(1, -1)).toEqual(files.map((f, i) => ['files', String(i), f]))
    expect(seen.at(-1)).toEqual([undefined, 'after', true])
  })

  test.each([
    ['a truncated document', '{"a": {"b": [1, 2', /Unexpected end of JSON input/],
    ['a top level that is no object', '[1, 2]', /the top level is not an object/],
    ['text after the object', '{"a": 1} {"b": 2}', /after the JSON object/],
    ['a missing comma', '{"a": 1 "b": 2}', /expected "," or "}"/],
    ['a broken value', '{"a": {"b": tru}}', /JSON/],
    ['a truncated array', '{"files": [{"a": 1}, {"b"', /Unexpected end of JSON input/],
    [
      'a missing comma in an array',
      '{"files": [{"a": 1} {"b": 2}]}',
      /expected "," or "]" after the value of element 0/
    ],
    ['an array closed by a brace', '{"files": [1, 2}', /expected "," or "]"/],
    ['a trailing comma in an array', '{"files": [1, ]}', /JSON/]
  ])('%s is a syntax error', async (_what, text, message) => {
    const error = await members(text, ['files']).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(JsonSyntaxError)
    expect((error as Error).message).toMatch(message)
  })
})
