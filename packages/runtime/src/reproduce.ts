import type { ComparedRange } from '@ci-suite/core'

// credentials are never repeated (the redactor would hide them anyway); report-path is the runner's own
const NOT_REPEATED = new Set(['github-token', 'password', 'report-path'])

function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}

/** The exact `npx ci-suite ...` line that repeats a step at a terminal, from the inputs it was given. */
export function reproduceCommand(action: string, given: Map<string, string>, range?: ComparedRange): string {
  const parts = ['npx', 'ci-suite', action]
  for (const [name, value] of given) {
    if (NOT_REPEATED.has(name) || name === 'base' || name === 'head') continue
    parts.push(`--${name}`, shellQuote(value.trim()))
  }
  const base = given.get('base') ?? range?.base
  const head = given.get('head') ?? (range && range.source !== 'inputs' ? range.head : undefined)
  if (base) parts.push('--base', shellQuote(base))
  if (head) parts.push('--head', shellQuote(head))
  return parts.join(' ')
}
