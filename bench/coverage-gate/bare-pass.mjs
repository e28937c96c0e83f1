// The floor: read the file with no coverage logic at all. XML through saxes with no handler beyond counting
// elements; text split into lines (by chunks and indexOf, or by node:readline); JSON in one JSON.parse.
import { createReadStream, readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { createRequire } from 'node:module'

const [kind, file] = process.argv.slice(2)
const require = createRequire(import.meta.url)
let count = 0
if (kind === 'sax') {
  const { SaxesParser } = require(require.resolve('saxes', { paths: [process.cwd() + '/packages/coverage'] }))
  const parser = new SaxesParser()
  parser.on('opentag', () => count++)
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) parser.write(chunk)
  parser.close()
} else if (kind === 'json') {
  // the whole document in one JSON.parse: what the JSON reader did before it streamed
  count = Object.keys(JSON.parse(readFileSync(file, 'utf8'))).length
} else if (kind === 'readline') {
  for await (const _ of createInterface({
    input: createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }),
    crlfDelay: Infinity
  }))
    count++
} else {
  // the cheapest line split: 1 MiB chunks cut at each \n, every line sliced out once
  let rest = ''
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + chunk
    let start = 0
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      if (text.slice(start, nl).length >= 0) count++
      start = nl + 1
    }
    rest = text.slice(start)
  }
}
console.log(JSON.stringify({ count }))
