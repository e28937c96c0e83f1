#!/usr/bin/env node
// Start-up cost of a bundle against bare `node -e 0`, and the size of dist/ against one ncc bundle per action.
// Usage: node bench/startup/run.mjs [runs]   (median of the runs; prints a Markdown table row set)
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))))
const runs = Number(process.argv[2] ?? 15)
const work = join(root, 'bench', '.work', 'startup')
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })

const PACKAGES = {
  'coverage-gate': 'coverage',
  'secret-scan': 'secrets',
  'lint-gate': 'lint',
  audit: 'audit',
  sbom: 'sbom',
  'docker-release': 'docker'
}
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
function time(args, env = {}) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    spawnSync(process.execPath, args, { cwd: work, env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' })
    samples.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return median(samples)
}
function size(path) {
  const s = statSync(path)
  return s.isDirectory() ? readdirSync(path).reduce((n, f) => n + size(join(path, f)), 0) : s.size
}

const actions = readdirSync(join(root, 'dist')).filter(d => existsSync(join(root, 'actions', d, 'action.yml')))
const bare = time(['-e', '0'])
// a bad input value: the bundle loads, parses inputs, writes one error line and exits
const rows = []
for (const name of actions) {
  const ms = time([join(root, 'dist', name, 'index.js')], {
    'INPUT_FAIL-ON': 'not-a-level',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: work
  })
  rows.push([name, ms])
}
// the CLI a developer runs (`npx ci-suite <action>`), with the same bad input: it never loads @actions/core
const cliRows = ['secret-scan', 'lint-gate'].map(name => [
  name,
  time([join(root, 'dist', 'cli', 'index.js'), name, '--fail-on', 'not-a-level'], { RUNNER_TEMP: work })
])

// the alternative layout: one self-contained ncc bundle per action
let separate = 0
for (const name of actions) {
  const entry = join(work, `${name}.entry.ts`)
  const pkg = PACKAGES[name]
  writeFileSync(
    entry,
    `import { definition } from '../../../packages/${pkg}/src/index.js'\nimport { runDefinition } from '../../../packages/suite/src/step.js'\nawait runDefinition(${JSON.stringify(name)}, async () => definition)\n`
  )
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
      'build',
      entry,
      '-o',
      join(work, name),
      '--transpile-only',
      '--quiet'
    ],
    { cwd: root }
  )
  separate += size(join(work, name))
}

const mb = n => (n / 1024 / 1024).toFixed(2)
console.log(`| bundle | start-up (median of ${runs}) | vs node -e 0 |`)
console.log('| --- | ---: | ---: |')
console.log(`| node -e 0 | ${bare.toFixed(0)} ms | 1.00× |`)
for (const [name, ms] of rows)
  console.log(`| dist/${name}/index.js | ${ms.toFixed(0)} ms | ${(ms / bare).toFixed(2)}× |`)
for (const [name, ms] of cliRows)
  console.log(`| dist/cli/index.js ${name} (the CLI) | ${ms.toFixed(0)} ms | ${(ms / bare).toFixed(2)}× |`)
console.log('')
console.log(`dist/ as built (one shared bundle + entries): ${mb(size(join(root, 'dist')))} MB`)
console.log(`one ncc bundle per action (${actions.length} actions): ${mb(separate)} MB`)
