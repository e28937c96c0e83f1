#!/usr/bin/env node
// `npm run demo`: copies examples/demo-repo into a temporary git repository, plants a fake token in a second
// commit (made up here, at run time: no token-shaped string is ever committed to ci-suite), then runs the root
// action's gates on it through the CLI (`npx ci-suite run ...`) and prints the combined summary.
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const cli = join(root, 'dist', 'cli', 'index.js')
if (!existsSync(cli)) {
  console.error(
    'error: dist/cli/index.js is missing: run `npm install` in the ci-suite checkout first (dist/ is committed)'
  )
  process.exit(1)
}

const repo = mkdtempSync(join(tmpdir(), 'ci-suite-demo-'))
cpSync(join(root, 'examples', 'demo-repo'), repo, { recursive: true })
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Demo',
  GIT_AUTHOR_EMAIL: 'demo@example.invalid',
  GIT_COMMITTER_NAME: 'Demo',
  GIT_COMMITTER_EMAIL: 'demo@example.invalid'
}
const git = (...args) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' }).trim()
git('init', '-q', '-b', 'main')
git('add', '-A')
git('commit', '-qm', 'Initial service')
const base = git('rev-parse', 'HEAD')

// the change under review: a config file with a (fake, random) GitHub token and a new untested function
const fakeToken =
  'ghp' +
  '_' +
  randomBytes(18)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, 'x')
    .slice(0, 36)
    .padEnd(36, 'q')
writeFileSync(join(repo, 'app', 'settings.py'), `GITHUB_TOKEN = "${fakeToken}"\nTIMEOUT = 30\n`)
const pricing = join(repo, 'app', 'pricing.py')
writeFileSync(
  pricing,
  readFileSync(pricing, 'utf8') + '\n\ndef gift_wrap(total):\n    if total > 100:\n        return 0.0\n    return 2.5\n'
)
git('add', '-A')
git('commit', '-qm', 'Add settings and gift wrapping')

// lint-gate: every finding (filter nofilter), not only those on the lines the change adds (its default where base is
// given), so that the lint errors the demo repository was written with show
const gateConfig = {
  'lint-gate': ['linters: flake8, tsc', 'args: "flake8: --max-line-length=120"', 'filter: nofilter'],
  'secret-scan': ['scope: diff'],
  audit: ['scope: all'],
  'coverage-gate': ['files: coverage.xml', 'min-coverage: 80', 'min-patch-coverage: 80'],
  sbom: ['output: sbom.cdx.json']
}
const gates = Object.keys(gateConfig).filter(name => existsSync(join(root, 'dist', name, 'index.js')))
const args = ['run', '--gates', gates.join(','), '--base', base, '--head', 'HEAD']
for (const gate of gates) args.push(`--${gate}`, gateConfig[gate].join('\n'))

console.log(`demo repository: ${repo}`)
console.log(`running: npx ci-suite run --gates ${gates.join(',')} --base ${base.slice(0, 7)} --head HEAD ...\n`)
const report = join(repo, '.ci-suite-report.json')
args.push('--report-path', report)
const result = spawnSync(process.execPath, [cli, ...args], {
  cwd: repo,
  env: { ...process.env, GITHUB_ACTIONS: '' },
  stdio: 'inherit'
})
if (!existsSync(report)) {
  console.error('\nerror: the pipeline wrote no report: this is a bug in ci-suite')
  process.exit(1)
}
const merged = JSON.parse(readFileSync(report, 'utf8'))
console.log(`\nMerged report: ${report}`)
console.log(`Verdict: ${merged.status} (${merged.summary}); the CLI exited ${result.status}, as a failing gate should.`)
console.log(
  'The demo plants a fake token, an untested function and old dependencies on purpose: red gates are the point.'
)
