/**
 * Whether an SPDX expression is denied: every alternative of an OR must contain a denied license (the user may pick
 * any alternative), and an AND is denied when any part is. `WITH` exceptions keep the license they modify.
 */
export function deniedLicense(expression: string, denied: string[]): string | undefined {
  const deny = new Set(denied.map(d => d.toLowerCase()))
  const alternatives = splitTop(expression, 'OR')
  const hits: string[] = []
  for (const alternative of alternatives) {
    const parts = splitTop(alternative, 'AND')
      .map(p =>
        p
          .replace(/^\(+|\)+$/g, '')
          .replace(/\s+WITH\s+.*$/i, '')
          .trim()
      )
      .map(p =>
        p.includes(' OR ') || p.includes(' AND ') ? deniedLicense(p, denied) : deny.has(p.toLowerCase()) ? p : undefined
      )
    const hit = parts.find(p => p !== undefined)
    if (!hit) return undefined
    hits.push(hit)
  }
  return hits[0]
}

function splitTop(expression: string, operator: 'AND' | 'OR'): string[] {
  let text = expression.trim()
  while (text.startsWith('(') && text.endsWith(')') && balanced(text.slice(1, -1))) text = text.slice(1, -1).trim()
  const parts: string[] = []
  let depth = 0
  let start = 0
  const tokens = text.split(/(\s+|\(|\))/)
  let offset = 0
  for (const token of tokens) {
    if (token === '(') depth++
    else if (token === ')') depth--
    else if (depth === 0 && token.toUpperCase() === operator) {
      parts.push(text.slice(start, offset).trim())
      start = offset + token.length
    }
    offset += token.length
  }
  parts.push(text.slice(start).trim())
  return parts.filter(Boolean)
}

function balanced(text: string): boolean {
  let depth = 0
  for (const c of text) {
    if (c === '(') depth++
    if (c === ')' && --depth < 0) return false
  }
  return depth === 0
}
