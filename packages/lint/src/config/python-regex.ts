/**
 * Python regular expressions from the tools' configuration (black's `exclude`, mypy's `exclude`). A multi-line TOML
 * string is a verbose pattern (black compiles it with re.VERBOSE, and the tools' docs write mypy's that way with
 * `(?x)`): whitespace and `#` comments outside character classes are not part of it.
 */
export function compactPythonRegex(pattern: string): string {
  let verbose = pattern.includes('\n')
  let text = pattern
  const flag = /^\(\?x\)/.exec(text)
  if (flag) {
    verbose = true
    text = text.slice(flag[0].length)
  }
  if (!verbose) return text
  let out = ''
  let inClass = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\\') {
      out += c + (text[i + 1] ?? '')
      i++
    } else if (inClass) {
      out += c
      if (c === ']') inClass = false
    } else if (c === '[') {
      inClass = true
      out += c
      // a `]` right after `[` or `[^` is a literal
      if (text[i + 1] === '^') out += text[++i]
      if (text[i + 1] === ']') out += text[++i]
    } else if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++
    } else if (!/\s/.test(c)) out += c
  }
  return out
}

/** The same pattern for JavaScript's RegExp: named groups and anchors are spelled differently. Undefined when it does not compile. */
export function pythonRegexToJs(pattern: string): RegExp | undefined {
  const source = compactPythonRegex(pattern)
    .replace(/\(\?P</g, '(?<')
    .replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
    .replace(/\\A/g, '^')
    .replace(/\\Z/g, '$')
  try {
    return new RegExp(source)
  } catch {
    return undefined
  }
}
