import { ConfigurationError } from '@ci-suite/core'

/** Splits a command-line fragment into words as a POSIX shell would: whitespace separates, quotes group, `\` escapes. */
export function splitArgs(text: string, input: string): string[] {
  const words: string[] = []
  let word = ''
  let inWord = false
  let quote: '"' | "'" | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote) {
      if (c === quote) quote = undefined
      else if (c === '\\' && quote === '"' && (text[i + 1] === '"' || text[i + 1] === '\\')) word += text[++i]
      else word += c
    } else if (c === '"' || c === "'") {
      quote = c
      inWord = true
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[++i]
      inWord = true
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word)
      word = ''
      inWord = false
    } else {
      word += c
      inWord = true
    }
  }
  if (quote) throw new ConfigurationError(`${input}: unterminated ${quote} quote in "${text}"`)
  if (inWord) words.push(word)
  return words
}
