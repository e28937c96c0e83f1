import type { Block, Cell, Inline } from './blocks.js'

/** Strips characters that could drive a terminal (escape sequences) from user text. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '')
}

export function inlineText(inline: Inline | Inline[]): string {
  if (Array.isArray(inline)) return inline.map(inlineText).join('')
  if (typeof inline === 'string') return clean(inline)
  if ('href' in inline) return clean(inline.text)
  if ('code' in inline) return clean(inline.code)
  if ('strong' in inline) return clean(inline.strong)
  return clean(inline.text)
}

function cellText(cell: Cell): string {
  return inlineText(cell)
}

function renderTable(header: string[], rows: Cell[][], align?: Array<'left' | 'right'>): string {
  const texts = [header, ...rows.map(r => r.map(cellText))]
  const widths = header.map((_, i) => Math.min(60, Math.max(...texts.map(r => (r[i] ?? '').length))))
  const fmt = (row: string[]) =>
    row
      .map((c, i) => {
        const v = c.length > 60 ? c.slice(0, 57) + '...' : c
        return align?.[i] === 'right' ? v.padStart(widths[i]) : v.padEnd(widths[i])
      })
      .join('  ')
      .trimEnd()
  return [fmt(texts[0]), widths.map(w => '-'.repeat(w)).join('  '), ...texts.slice(1).map(fmt)].join('\n') + '\n'
}

function renderBlock(block: Block, depth: number): string {
  const indent = (s: string) =>
    depth === 0
      ? s
      : s
          .split('\n')
          .map(l => (l ? '  '.repeat(depth) + l : l))
          .join('\n')
  switch (block.kind) {
    case 'heading':
      return indent(`${block.level === 2 ? '== ' : ''}${inlineText(block.text)}${block.level === 2 ? ' ==' : ''}\n`)
    case 'paragraph':
      return indent(inlineText(block.text) + '\n')
    case 'list':
      return indent(block.items.map(i => `  * ${inlineText(i)}`).join('\n') + '\n')
    case 'table':
      return indent(renderTable(block.header, block.rows, block.align))
    case 'code':
      return indent(
        clean(block.text.replace(/\n$/, ''))
          .split('\n')
          .map(l => `    ${l}`)
          .join('\n') + '\n'
      )
    case 'details':
      return indent(`${clean(block.summary)}:\n`) + block.blocks.map(b => renderBlock(b, depth + 1)).join('\n')
    case 'raw':
      return block.text === undefined ? '' : indent(clean(block.text) + '\n')
  }
}

/** The same content as the job summary, for a terminal. */
export function renderText(blocks: Block[]): string {
  return blocks
    .map(b => renderBlock(b, 0))
    .filter(s => s !== '')
    .join('\n')
}
