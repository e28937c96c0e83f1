import type { Block, Cell, Inline } from './blocks.js'

/** GitHub refuses a step summary over 1 MiB; keep a margin for the verdict table of the root action. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Escapes user text for GitHub Markdown: no HTML, no emphasis, no links, no table breaks, no mentions. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[&<>"]/g, c => HTML_ESCAPES[c])
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ')
}

function escapeHtmlText(text: string): string {
  return text.replace(/[&<>"]/g, c => HTML_ESCAPES[c])
}

function safeHref(href: string): string {
  return /^https?:\/\//.test(href) ? href.replace(/[()<> ]/g, c => encodeURIComponent(c)) : '#'
}

function renderCode(text: string): string {
  const clean = text.replace(/\r?\n/g, ' ')
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map(s => s.length))
  const fence = '`'.repeat(longest + 1)
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${clean.replace(/\|/g, '\\|')}${pad}${fence}`
}

export function renderInline(inline: Inline | Inline[]): string {
  if (Array.isArray(inline)) return inline.map(renderInline).join('')
  if (typeof inline === 'string') return escapeMarkdown(inline)
  if ('href' in inline) return `[${escapeMarkdown(inline.text)}](${safeHref(inline.href)})`
  if ('code' in inline) return renderCode(inline.code)
  if ('strong' in inline) return `**${escapeMarkdown(inline.strong)}**`
  return inline.html
}

function renderCell(cell: Cell): string {
  return renderInline(cell) || ' '
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${renderInline(block.text)}\n`
    case 'paragraph':
      return `${renderInline(block.text)}\n`
    case 'list':
      return block.items.map(item => `- ${renderInline(item)}`).join('\n') + '\n'
    case 'table': {
      const align = block.header.map((_, i) => (block.align?.[i] === 'right' ? '---:' : '---'))
      const lines = [
        `| ${block.header.map(escapeMarkdown).join(' | ')} |`,
        `| ${align.join(' | ')} |`,
        ...block.rows.map(row => `| ${row.map(renderCell).join(' | ')} |`)
      ]
      return lines.join('\n') + '\n'
    }
    case 'code': {
      const longest = Math.max(2, ...(block.text.match(/`{3,}/g) ?? []).map(s => s.length))
      const fence = '`'.repeat(longest + 1)
      return `${fence}${block.lang ?? ''}\n${block.text.replace(/\n$/, '')}\n${fence}\n`
    }
    case 'details':
      return `<details><summary>${escapeHtmlText(block.summary)}</summary>\n\n${block.blocks.map(renderBlock).join('\n')}\n</details>\n`
    case 'raw':
      return `${block.markdown}\n`
  }
}

export interface RenderedMarkdown {
  markdown: string
  /** blocks that did not fit under the limit */
  omittedBlocks: number
}

/** Renders blocks in order until the byte limit; what does not fit is named in a closing line. */
export function renderMarkdown(blocks: Block[], limitBytes = SUMMARY_LIMIT_BYTES): RenderedMarkdown {
  const parts: string[] = []
  let size = 0
  let omitted = 0
  const reserve = 200
  for (const block of blocks) {
    if (omitted > 0) {
      omitted++
      continue
    }
    let text = renderBlock(block) + '\n'
    let bytes = Buffer.byteLength(text)
    if (size + bytes > limitBytes - reserve && block.kind === 'table') {
      // keep the head of a large table rather than dropping it whole
      const rows = [...block.rows]
      while (rows.length > 0 && size + bytes > limitBytes - reserve) {
        rows.splice(Math.floor(rows.length / 2))
        text =
          renderBlock({ ...block, rows }) +
          `\n_${block.rows.length - rows.length} more rows left out: the summary is limited to 1 MiB._\n\n`
        bytes = Buffer.byteLength(text)
      }
    }
    if (size + bytes > limitBytes - reserve) {
      omitted++
      continue
    }
    parts.push(text)
    size += bytes
  }
  if (omitted > 0)
    parts.push(
      `_${omitted} more section(s) left out: GitHub limits a step summary to 1 MiB. The JSON report has everything._\n`
    )
  return { markdown: parts.join(''), omittedBlocks: omitted }
}
