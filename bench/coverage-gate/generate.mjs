#!/usr/bin/env node
// Writes a Cobertura XML file, an LCOV tracefile and an Istanbul coverage-final.json of about the given size (default
// 100 MB each) with the shape real tools write: many files, most lines plain, every seventh a branch line,
// functions/methods here and there.
// Usage: node bench/coverage-gate/generate.mjs [outDir] [megabytes] [--one-file]
import { createWriteStream, mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const args = process.argv.slice(2).filter(a => a !== '--one-file')
const outDir = args[0] ?? 'bench/.work/coverage-gate'
const targetBytes = Number(args[1] ?? 100) * 1024 * 1024
// --one-file: every record names the same source file (a report with one section per test): the file grows, the
// coverage data does not (no coverage-final.json then: a JSON object cannot repeat its key)
const oneFile = process.argv.includes('--one-file')
const name = i => (oneFile ? 0 : i)
mkdirSync(outDir, { recursive: true })

const LINES_PER_FILE = 400

async function write(path, head, file, tail) {
  const out = createWriteStream(path)
  let bytes = 0
  const put = async text => {
    bytes += text.length
    if (!out.write(text)) await new Promise(resolve => out.once('drain', resolve))
  }
  await put(head)
  for (let i = 0; bytes < targetBytes; i++) await put(file(i))
  await put(tail)
  await new Promise(resolve => out.end(resolve))
  return statSync(path).size
}

const hits = (i, l) => ((i * 31 + l * 17) % 5 === 0 ? 0 : (l % 13) + 1)

function coberturaFile(i) {
  const parts = [
    `<class name="m${i}" filename="pkg${name(i) % 50}/module_${name(i)}.py" line-rate="0.8" branch-rate="0.5" complexity="0"><methods>`
  ]
  parts.push(
    `<method name="f" signature="()" line-rate="1" branch-rate="1"><lines><line number="1" hits="1"/></lines></method></methods><lines>`
  )
  for (let l = 1; l <= LINES_PER_FILE; l++) {
    const h = hits(i, l)
    parts.push(
      l % 7 === 0
        ? `<line number="${l}" hits="${h}" branch="true" condition-coverage="50% (1/2)"/>`
        : `<line number="${l}" hits="${h}"/>`
    )
  }
  parts.push('</lines></class>\n')
  return parts.join('')
}

function lcovFile(i) {
  const parts = ['TN:', `SF:/home/runner/work/demo/demo/src/pkg${name(i) % 50}/module_${name(i)}.js`]
  for (let f = 0; f < 8; f++) parts.push(`FN:${f * 50 + 1},fn_${f}`)
  for (let f = 0; f < 8; f++) parts.push(`FNDA:${f % 3},fn_${f}`)
  parts.push('FNF:8', 'FNH:5')
  for (let l = 1; l <= LINES_PER_FILE; l++) {
    parts.push(`DA:${l},${hits(i, l)}`)
    if (l % 7 === 0) parts.push(`BRDA:${l},0,0,${hits(i, l)}`, `BRDA:${l},0,1,${hits(i, l + 1) ? '1' : '-'}`)
  }
  parts.push(`LF:${LINES_PER_FILE}`, 'LH:0', 'BRF:0', 'BRH:0', 'end_of_record', '')
  return parts.join('\n')
}

const loc = (line, from, to) => `{"start":{"line":${line},"column":${from}},"end":{"line":${line},"column":${to}}}`

/** one istanbul-lib-coverage FileCoverage, as jest's json reporter writes it into coverage-final.json */
function istanbulFile(i) {
  const path = `/home/runner/work/demo/demo/src/pkg${i % 50}/module_${i}.js`
  const statements = []
  const s = []
  const branches = []
  const b = []
  for (let l = 1; l <= LINES_PER_FILE; l++) {
    statements.push(`"${l - 1}":${loc(l, 2, 40)}`)
    s.push(`"${l - 1}":${hits(i, l)}`)
    if (l % 7 === 0) {
      const id = l / 7 - 1
      branches.push(
        `"${id}":{"loc":${loc(l, 2, 40)},"type":"if","locations":[${loc(l, 2, 40)},${loc(l, 2, 40)}],"line":${l}}`
      )
      b.push(`"${id}":[${hits(i, l)},${hits(i, l + 1) ? 1 : 0}]`)
    }
  }
  const fns = []
  const f = []
  for (let n = 0; n < 8; n++) {
    fns.push(
      `"${n}":{"name":"fn_${n}","decl":${loc(n * 50 + 1, 9, 13)},"loc":${loc(n * 50 + 1, 0, 60)},"line":${n * 50 + 1}}`
    )
    f.push(`"${n}":${n % 3}`)
  }
  const entry = `{"path":${JSON.stringify(path)},"statementMap":{${statements.join(',')}},"fnMap":{${fns.join(',')}},"branchMap":{${branches.join(',')}},"s":{${s.join(',')}},"f":{${f.join(',')}},"b":{${b.join(',')}}}`
  return `${i > 0 ? ',\n' : ''}${JSON.stringify(path)}:${entry}`
}

const cobertura = await write(
  join(outDir, 'coverage.xml'),
  '<?xml version="1.0" ?>\n<coverage version="7.4.0" timestamp="1" lines-valid="0" lines-covered="0" line-rate="0" branches-covered="0" branches-valid="0" branch-rate="0" complexity="0">\n<sources><source>/home/runner/work/demo/demo/src</source></sources>\n<packages><package name="all" line-rate="0" branch-rate="0" complexity="0"><classes>\n',
  coberturaFile,
  '</classes></package></packages></coverage>\n'
)
const lcov = await write(join(outDir, 'lcov.info'), '', lcovFile, '')
const istanbul = oneFile ? 0 : await write(join(outDir, 'coverage-final.json'), '{', istanbulFile, '}\n')
console.log(
  JSON.stringify({
    cobertura: join(outDir, 'coverage.xml'),
    coberturaBytes: cobertura,
    lcov: join(outDir, 'lcov.info'),
    lcovBytes: lcov,
    istanbul: join(outDir, 'coverage-final.json'),
    istanbulBytes: istanbul
  })
)
