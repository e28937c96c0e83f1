#!/usr/bin/env node
// Benchmark: the root action's gates at once against the same gates one after another, side by side in one run.
//
//   node bench/root-action/run.mjs [runs=5] [osv-latency-ms=0]
//   BENCH_BASELINE=<an earlier build's dist/cli/index.js> adds that build (gates one after another) to the same run
//
// Repository: expressjs/express (the mirror fetched for the secret-scan benchmark), cloned into bench/.work/ with its
// dev dependencies installed from the npm registry (eslint 8 for lint-gate). Gates: lint-gate (eslint, auto), secret-scan
// (its whole history), sbom, and audit against the test suite's OSV-protocol server on 127.0.0.1, which answers every
// batch with no advisory after `osv-latency-ms`. Each row is the shipped CLI (`npx ci-suite run ...`), whole process,
// median wall time of alternating runs; "alone" rows run one gate each, so their sum is the one-after-another floor.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { bundleEntry } from '../bundle-entry.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const runs = Number(process.argv[2] ?? 5)
const latency = Number(process.argv[3] ?? 0)
const work = join(root, 'bench', '.work')
const repo = join(work, 'root-action-express')
const mirror = '/work/.mirror/expressjs+express/repo'

mkdirSync(work, { recursive: true })
if (!existsSync(repo)) execFileSync('git', ['clone', '-q', process.env.BENCH_REPO ?? mirror, repo])
// express's .npmrc turns the lockfile off: sbom and audit read one
if (!existsSync(join(repo, 'package-lock.json'))) {
  execFileSync(
    'npm',
    ['install', '--package-lock-only', '--package-lock=true', '--ignore-scripts', '--no-audit', '--no-fund'],
    {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'inherit']
    }
  )
}
if (!existsSync(join(repo, 'node_modules', '.bin', 'eslint'))) {
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit']
  })
}

// the test suite's OSV-protocol server (no advisories), answering after `latency` ms
const { OsvServer } = await import(
  pathToFileURL(bundleEntry('bench/root-action/osv-server.ts', join(work, 'root-osv'))).href
)
const server = await new OsvServer({ records: [], latencyMs: latency }).start()
const osvUrl = server.url

const gateInputs = {
  'lint-gate': ['filter: nofilter'],
  'secret-scan': ['scope: history'],
  sbom: ['output: /tmp/ci-suite-bench-root.cdx.json'],
  audit: [`osv-url: ${osvUrl}`, 'scope: all']
}
const gates = Object.keys(gateInputs)
const pipeline = gateList => [
  'run',
  '--gates',
  gateList.join(','),
  ...gateList.flatMap(g => [`--${g}`, gateInputs[g].join('\n')])
]
const cli = join(root, 'dist', 'cli', 'index.js')
const baseline = process.env.BENCH_BASELINE

const commands = [
  { name: `the ${gates.length} gates in one step (this build: at once)`, cli, args: pipeline(gates) },
  ...(baseline
    ? [{ name: 'the same, the build before (one after another)', cli: baseline, args: pipeline(gates) }]
    : []),
  ...gates.map(g => ({ name: `${g} alone`, cli, args: pipeline([g]), alone: true }))
]

// the child runs while this process serves OSV: spawned asynchronously, wall time from spawn to exit
const time = command =>
  new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, [command.cli, ...command.args], {
      cwd: repo,
      env: { ...process.env, GITHUB_ACTIONS: '', PATH: `${join(repo, 'node_modules', '.bin')}:${process.env.PATH}` },
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let err = ''
    child.stderr.on('data', d => (err += d))
    child.on('error', reject)
    child.on('close', code => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      // a gate with findings exits 1; a crash or a gate in error is a broken benchmark
      if (code !== 0 && code !== 1) reject(new Error(`${command.name} exited ${code}:\n${err}`))
      else if (/\((?:error)\)/.test(err.split('\n').find(l => l.includes('did not pass')) ?? ''))
        reject(new Error(`${command.name}: a gate errored:\n${err.slice(-2000)}`))
      else resolvePromise(ms)
    })
  })

const times = commands.map(() => [])
const loadBefore = loadavg()[0]
for (let r = 0; r < runs; r++) {
  for (let i = 0; i < commands.length; i++) times[i].push(await time(commands[i]))
}
await server.stop()
const batches = server.count('/v1/querybatch')
const median = values => [...values].sort((a, b) => a - b)[values.length >> 1]
const medians = times.map(median)
const aloneSum = commands.reduce((sum, c, i) => sum + (c.alone ? medians[i] : 0), 0)
const slowest = Math.max(...commands.map((c, i) => (c.alone ? medians[i] : 0)))

const lines = [
  `${cpus().length} CPUs, Node ${process.version}, median of ${runs} alternating runs, OSV latency ${latency} ms per request (${batches} batch requests served), 1-minute load ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`,
  '',
  '| command | median wall s |',
  '|---|---:|',
  ...commands.map((c, i) => `| ${c.name} | ${(medians[i] / 1000).toFixed(2)} |`),
  `| sum of the gates alone (one after another, each its own process) | ${(aloneSum / 1000).toFixed(2)} |`,
  '',
  `- gates at once / sum of the gates alone: **${(medians[0] / aloneSum).toFixed(2)}×**`,
  `- gates at once / the slowest gate alone: **${(medians[0] / slowest).toFixed(2)}×** (the floor of running at once)`,
  ...(baseline
    ? [`- the build before (one after another) / this build: **${(medians[1] / medians[0]).toFixed(2)}×** faster`]
    : []),
  '',
  `Reproduce: \`node bench/root-action/run.mjs ${runs} ${latency}\``
]
console.log(lines.join('\n'))
