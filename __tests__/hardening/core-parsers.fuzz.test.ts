import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  escapeMarkdown,
  parseEventContext,
  parseList,
  parseMapping,
  parseUnifiedDiff,
  renderMarkdown,
  paragraph
} from '@ci-suite/core'
import { REPO_ROOT } from '../harness/run-action.js'
import { RUNS, mutatedFrom, onlyTypedErrors } from './mutate.js'

const DIFF_SAMPLES = [
  [
    'diff --git a/a.py b/a.py',
    'index 1111111..2222222 100644',
    '--- a/a.py',
    '+++ b/a.py',
    '@@ -2 +2 @@',
    '-two',
    '+TWO',
    '@@ -4,0 +5,2 @@ four',
    '+five',
    '+six',
    'diff --git "a/old name.txt" "b/new \\303\\251.txt"',
    'similarity index 100%',
    'rename from old name.txt',
    'rename to "new \\303\\251.txt"',
    'diff --git a/image.bin b/image.bin',
    'new file mode 100644',
    'Binary files /dev/null and b/image.bin differ',
    ''
  ].join('\n')
]

describe('hostile input to the core parsers', () => {
  test(`the unified diff parser survives ${RUNS} mutated diffs and keeps ranges sane`, () => {
    fc.assert(
      fc.property(mutatedFrom(DIFF_SAMPLES), input => {
        for (const file of parseUnifiedDiff(input)) {
          for (const range of file.added) {
            expect(range.start).toBeGreaterThanOrEqual(0)
            expect(range.end).toBeGreaterThanOrEqual(range.start)
          }
        }
      }),
      { numRuns: RUNS }
    )
  })

  test(`the list and mapping input syntax survives ${RUNS} mutated inputs with only typed errors`, () => {
    const samples = [
      'files: coverage.xml\nmin-coverage: 80',
      'flake8: --max-line-length=120\nmypy: |\n  --strict\n  --pretty',
      'a, b\nc'
    ]
    fc.assert(
      fc.property(
        mutatedFrom(samples),
        onlyTypedErrors(input => {
          parseList(input)
          return parseMapping(input, 'args')
        })
      ),
      { numRuns: RUNS }
    )
  })

  test(`the event context survives ${RUNS} mutated payloads`, () => {
    const dir = join(REPO_ROOT, '__tests__', 'fixtures', 'events')
    const samples = readdirSync(dir).map(f => readFileSync(join(dir, f), 'utf8'))
    fc.assert(
      fc.property(
        mutatedFrom(samples),
        fc.constantFrom('push', 'pull_request', 'merge_group', 'release', 'schedule'),
        (text, eventName) => {
          let payload: unknown
          try {
            payload = JSON.parse(text)
          } catch {
            return
          }
          if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return
          parseEventContext(
            { GITHUB_EVENT_NAME: eventName, GITHUB_REPOSITORY: 'o/r' },
            payload as Record<string, unknown>
          )
        }
      ),
      { numRuns: RUNS }
    )
  })

  test(`user text never opens HTML or a new Markdown block: ${RUNS} strings`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), text => {
        const escaped = escapeMarkdown(text)
        expect(escaped).not.toMatch(/<[a-zA-Z/!]/)
        expect(escaped).not.toContain('\n')
        const { markdown } = renderMarkdown([paragraph(text)])
        expect(markdown.trimEnd().split('\n')).toHaveLength(1)
      }),
      { numRuns: RUNS }
    )
  })
})
