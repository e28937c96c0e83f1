#!/usr/bin/env node
// audit benchmark, two parts:
// 1. requests and wall time: a 3000-package lockfile set (a package-lock.json npm wrote for a real dependency tree,
//    topped up with pinned requirements.txt entries to 3000 packages) audited against the test suite's OSV-protocol
//    server on 127.0.0.1 holding advisories for 60 of its packages. Aim: 3 batch requests plus one GET per distinct
//    advisory, none repeated.
// 2. parsing throughput: ci-suite's package-lock parser against `npm ls --all --json --package-lock-only` on the same
//    lockfile, side by side in one run, alternating order, whole-process wall time (node start-up included) and the
//    parser's own in-process time; median of RUNS runs.
// 3. parsing throughput of every lockfile format: a large input of each (bench/audit/lockfile-inputs.mjs: the npm
//    family written from the npm tree above, 3000 packages for the others), ci-suite's parser in process (one cold
//    parse, median of warm ones, MB/s) against a parse floor in process (Python's tomllib/json, libyaml, pip's
//    requirement parser, or Node's JSON.parse / a line split), and whole process against the format's own tool where
//    one runs offline here (npm ls, yarn@1 list, go mod edit -json).
// Usage: node bench/audit/run.mjs [runs=7] [lockfile-folder]
// The lockfile folder defaults to a temporary project whose package-lock.json npm writes on the spot.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as inputs from './lockfile-inputs.mjs'
import { bundleEntry } from '../bundle-entry.mjs'

const runs = Number(process.argv[2] ?? 7)
// outside the repository: a package.json under it would collide in jest's module map
const work = mkdtempSync(join(tmpdir(), 'ci-suite-audit-bench-'))
const bundle = join(work, 'entry', 'index.js')

bundleEntry('bench/audit/entry.ts', join(work, 'entry'))

const project = join(work, 'project')
mkdirSync(project, { recursive: true })
const source = process.argv[3]
if (source) {
  for (const file of ['package.json', 'package-lock.json']) cpSync(join(source, file), join(project, file))
} else {
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'bench-app',
      version: '1.0.0',
      private: true,
      dependencies: {
        'react-scripts': '5.0.1',
        express: '4.17.1',
        lodash: '4.17.15',
        axios: '0.21.1',
        moment: '2.29.1'
      },
      devDependencies: { jest: '29.7.0', '@angular/cli': '17.3.0', 'webpack-cli': '5.1.4', minimist: '1.2.0' }
    })
  )
  execFileSync(
    'npm',
    ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--legacy-peer-deps'],
    {
      cwd: project,
      stdio: ['ignore', 'ignore', 'ignore']
    }
  )
}
const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'))
const npmPackages = [
  ...new Map(
    Object.entries(lock.packages)
      .filter(([k, v]) => k.includes('node_modules/') && !v.link)
      .map(([k, v]) => [`${v.name ?? k.slice(k.lastIndexOf('node_modules/') + 13)}@${v.version}`, v])
  ).keys()
]
const pythonCount = Math.max(0, 3000 - npmPackages.length)
writeFileSync(
  join(project, 'requirements.txt'),
  Array.from({ length: pythonCount }, (_, i) => `bench-pkg-${i}==1.${i % 7}.${i % 13}`).join('\n') + '\n'
)

// 40 npm packages and 20 Python ones get an advisory each; every fifth advisory aliases a second record (a PYSEC for a
// GHSA), so 60 + 12 distinct ids come back, merged into 60 findings
const records = []
const at = (list, n) => list.filter((_, i) => i % Math.floor(list.length / n) === 0).slice(0, n)
for (const [i, key] of at(npmPackages, 40).entries()) {
  const split = key.lastIndexOf('@')
  records.push(
    record(`GHSA-npm${String(i).padStart(4, '0')}-bench`, 'npm', key.slice(0, split), key.slice(split + 1), i)
  )
}
for (let i = 0; i < 20; i++) {
  const n = i * Math.floor(pythonCount / 20)
  records.push(
    record(`GHSA-pyp${String(i).padStart(4, '0')}-bench`, 'PyPI', `bench-pkg-${n}`, `1.${n % 7}.${n % 13}`, i)
  )
}
for (const r of records.filter((_, i) => i % 5 === 0)) {
  const alias = { ...r, id: r.id.replace('GHSA', 'PYSEC'), aliases: [r.id], severity: undefined }
  r.aliases = [alias.id]
  records.push(alias)
}
function record(id, ecosystem, name, version, i) {
  return {
    id,
    modified: '2025-01-01T00:00:00Z',
    summary: `bench advisory ${i}`,
    severity: [
      {
        type: 'CVSS_V3',
        score: i % 2 ? 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' : 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:L'
      }
    ],
    affected: [
      {
        package: { ecosystem, name },
        versions: [version]
      }
    ]
  }
}
const recordsFile = join(work, 'records.json')
writeFileSync(recordsFile, JSON.stringify(records))

function timed(args, cwd = project) {
  const started = process.hrtime.bigint()
  const r = spawnSync(args[0], args.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (r.status !== 0 && !(args.includes('ls') && r.stdout))
    throw new Error(`${args.join(' ')} failed: ${r.stderr.slice(-800)}`)
  return { seconds, stdout: r.stdout }
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

// 1. the audit against the local server
const audits = []
for (let i = 0; i < runs; i++)
  audits.push(JSON.parse(timed([process.execPath, bundle, 'audit', project, recordsFile]).stdout))
const audit = audits[0]
console.log(
  `lockfile set: ${npmPackages.length} npm packages (package-lock.json by npm) + ${pythonCount} pinned requirements = ${audit.packages} audited`
)
console.log(`advisories on the server: ${records.length} records; findings: ${audit.findings}`)
console.log(
  `requests: ${audit.batchRequests} querybatch + ${audit.vulnRequests} GET /v1/vulns (${audit.distinctVulnRequests} distinct) = ${audit.requests}`
)
console.log(`audit run() wall time, median of ${runs}: ${median(audits.map(a => a.ms))} ms`)

// 2. parsing: ours vs npm ls, alternating
const ours = []
const oursInProcess = []
const npmLs = []
for (let i = 0; i < runs; i++) {
  const pair = [
    () => {
      const r = timed([process.execPath, bundle, 'parse', join(project, 'package-lock.json'), '1'])
      ours.push(r.seconds)
      oursInProcess.push(JSON.parse(r.stdout).ms)
    },
    () => npmLs.push(timed(['npm', 'ls', '--all', '--json', '--package-lock-only']).seconds)
  ]
  if (i % 2) pair.reverse()
  pair.forEach(f => f())
}
const inProcess = JSON.parse(
  timed([process.execPath, bundle, 'parse', join(project, 'package-lock.json'), '20']).stdout
)
console.log(`parse package-lock.json (${inProcess.packages} packages), median of ${runs}, whole process:`)
console.log(
  `  ci-suite parseLockfile: ${median(ours).toFixed(3)} s (in process ${median(oursInProcess).toFixed(1)} ms; ${inProcess.ms.toFixed(1)} ms warm)`
)
console.log(`  npm ls --all --json --package-lock-only: ${median(npmLs).toFixed(3)} s`)
console.log(`  ratio npm ls / ci-suite: ${(median(npmLs) / median(ours)).toFixed(1)}x`)
const requirements = JSON.parse(
  timed([process.execPath, bundle, 'parse', join(project, 'requirements.txt'), '20']).stdout
)
console.log(
  `parse requirements.txt (${requirements.packages} pins), in process, warm: ${requirements.ms.toFixed(1)} ms (no peer tool here: pip-audit is not installed)`
)

// 3. every format: ours vs a parse floor in process, and vs the format's own tool where one runs offline here
const here = dirname(fileURLToPath(import.meta.url))
const formats = join(work, 'formats')
const count = 3000
const tree = inputs.npmTree(lock)
const v1 = join(formats, 'package-lock-v1')
mkdirSync(v1, { recursive: true })
for (const file of ['package.json', 'package-lock.json']) cpSync(join(project, file), join(v1, file))
execFileSync(
  'npm',
  [
    'install',
    '--package-lock-only',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    '--legacy-peer-deps',
    '--lockfile-version=1'
  ],
  { cwd: v1, stdio: ['ignore', 'ignore', 'ignore'] }
)
const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'))
const go = inputs.goMod(count)
const cases = [
  [
    'package-lock.json v3 (npm)',
    'package-lock.json',
    null,
    'json',
    ['npm', 'ls', '--all', '--json', '--package-lock-only']
  ],
  [
    'package-lock.json v1 (npm)',
    join(v1, 'package-lock.json'),
    null,
    'json',
    ['npm', 'ls', '--all', '--json', '--package-lock-only']
  ],
  [
    'yarn.lock classic',
    'yarn.lock',
    inputs.yarnClassic(tree),
    null,
    ['npx', '--yes', 'yarn@1', 'list', '--json', '--offline']
  ],
  ['yarn.lock berry', 'yarn.lock', inputs.yarnBerry(tree), 'yaml'],
  ['pnpm-lock.yaml v9', 'pnpm-lock.yaml', inputs.pnpmV9(tree), 'yaml'],
  ['bun.lock', 'bun.lock', inputs.bunLock(tree), 'jsonc'],
  ['requirements.txt (hashes)', 'requirements.txt', inputs.requirementsTxt(count), 'requirements'],
  ['poetry.lock', 'poetry.lock', inputs.poetryLock(count), 'toml'],
  ['Pipfile.lock', 'Pipfile.lock', inputs.pipfileLock(count), 'json'],
  ['uv.lock', 'uv.lock', inputs.uvLock(count), 'toml'],
  ['pdm.lock', 'pdm.lock', inputs.pdmLock(count), 'toml'],
  ['go.mod', 'go.mod', go.mod, 'lines', ['go', 'mod', 'edit', '-json']],
  ['go.sum', 'go.sum', go.sum, 'lines'],
  ['Cargo.lock', 'Cargo.lock', inputs.cargoLock(count), 'toml'],
  ['Gemfile.lock', 'Gemfile.lock', inputs.gemfileLock(count), 'lines'],
  ['composer.lock', 'composer.lock', inputs.composerLock(count), 'json'],
  ['packages.lock.json (2 frameworks)', 'packages.lock.json', inputs.nugetLock(count), 'json']
]
const floorOf = (kind, file) => {
  const python = ['toml', 'yaml', 'requirements'].includes(kind)
  const args = python
    ? ['/usr/bin/python3', join(here, 'floors.py'), kind, file, String(runs)]
    : [process.execPath, join(here, 'floors.mjs'), kind, file, String(runs)]
  return JSON.parse(timed(args, dirname(file)).stdout)
}
const rows = []
for (const [label, name, text, floorKind, tool] of cases) {
  let file
  if (text === null) {
    file = name.startsWith('/') ? name : join(project, name)
  } else {
    const dir = join(formats, label.replace(/[^a-z0-9]+/gi, '-'))
    mkdirSync(dir, { recursive: true })
    file = join(dir, name)
    writeFileSync(file, text)
    if (tool?.includes('yarn@1')) writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest))
  }
  const ours = JSON.parse(timed([process.execPath, bundle, 'throughput', file, String(runs)]).stdout)
  const floor = floorKind ? floorOf(floorKind, file) : undefined
  let whole
  if (tool) {
    const oursWhole = []
    const toolWhole = []
    for (let i = 0; i < Math.min(runs, 5); i++) {
      const pair = [
        () => oursWhole.push(timed([process.execPath, bundle, 'parse', file, '1'], dirname(file)).seconds),
        () => toolWhole.push(timed(tool, dirname(file)).seconds)
      ]
      if (i % 2) pair.reverse()
      pair.forEach(f => f())
    }
    whole = {
      tool: tool.filter(a => a !== '--yes' && a !== 'npx').join(' '),
      ours: median(oursWhole),
      theirs: median(toolWhole)
    }
  }
  rows.push({ label, mb: ours.bytes / 1e6, packages: ours.packages, ours, floor, whole })
}
console.log(
  `\nparsing throughput, ${count} packages per synthetic file, median of ${runs} warm parses (load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}):`
)
console.log(
  '| format | size | packages | ci-suite cold / warm | ci-suite MB/s (warm) | floor (in process) | floor warm | ci-suite / floor | whole process: ci-suite vs own tool |'
)
console.log('|---|---|---|---|---|---|---|---|---|')
for (const r of rows) {
  const ratio = r.floor ? `${(r.ours.warmMs / r.floor.warmMs).toFixed(1)}x` : '–'
  const whole = r.whole
    ? `${r.whole.ours.toFixed(2)} s vs ${r.whole.tool} ${r.whole.theirs.toFixed(2)} s (${(r.whole.theirs / r.whole.ours).toFixed(1)}x)`
    : 'no tool runs offline here'
  console.log(
    `| ${r.label} | ${r.mb.toFixed(2)} MB | ${r.packages} | ${r.ours.coldMs.toFixed(0)} / ${r.ours.warmMs.toFixed(0)} ms | ${(r.mb / (r.ours.warmMs / 1000)).toFixed(1)} | ${r.floor?.tool ?? '–'} | ${r.floor ? `${r.floor.warmMs.toFixed(0)} ms` : '–'} | ${ratio} | ${whole} |`
  )
}
if (!existsSync(bundle)) process.exit(1)
