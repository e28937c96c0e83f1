#!/usr/bin/env node
// sbom benchmark: ci-suite's sbom action vs @cyclonedx/cyclonedx-npm on the same large real lockfile (a snapshot of
// this repository's own package-lock.json with its workspace manifests), side by side in one run, runtime scope,
// CycloneDX 1.6 JSON, alternating order. Wall time of the whole process (node start-up included) and peak RSS by
// GNU time; median of RUNS runs each. Also checks that both list the same purls.
// Usage: node bench/sbom/run.mjs [runs=7]
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { bundleEntry } from '../bundle-entry.mjs'

const runs = Number(process.argv[2] ?? 7)
const work = resolve('bench/.work/sbom')
const project = join(work, 'project')
const bundle = join(work, 'entry', 'index.js')
const cyclonedxNpm = resolve('node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js')

bundleEntry('bench/sbom/entry.ts', join(work, 'entry'))

// a snapshot, so that installs in the working tree during the run change nothing; no node_modules in it: both
// tools read the lockfile alone (cyclonedx-npm --package-lock-only runs `npm ls --package-lock-only`)
rmSync(project, { recursive: true, force: true })
mkdirSync(project, { recursive: true })
for (const file of ['package.json', 'package-lock.json']) cpSync(file, join(project, file))
for (const pkg of readdirSync('packages')) {
  if (existsSync(join('packages', pkg, 'package.json')))
    cpSync(join('packages', pkg, 'package.json'), join(project, 'packages', pkg, 'package.json'))
}

/** wall seconds and peak RSS (MiB) of one command, by GNU time */
function once(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '@@%e %M', process.execPath, ...args], {
    cwd: project,
    encoding: 'utf8',
    maxBuffer: 1 << 26
  })
  const m = /@@([\d.]+) (\d+)/.exec(r.stderr)
  if (r.status !== 0 || !m) throw new Error(`${args.join(' ')} failed: ${r.stderr.slice(-800)}`)
  return { seconds: Number(m[1]), rssMiB: Number(m[2]) / 1024 }
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const purls = file => new Set(JSON.parse(readFileSync(join(project, file), 'utf8')).components.map(c => c.purl))
/** the graph as `purl -> purl` lines, the project as `project`: bom-refs differ between the tools, purls do not */
const edges = file => {
  const bom = JSON.parse(readFileSync(join(project, file), 'utf8'))
  const purlOf = new Map(bom.components.map(c => [c['bom-ref'], c.purl]))
  purlOf.set(bom.metadata.component['bom-ref'], 'project')
  return new Set(
    bom.dependencies.flatMap(d => (d.dependsOn ?? []).map(dep => `${purlOf.get(d.ref)} -> ${purlOf.get(dep)}`))
  )
}

/** both tools on one scope, alternating which goes first; the purl sets compared */
function scenario(label, ours, peer) {
  const results = { ours: [], peer: [] }
  once(ours) // warm the file cache for both
  once(peer)
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours']
    for (const who of order) results[who].push(once(who === 'ours' ? ours : peer))
  }
  const a = purls(ours[2])
  const b = purls(peer.at(-1))
  const ea = edges(ours[2])
  const eb = edges(peer.at(-1))
  const sameEdges = ea.size === eb.size && [...ea].every(e => eb.has(e))
  return { label, results, a, b, sameEdges, edgeCount: ea.size }
}

const peerBase = [cyclonedxNpm, '--package-lock-only', '--flatten-components', '--spec-version', '1.6', '--of', 'JSON']
const scenarios = [
  scenario(
    'runtime scope',
    [bundle, project, 'ours-runtime.cdx.json', 'false'],
    [...peerBase, '--omit', 'dev', '-o', 'peer-runtime.cdx.json']
  ),
  scenario(
    'with dev dependencies',
    [bundle, project, 'ours-all.cdx.json', 'true'],
    [...peerBase, '-o', 'peer-all.cdx.json']
  )
]
const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'))

console.log(
  `lockfile: ${Object.keys(lock.packages).length} entries; ${runs} runs each, median; node ${process.version}`
)
console.log('| scope | tool | median s | peak RSS MiB | components | vs ci-suite |')
console.log('|---|---|---:|---:|---:|---:|')
for (const { label, results, a, b } of scenarios) {
  const ours = median(results.ours.map(r => r.seconds))
  const peer = median(results.peer.map(r => r.seconds))
  console.log(
    `| ${label} | ci-suite sbom | ${ours.toFixed(2)} | ${median(results.ours.map(r => r.rssMiB)).toFixed(0)} | ${a.size} | 1.0× |`
  )
  console.log(
    `| ${label} | @cyclonedx/cyclonedx-npm 6.0.1 | ${peer.toFixed(2)} | ${median(results.peer.map(r => r.rssMiB)).toFixed(0)} | ${b.size} | ${(peer / ours).toFixed(1)}× |`
  )
}
for (const { label, a, b, sameEdges, edgeCount } of scenarios) {
  const onlyOurs = [...a].filter(p => !b.has(p))
  const onlyPeer = [...b].filter(p => !a.has(p))
  console.log(
    `${label}: ${edgeCount} dependency edges, ${sameEdges ? 'the same as' : 'NOT the same as'} cyclonedx-npm's`
  )
  console.log(
    `${label}: purls only in ci-suite: ${onlyOurs.length ? onlyOurs.join(', ') : 'none'}; only in cyclonedx-npm: ${onlyPeer.length ? onlyPeer.join(', ') : 'none'}`
  )
}
