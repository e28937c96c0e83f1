import { describe, expect, test } from '@jest/globals'
import { code, details, heading, inlineCode, link, paragraph, raw, table } from './blocks.js'
import { escapeMarkdown, renderMarkdown } from './markdown.js'
import { renderText } from './text.js'

describe('the markdown summary renderer', () => {
  test('escapes HTML, emphasis, links, table pipes and mentions in user text', () => {
    const hostile = '<img src=x onerror=alert(1)> **bold** [x](http://evil) a|b @octocat'
    const out = escapeMarkdown(hostile)
    expect(out).not.toContain('<img')
    expect(out).toContain('&lt;img')
    expect(out).toContain('\\*\\*bold\\*\\*')
    expect(out).toContain('\\[x\\]\\(http://evil\\)')
    expect(out).toContain('a\\|b')
    expect(out).not.toContain('@octocat')
  })

  test('keeps a user text on one line so it cannot open a new block', () => {
    expect(escapeMarkdown('line\n## heading')).toBe('line \\#\\# heading')
  })

  test('renders a link only for http(s) targets', () => {
    const md = renderMarkdown([
      paragraph(link('ok', 'https://github.com/o/r/blob/abc/a.py#L3'), ' ', link('bad', 'javascript:alert(1)'))
    ]).markdown
    expect(md).toContain('[ok](https://github.com/o/r/blob/abc/a.py#L3)')
    expect(md).toContain('[bad](#)')
  })

  test('inline code survives backticks and pipes inside a table cell', () => {
    const md = renderMarkdown([table(['cmd'], [[inlineCode('a `b` | c')]])]).markdown
    expect(md).toContain('``a `b` \\| c``')
  })

  test('a code block fence is longer than any fence inside it', () => {
    const md = renderMarkdown([code('```\ninner\n```', 'diff')]).markdown
    expect(md.startsWith('````diff\n')).toBe(true)
  })

  test('collapses a section in details with an escaped summary line', () => {
    const md = renderMarkdown([details('<b>42 files</b>', [paragraph('x')])]).markdown
    expect(md).toContain('<details><summary>&lt;b&gt;42 files&lt;/b&gt;</summary>')
  })

  test('stays under the limit, keeps the head of a large table and says what it cut', () => {
    const rows = Array.from({ length: 50000 }, (_, i) => [`file-${i}.py`, String(i)])
    const { markdown, omittedBlocks } = renderMarkdown(
      [heading(2, 'Verdict'), table(['file', 'n'], rows), paragraph('after')],
      100_000
    )
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(100_000)
    expect(markdown).toContain('file-0.py')
    expect(markdown).toMatch(/\d+ more rows left out: the summary is limited to 1 MiB/)
    expect(omittedBlocks).toBe(0)
    expect(markdown).toContain('after')
  })

  test('the terminal rendering has the same content without markup', () => {
    const blocks = [
      heading(2, 'Coverage gate: pass'),
      table(['file', 'cover'], [['a.py', '90%']]),
      raw('```mermaid\npie\n```', 'chart: a 90%')
    ]
    const text = renderText(blocks)
    expect(text).toContain('Coverage gate: pass')
    expect(text).toMatch(/a\.py\s+90%/)
    expect(text).toContain('chart: a 90%')
    expect(text).not.toContain('mermaid')
  })

  test('the terminal rendering drops escape sequences from user text', () => {
    expect(renderText([paragraph('red \u001b[31mtext')])).toBe('red [31mtext\n')
  })
})
