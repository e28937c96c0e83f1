#!/usr/bin/env node
// lint-gate benchmark: on a real Python codebase (pallets/flask) and a real TypeScript codebase (sindresorhus/ky),
// lint-gate's wall time (a fresh node process: start-up included) against the same tools run one after another as
// the runbooks do, and its overhead over the slowest single tool. Median of RUNS runs each, all in the same run.
// The codebases come from local mirrors (the `fetch` tool of this environment) and are cloned to bench/.work (never
// committed). Usage: node bench/lint-gate/run.mjs [runs=5] [flask-mirror] [ky-mirror]
//
// lint-gate's overhead, precisely: each tool's own duration and start as lint-gate measured it (metrics.tools), the
// process's wall time and run()'s, so that wall = start-up + before the first tool + the tools' span + after the last
// tool. `ownOverheadMs` (start-up + before + after) is what lint-gate adds to the tools, whatever the load; the tools
// run alone, one after another, give the slowest single tool for `ratioToSlowest`.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg as osLoadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { join, resolve } from 'node:path'
import { bundleEntry } from '../bundle-entry.mjs'

const runs = Number(process.argv[2] ?? 5)
const flaskMirror = process.argv[3] ?? '/work/.mirror/pallets+flask/repo'
const kyMirror = process.argv[4] ?? '/work/.mirror/sindresorhus+ky/repo'
const work = resolve('bench/.work/lint-gate')
const bundle = join(work, 'entry', 'index.js')
const bin = resolve('node_modules/.bin')
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' }

mkdirSync(work, { recursive: true })
bundleEntry('bench/lint-gate/entry.ts', join(work, 'entry'))

function clone(mirror, name) {
  const dir = join(work, name)
  if (!existsSync(dir)) execFileSync('git', ['clone', '--quiet', mirror, dir])
  return { dir, commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim() }
}

const flask = clone(flaskMirror, 'flask')
const ky = clone(kyMirror, 'ky')
// ky's own configs extend packages (xo, @sindresorhus/tsconfig) not installed here: stand-alone equivalents
writeFileSync(
  join(ky.dir, 'tsconfig.bench.json'),
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      types: [],
      skipLibCheck: true,
      exactOptionalPropertyTypes: true
    },
    include: ['source']
  })
)
writeFileSync(
  join(ky.dir, 'eslint.config.mjs'),
  "import js from '@eslint/js'\nimport tseslint from 'typescript-eslint'\nexport default tseslint.config({ ignores: ['distribution/**', 'test/**'] }, js.configs.recommended, ...tseslint.configs.recommended)\n"
)

const loadavg = () => osLoadavg().map(x => +x.toFixed(1))
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
/** wall and CPU (user + system, children included: GNU time) milliseconds of one command */
function wallMs(command, args, cwd) {
  const started = performance.now()
  const r = spawnSync('/usr/bin/time', ['-f', '@@%U %S', command, ...args], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28
  })
  const ms = performance.now() - started
  if (r.error) throw r.error
  const m = /@@([\d.]+) ([\d.]+)\s*$/.exec(r.stderr)
  return {
    ms,
    cpuMs: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN,
    stdout: r.stdout,
    stderr: r.stderr,
    status: r.status,
    signal: r.signal
  }
}

// the runbooks' commands, one after another (000/001/002/003): the same tools lint-gate runs
const scenarios = [
  {
    name: `Python: pallets/flask@${flask.commit}`,
    dir: flask.dir,
    // runbook 001's black + isort + mypy with 002/003's flake8, on the package (tests, docs, examples excluded)
    linters: 'black, isort, flake8, mypy',
    tools: {
      black: ['black', ['--check', 'src']],
      isort: ['isort', ['--check-only', 'src']],
      flake8: ['flake8', ['src']],
      // flask's [tool.mypy] names its files (src, tests/type_check)
      mypy: ['mypy', []]
    },
    args: { exclude: 'tests, docs, examples' }
  },
  {
    name: `TypeScript: sindresorhus/ky@${ky.commit}`,
    dir: ky.dir,
    linters: 'eslint, prettier, tsc',
    tools: {
      eslint: ['eslint', ['.']],
      prettier: ['prettier', ['--check', '.']],
      tsc: ['tsc', ['--noEmit', '-p', 'tsconfig.bench.json']]
    },
    args: { args: 'tsc: -p tsconfig.bench.json' }
  }
]

const out = []
for (const s of scenarios) {
  const args = s.args
  const loadBefore = loadavg()
  // warm the file cache and the tools' own caches (mypy's .mypy_cache) once, as a second CI run would
  wallMs(process.execPath, [bundle, s.dir, s.linters, JSON.stringify(args)], s.dir)
  const perTool = Object.fromEntries(Object.keys(s.tools).map(t => [t, []]))
  const perToolCpu = Object.fromEntries(Object.keys(s.tools).map(t => [t, []]))
  const sequentialCpu = []
  const gateCpu = []
  const sequential = []
  const gate = []
  const gateTools = []
  for (let i = 0; i < runs; i++) {
    let total = 0
    let totalCpu = 0
    for (const [tool, [command, toolArgs]] of Object.entries(s.tools)) {
      const r = wallMs(
        join(tool === 'eslint' || tool === 'prettier' || tool === 'tsc' ? bin : '/usr/bin', command),
        toolArgs,
        s.dir
      )
      perTool[tool].push(r.ms)
      perToolCpu[tool].push(r.cpuMs)
      total += r.ms
      totalCpu += r.cpuMs
    }
    sequential.push(total)
    sequentialCpu.push(totalCpu)
    const g = wallMs(process.execPath, [bundle, s.dir, s.linters, JSON.stringify(args)], s.dir)
    gate.push(g.ms)
    gateCpu.push(g.cpuMs)
    if (!g.stdout.trim())
      throw new Error(`lint-gate run failed (status ${g.status}, signal ${g.signal}): ${g.stderr.slice(-2000)}`)
    gateTools.push(JSON.parse(g.stdout))
  }
  const loadAfter = loadavg()
  // inside lint-gate: when each tool started and how long it ran, against run()'s and the process's wall time
  const inside = gate.map((ms, i) => {
    const tools = Object.values(gateTools[i].tools).filter(t => t.startMs !== undefined)
    const first = Math.min(...tools.map(t => t.startMs))
    const last = Math.max(...tools.map(t => t.startMs + t.durationMs))
    const startupMs = ms - gateTools[i].runMs
    const beforeMs = first
    const afterMs = gateTools[i].runMs - last
    return {
      startupMs,
      beforeMs,
      afterMs,
      ownOverheadMs: startupMs + beforeMs + afterMs,
      slowestInsideMs: Math.max(...tools.map(t => t.durationMs))
    }
  })
  const slowestName = Object.keys(perTool).reduce((a, b) => (median(perTool[a]) >= median(perTool[b]) ? a : b))
  const slowest = median(perTool[slowestName])
  const wall = median(gate)
  out.push({
    scenario: s.name,
    tools: Object.fromEntries(Object.entries(perTool).map(([t, xs]) => [t, Math.round(median(xs))])),
    sequentialMs: Math.round(median(sequential)),
    lintGateMs: Math.round(wall),
    speedup: +(median(sequential) / wall).toFixed(2),
    slowest: slowestName,
    slowestMs: Math.round(slowest),
    ratioToSlowest: +(wall / slowest).toFixed(2),
    overheadOverSlowestMs: Math.round(wall - slowest),
    // the process's wall time minus run(): node start-up and module loading
    startupMs: Math.round(median(inside.map(x => x.startupMs))),
    // inside run(): before the first tool started (file listing, detection), after the last one ended (parsing, summary)
    beforeFirstToolMs: Math.round(median(inside.map(x => x.beforeMs))),
    afterLastToolMs: Math.round(median(inside.map(x => x.afterMs))),
    // what lint-gate adds to the tools' own span: start-up + before + after
    ownOverheadMs: Math.round(median(inside.map(x => x.ownOverheadMs))),
    // the slowest tool as lint-gate ran it (alongside the others) and lint-gate's wall time over it
    slowestInsideGateMs: Math.round(median(inside.map(x => x.slowestInsideMs))),
    ratioToSlowestInsideGate: +median(gate.map((ms, i) => ms / inside[i].slowestInsideMs)).toFixed(2),
    loadAverage: { before: loadBefore, after: loadAfter },
    selfCpuMs: Math.round(median(gateTools.map(g => g.selfCpuMs))),
    cpuBoundMs: Math.round(Math.max(slowest, median(sequential) / availableParallelism())),
    ratioToCpuBound: +(wall / Math.max(slowest, median(sequential) / availableParallelism())).toFixed(2),
    // CPU time is what load on a shared machine does not distort: the gate's (tools included) against the tools' own
    toolsCpuMs: Object.fromEntries(Object.entries(perToolCpu).map(([t, xs]) => [t, Math.round(median(xs))])),
    sequentialCpuMs: Math.round(median(sequentialCpu)),
    lintGateCpuMs: Math.round(median(gateCpu)),
    cpuOverheadMs: Math.round(median(gateCpu) - median(sequentialCpu)),
    gateStatus: gateTools[0].status,
    gateToolStatus: Object.fromEntries(
      Object.entries(gateTools[0].tools).map(([t, v]) => [
        t,
        `${v.status} ${v.findings} findings, started at ${v.startMs} ms, ran ${Math.round(v.durationMs)} ms in ${v.processes ?? 1} process(es)`
      ])
    )
  })
}
console.log(
  JSON.stringify(
    {
      runs,
      cpus: availableParallelism(),
      node: process.version,
      loadAverage: loadavg(),
      results: out
    },
    null,
    2
  )
)
rmSync(join(work, 'entry'), { recursive: true, force: true })
// the headline rows, for RESULTS.md
console.log(
  '\n| codebase | sequential | lint-gate | slowest alone | ÷ slowest | overhead (start-up + before + after) | load |'
)
console.log('|---|---:|---:|---:|---:|---:|---|')
for (const r of out) {
  console.log(
    `| ${r.scenario} | ${r.sequentialMs} ms | ${r.lintGateMs} ms | ${r.slowest} ${r.slowestMs} ms | ${r.ratioToSlowest} | ${r.ownOverheadMs} ms (${r.startupMs} + ${r.beforeFirstToolMs} + ${r.afterLastToolMs}) | ${r.loadAverage.before.join(' ')} → ${r.loadAverage.after.join(' ')} |`
  )
}
