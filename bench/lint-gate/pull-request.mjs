#!/usr/bin/env node
// lint-gate on a pull request: with `filter: added`, the tools that take a file list get only the changed files.
// On pallets/flask (black, isort, flake8: the runbooks' Python formatters and linter), for the last commits that
// changed Python files under src/, side by side in each run (median of RUNS, alternating):
//   - the runbook way on a pull request: `black --check src`, `isort --check-only src`, `flake8 src`, one after another
//   - lint-gate with filter: added and base/head of that range (a fresh node process, start-up included)
//   - lint-gate with filter: nofilter (every file, as before this change gave the tools)
// Usage: node bench/lint-gate/pull-request.mjs [runs=5] [commits=3] [flask-mirror]
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { join, resolve } from 'node:path'
import { bundleEntry } from '../bundle-entry.mjs'

const runs = Number(process.argv[2] ?? 5)
const commits = Number(process.argv[3] ?? 3)
const mirror = process.argv[4] ?? '/work/.mirror/pallets+flask/repo'
const work = resolve('bench/.work/lint-gate')
const bundle = join(work, 'entry', 'index.js')
mkdirSync(work, { recursive: true })
bundleEntry('bench/lint-gate/entry.ts', join(work, 'entry'))

const dir = join(work, 'flask')
if (!existsSync(dir)) execFileSync('git', ['clone', '--quiet', mirror, dir])
const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim()
// the newest commits that changed Python files under src/: the pull request's head and its base
const touching = git('log', '--format=%H', `-${commits + 1}`, '--', 'src/*.py').split('\n')
const head = touching[0]
const base = touching[commits]
const changed = git('diff', '--name-only', `${base}...${head}`, '--', '*.py').split('\n').filter(Boolean)
const all = git('ls-files', 'src/*.py').split('\n').filter(Boolean)
const original = git('rev-parse', 'HEAD')
git('checkout', '--quiet', '--detach', head)

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
function wallMs(command, args) {
  const started = performance.now()
  const r = spawnSync(command, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })
  if (r.error) throw r.error
  return { ms: performance.now() - started, stdout: r.stdout }
}
const runbook = () =>
  ['black --check src', 'isort --check-only src', 'flake8 src']
    .map(c => c.split(' '))
    .reduce((ms, [cmd, ...args]) => ms + wallMs(cmd, args).ms, 0)
const lintGate = args => {
  const r = wallMs(process.execPath, [bundle, dir, 'black, isort, flake8', JSON.stringify(args)])
  const out = JSON.parse(r.stdout.trim().split('\n').pop())
  return { ms: r.ms, files: Object.fromEntries(Object.entries(out.tools).map(([t, v]) => [t, v.files])) }
}

const before = loadavg()[0]
const samples = { runbook: [], added: [], nofilter: [] }
let files
for (let i = 0; i < runs; i++) {
  samples.runbook.push(runbook())
  const added = lintGate({ filter: 'added', base, head, exclude: 'tests, docs, examples' })
  files = added.files
  samples.added.push(added.ms)
  samples.nofilter.push(lintGate({ filter: 'nofilter', exclude: 'tests, docs, examples' }).ms)
}
git('checkout', '--quiet', '--detach', original)
const result = {
  repository: 'pallets/flask',
  range: `${base.slice(0, 8)}...${head.slice(0, 8)}`,
  changedPythonFiles: changed.length,
  srcPythonFiles: all.length,
  filesGiven: files,
  runs,
  loadavg: { before, after: loadavg()[0] },
  medianMs: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, Math.round(median(v))]))
}
console.log(JSON.stringify(result, null, 2))
const m = result.medianMs
console.log(
  `\nflask, a pull request of ${changed.length} Python files (${result.range}): runbook ${m.runbook} ms, ` +
    `lint-gate filter added ${m.added} ms (${(m.runbook / m.added).toFixed(2)}× faster), ` +
    `lint-gate on every file ${m.nofilter} ms (${(m.nofilter / m.added).toFixed(2)}× the added run)`
)
