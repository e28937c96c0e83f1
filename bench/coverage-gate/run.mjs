#!/usr/bin/env node
// coverage-gate benchmark: throughput (MB/s) and peak RSS reading a ~100 MB Cobertura file, a ~100 MB LCOV file and a
// ~100 MB Istanbul coverage-final.json, side by side in one run with the floor (a bare SAX / line split / JSON.parse
// pass over the same bytes) and the fastest peers available here (Python expat iterparse for Cobertura, `lcov --summary`
// for LCOV). Median of RUNS runs each.
// Usage: node bench/coverage-gate/run.mjs [runs=3] [megabytes=100] [--quick: no peers]
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { bundleEntry } from '../bundle-entry.mjs'

const quick = process.argv.includes('--quick')
const args = process.argv.slice(2).filter(a => a !== '--quick')
const runs = Number(args[0] ?? 3)
const megabytes = Number(args[1] ?? 100)
const work = 'bench/.work/coverage-gate'
const bundle = join(work, 'parser', 'index.js')
// inputs of each size in their own folder, so a 200 MB run keeps the 100 MB files
const inputs = join(work, `${megabytes}mb`)

bundleEntry('bench/coverage-gate/parse-entry.ts', join(work, 'parser'))
const cobertura = join(inputs, 'coverage.xml')
const lcov = join(inputs, 'lcov.info')
const istanbul = join(inputs, 'coverage-final.json')
if ([cobertura, lcov, istanbul].some(f => !existsSync(f) || Math.abs(statSync(f).size / 2 ** 20 - megabytes) > 5)) {
  execFileSync(process.execPath, ['bench/coverage-gate/generate.mjs', inputs, String(megabytes)], { stdio: 'inherit' })
}

const PY_ITERPARSE = `import sys, xml.etree.ElementTree as ET
n = 0
for ev, el in ET.iterparse(sys.argv[1], events=("end",)):
    if el.tag == "line": n += 1
    if el.tag == "class": el.clear()
print(n)`

/** wall seconds and peak RSS (MiB) of one command, by GNU time */
function once(command, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '@@%e %U %S %M', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26
  })
  const m = /@@([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr)
  if (r.status !== 0 || !m) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr.slice(-500)}`)
  return {
    seconds: Number(m[1]),
    cpu: Number(m[2]) + Number(m[3]),
    rssMiB: Number(m[4]) / 1024,
    stdout: r.stdout.trim()
  }
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function bench(name, file, command, args) {
  const results = []
  for (let i = 0; i < runs; i++) results.push(once(command, args))
  const seconds = median(results.map(r => r.seconds))
  const cpu = median(results.map(r => r.cpu))
  const mb = statSync(file).size / 2 ** 20
  return {
    name,
    seconds,
    cpu,
    mbPerSecond: mb / cpu,
    rssMiB: median(results.map(r => r.rssMiB)),
    output: results[0].stdout.slice(0, 200)
  }
}

const rows = []
const node = process.execPath
rows.push({ file: 'Cobertura', ...bench('coverage-gate (parse + totals)', cobertura, node, [bundle, cobertura]) })
rows.push({
  file: 'Cobertura',
  ...bench('bare saxes pass (floor)', cobertura, node, ['bench/coverage-gate/bare-pass.mjs', 'sax', cobertura])
})
if (!quick)
  rows.push({
    file: 'Cobertura',
    ...bench('python3 expat iterparse', cobertura, '/usr/bin/python3', ['-c', PY_ITERPARSE, cobertura])
  })
rows.push({ file: 'LCOV', ...bench('coverage-gate (parse + totals)', lcov, node, [bundle, lcov]) })
rows.push({
  file: 'LCOV',
  ...bench('bare line split (floor)', lcov, node, ['bench/coverage-gate/bare-pass.mjs', 'lines', lcov])
})
rows.push({
  file: 'LCOV',
  ...bench('bare node:readline pass', lcov, node, ['bench/coverage-gate/bare-pass.mjs', 'readline', lcov])
})
if (!quick)
  rows.push({
    file: 'LCOV',
    ...bench('lcov --summary (1.16)', lcov, 'lcov', ['--summary', lcov, '--rc', 'lcov_branch_coverage=1'])
  })
rows.push({ file: 'Istanbul JSON', ...bench('coverage-gate (parse + totals)', istanbul, node, [bundle, istanbul]) })
rows.push({
  file: 'Istanbul JSON',
  ...bench('JSON.parse of the whole file (floor)', istanbul, node, [
    'bench/coverage-gate/bare-pass.mjs',
    'json',
    istanbul
  ])
})

// CPU seconds (user + system) decide MB/s and the ratio: wall time on a shared 2-core machine mostly measures the
// neighbours; the wall median is shown beside it
console.log(`| report | reader | median CPU s | MB/s (CPU) | median wall s | peak RSS MiB | CPU vs floor |`)
console.log(`|---|---|---:|---:|---:|---:|---:|`)
for (const r of rows) {
  const floor = rows.find(x => x.file === r.file && x.name.includes('floor'))
  const size = Math.round(
    statSync(r.file === 'LCOV' ? lcov : r.file === 'Cobertura' ? cobertura : istanbul).size / 2 ** 20
  )
  console.log(
    `| ${r.file} ${size} MB | ${r.name} | ${r.cpu.toFixed(2)} | ${r.mbPerSecond.toFixed(1)} | ${r.seconds.toFixed(2)} | ${r.rssMiB.toFixed(0)} | ${(r.cpu / floor.cpu).toFixed(2)}× |`
  )
}
console.log('\n' + rows.map(r => `${r.file} / ${r.name}: ${r.output}`).join('\n'))
