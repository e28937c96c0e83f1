/**
 * Whether a gitleaks rule's regex is written to match across line breaks: a class that holds a character class and
 * its complement (`[\s\S]`, gitleaks' own private-key rule has `[\s\S-]{64,}?`), the `s` flag (`.` matches a line
 * break), or a line break spelled out (`\n`). gitleaks runs every rule on a whole file (or a whole hunk of added
 * lines); such a rule needs the same to match at all, where the rest run line by line. A `\s` alone (`[\s'"]{0,3}`
 * between a name and its value) is not enough: those rules match within a line.
 */
export function spansLines(source: string): boolean {
  if (/\(\?[A-Za-z]*s[A-Za-z]*[:)]/.test(source)) return true
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      if (source[i + 1] === 'n') return true
      i++
    } else if (c === '[' && classSpansLines(source, i)) return true
  }
  return false
}

/** the class at `start` (`[`) holds both `\s` and `\S`, `\w` and `\W`, or `\d` and `\D` */
function classSpansLines(source: string, start: number): boolean {
  const escapes = new Set<string>()
  for (let i = start + 1; i < source.length && source[i] !== ']'; i++) {
    if (source[i] === '\\') escapes.add(source[++i] ?? '')
  }
  return (
    (escapes.has('s') && escapes.has('S')) ||
    (escapes.has('w') && escapes.has('W')) ||
    (escapes.has('d') && escapes.has('D')) ||
    escapes.has('n')
  )
}
