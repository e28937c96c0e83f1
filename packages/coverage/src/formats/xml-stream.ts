import { createReadStream } from 'node:fs'
import { ParseError } from '@ci-suite/core'
import { SaxesParser, type SaxesTagPlain } from 'saxes'

export interface XmlHandlers {
  open(tag: SaxesTagPlain): void
  close?(name: string): void
  text?(text: string): void
  comment?(text: string): void
}

/**
 * Streams an XML file through saxes, a non-validating SAX parser that never reads a DTD. A DOCTYPE that only names
 * an external DTD (gcovr, jest and JaCoCo write one) is ignored: nothing is fetched. A DOCTYPE with an internal
 * subset is refused outright, so no entity declared there (an expansion bomb, an external entity) is ever seen;
 * a reference to any entity beyond the five predefined ones is a parse error.
 */
export async function streamXml(file: string, handlers: XmlHandlers): Promise<{ root?: string }> {
  const parser = new SaxesParser({ position: true })
  let root: string | undefined
  let failure: ParseError | undefined
  const fail = (detail: string): void => {
    failure ??= new ParseError(file, detail, parser.line || undefined)
  }
  parser.on('doctype', doctype => {
    if (doctype.includes('[') || /<!ENTITY/i.test(doctype)) {
      fail(
        'the XML declares a DTD internal subset (<!DOCTYPE … [ … ]>); entities are never expanded, so the report is refused'
      )
    }
  })
  parser.on('opentag', tag => {
    if (failure) return
    root ??= tag.name
    try {
      handlers.open(tag as SaxesTagPlain)
    } catch (error) {
      if (error instanceof ParseError) failure ??= error
      else throw error
    }
  })
  if (handlers.close) parser.on('closetag', tag => handlers.close?.(tag.name))
  if (handlers.text) parser.on('text', t => handlers.text?.(t))
  if (handlers.comment) parser.on('comment', c => handlers.comment?.(c))
  parser.on('error', error => {
    const detail = error.message.replace(/^(?:[^:\n]*:)?\d+:\d+: /, '').replace(/\.$/, '')
    fail(
      `malformed XML: ${detail}${/undefined entity/.test(detail) ? ' (only the five predefined XML entities are read)' : ''}`
    )
  })

  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string)
      if (failure) break
    }
    if (!failure) parser.close()
  } finally {
    stream.destroy()
  }
  if (failure) throw failure
  return { root }
}

export function intAttr(tag: SaxesTagPlain, name: string): number | undefined {
  const value = tag.attributes[name]
  if (value === undefined || value === '') return undefined
  const n = Number(value)
  return Number.isFinite(n) ? n : undefined
}

export function attr(tag: SaxesTagPlain, name: string): string | undefined {
  return tag.attributes[name]
}
