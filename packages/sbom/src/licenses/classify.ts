import { SPDX_LICENSE_IDS } from './spdx-license-ids.js'

/** A license as CycloneDX tells them apart: an SPDX id, an SPDX expression, or free text. */
export type LicenseChoice =
  { kind: 'id'; id: string } | { kind: 'expression'; expression: string } | { kind: 'name'; name: string }

const CANONICAL_IDS = new Map(SPDX_LICENSE_IDS.map(id => [id.toLowerCase(), id]))
const OPERATORS = new Map([
  ['and', 'AND'],
  ['or', 'OR'],
  ['with', 'WITH']
])

/** The SPDX License List spelling of an id (ids are case-insensitive, the schemas' enums are not). */
export function canonicalLicenseId(text: string): string | undefined {
  return CANONICAL_IDS.get(text.trim().toLowerCase())
}

/**
 * Sorts a package's declared license: `MIT` is an id, `(MIT OR Apache-2.0)` an expression, `SEE LICENSE IN x` or a
 * misspelt id is a name. An expression is kept only when every term is a known id, a `LicenseRef-`, or an exception
 * after WITH, so that what reaches the SBOM as an expression is one.
 */
export function classifyLicense(text: string | undefined): LicenseChoice | undefined {
  const value = text?.trim()
  if (!value) return undefined
  const id = canonicalLicenseId(value)
  if (id) return { kind: 'id', id }
  const expression = normaliseExpression(value)
  if (expression) return { kind: 'expression', expression }
  return { kind: 'name', name: value }
}

function normaliseExpression(value: string): string | undefined {
  const tokens = value.match(/\(|\)|[^\s()]+/g) ?? []
  if (tokens.length < 3 && !value.startsWith('(')) return undefined
  let depth = 0
  let expectTerm = true
  let afterWith = false
  const out: string[] = []
  for (const token of tokens) {
    const operator = OPERATORS.get(token.toLowerCase())
    if (token === '(') {
      if (!expectTerm) return undefined
      depth++
      out.push(token)
    } else if (token === ')') {
      if (expectTerm || --depth < 0) return undefined
      out.push(token)
    } else if (operator) {
      if (expectTerm) return undefined
      afterWith = operator === 'WITH'
      expectTerm = true
      out.push(operator)
    } else {
      if (!expectTerm) return undefined
      const term = afterWith ? token : termOf(token)
      if (!term) return undefined
      out.push(term)
      expectTerm = false
      afterWith = false
    }
  }
  if (expectTerm || depth !== 0) return undefined
  return out.join(' ').replace(/\( /g, '(').replace(/ \)/g, ')')
}

function termOf(token: string): string | undefined {
  if (/^(DocumentRef-[\w.-]+:)?LicenseRef-[\w.-]+$/.test(token)) return token
  const plus = token.endsWith('+')
  const id = canonicalLicenseId(plus ? token.slice(0, -1) : token)
  return id ? `${id}${plus ? '+' : ''}` : undefined
}
