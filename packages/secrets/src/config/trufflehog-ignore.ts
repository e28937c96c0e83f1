import { existsSync, readFileSync } from 'node:fs'
import { re2Test } from '../engine/re2-matcher.js'
import type { RegexTest } from '../rules/rule.js'

/** `.trufflehogignore`: one regex per line, as trufflehog's --exclude-paths file takes them (Go RE2 syntax). */
export function readTrufflehogIgnore(file: string): RegexTest[] {
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map(l => l.trim())
    .filter(l => l && !l.startsWith('#'))
    .map(l => re2Test(l, '.trufflehogignore'))
}
