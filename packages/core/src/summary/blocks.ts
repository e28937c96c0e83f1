/**
 * A job summary as data. Actions build blocks; the renderers turn them into GitHub Markdown (escaped, size-capped)
 * or plain text for a terminal. User text goes in as plain strings and is escaped by the renderer, never pre-formatted.
 */
export type Inline =
  string | { text: string; href: string } | { code: string } | { strong: string } | { html: string; text: string }

export type Cell = Inline | Inline[]

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; text: Inline[] }
  | { kind: 'paragraph'; text: Inline[] }
  | { kind: 'list'; items: Inline[][] }
  | { kind: 'table'; header: string[]; rows: Cell[][]; align?: Array<'left' | 'right'> }
  | { kind: 'code'; text: string; lang?: string }
  | { kind: 'details'; summary: string; blocks: Block[] }
  /** Markdown that only a runner shows (a mermaid chart, an inline picture); `text` stands in for it on a terminal. */
  | { kind: 'raw'; markdown: string; text?: string }

export const heading = (level: 2 | 3 | 4, ...text: Inline[]): Block => ({ kind: 'heading', level, text })
export const paragraph = (...text: Inline[]): Block => ({ kind: 'paragraph', text })
export const list = (items: Inline[][]): Block => ({ kind: 'list', items })
export const table = (header: string[], rows: Cell[][], align?: Array<'left' | 'right'>): Block => ({
  kind: 'table',
  header,
  rows,
  align
})
export const code = (text: string, lang?: string): Block => ({ kind: 'code', text, lang })
export const details = (summary: string, blocks: Block[]): Block => ({ kind: 'details', summary, blocks })
export const raw = (markdown: string, text?: string): Block => ({ kind: 'raw', markdown, text })
export const link = (text: string, href: string): Inline => ({ text, href })
export const inlineCode = (text: string): Inline => ({ code: text })
export const strong = (text: string): Inline => ({ strong: text })

function mapInline(inline: Inline, fn: (text: string) => string): Inline {
  if (typeof inline === 'string') return fn(inline)
  if ('href' in inline) return { text: fn(inline.text), href: fn(inline.href) }
  if ('code' in inline) return { code: fn(inline.code) }
  if ('strong' in inline) return { strong: fn(inline.strong) }
  return { html: fn(inline.html), text: fn(inline.text) }
}

const mapCell = (cell: Cell, fn: (text: string) => string): Cell =>
  Array.isArray(cell) ? cell.map(i => mapInline(i, fn)) : mapInline(cell, fn)

/** Every piece of text in the blocks passed through fn (the secret redactor, before anything is written). */
export function mapBlockText(blocks: Block[], fn: (text: string) => string): Block[] {
  return blocks.map((block): Block => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        return { ...block, text: block.text.map(i => mapInline(i, fn)) }
      case 'list':
        return { ...block, items: block.items.map(item => item.map(i => mapInline(i, fn))) }
      case 'table':
        return { ...block, header: block.header.map(fn), rows: block.rows.map(row => row.map(c => mapCell(c, fn))) }
      case 'code':
        return { ...block, text: fn(block.text) }
      case 'details':
        return { ...block, summary: fn(block.summary), blocks: mapBlockText(block.blocks, fn) }
      case 'raw':
        return { ...block, markdown: fn(block.markdown), text: block.text === undefined ? undefined : fn(block.text) }
    }
  })
}
