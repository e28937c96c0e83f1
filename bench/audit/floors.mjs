// Bare parse floors in Node for formats without a parser we could call here: JSON.parse (bun.lock after its trailing
// commas are removed), and a line split with one regular expression per line (go.sum, Gemfile.lock).
// Usage: node floors.mjs json|jsonc|lines <file> <rounds>; prints {"coldMs", "warmMs", "tool"}.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'

const [kind, path, rounds = '5'] = process.argv.slice(2)
const text = readFileSync(path, 'utf8')
const parsers = {
  json: ['node JSON.parse', () => JSON.parse(text)],
  jsonc: ['node JSON.parse (trailing commas removed)', () => JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'))],
  lines: ['node line split + regex', () => text.split('\n').map(line => /^(\s*)(\S+)\s+\(?([^)\s]+)/.exec(line))]
}
const [tool, parse] = parsers[kind]
let started = performance.now()
parse()
const coldMs = performance.now() - started
const warm = []
for (let i = 0; i < Number(rounds); i++) {
  started = performance.now()
  parse()
  warm.push(performance.now() - started)
}
warm.sort((a, b) => a - b)
console.log(JSON.stringify({ coldMs, warmMs: warm[Math.floor(warm.length / 2)], tool }))
