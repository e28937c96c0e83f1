#!/usr/bin/env node
// docker-release's bundle against the same work done by hand, the way the four docker/* actions do it underneath
// (login --password-stdin, build with the same tags and labels, push each tag, logout), on the local daemon and
// registry of .ci/services/docker.sh. Each run builds a fresh image (a new file), so neither side gets a cache hit.
// Usage: node bench/docker-release/run.mjs [runs]   (needs dist/docker-release built with docker-release wired)
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))))
const runs = Number(process.argv[2] ?? 5)
execFileSync('bash', [join(root, '.ci/services/docker.sh')], { stdio: ['ignore', 'ignore', 'inherit'] })
const service = Object.fromEntries(
  readFileSync(join(process.env.CI_SUITE_DOCKER_DIR || '/tmp/ci-suite-docker', 'env'), 'utf8')
    .split('\n')
    .filter(l => l.includes('='))
    .map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
)
const work = join(root, 'bench', '.work', 'docker-release')
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })
const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const sha = i => String(i % 10).repeat(40)

function project(i, side) {
  const dir = join(work, `${side}-${i}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /hello.txt\n')
  writeFileSync(join(dir, 'hello.txt'), `${side} ${i} ${Date.now()}\n`)
  return dir
}

function ours(i) {
  const dir = project(i, 'ours')
  const temp = mkdtempSync(join(tmpdir(), 'bench-runner-'))
  writeFileSync(join(temp, 'event.json'), JSON.stringify({ repository: { name: 'demo', default_branch: 'main' } }))
  writeFileSync(join(temp, 'output'), '')
  writeFileSync(join(temp, 'summary'), '')
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DOCKER_HOST: service.CI_SUITE_DOCKER_HOST,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(temp, 'event.json'),
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'octo/demo',
    GITHUB_SHA: sha(i),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: service.CI_SUITE_REGISTRY_USER,
    RUNNER_TEMP: temp,
    INPUT_IMAGE: `${service.CI_SUITE_REGISTRY}/bench/ours`,
    INPUT_PASSWORD: service.CI_SUITE_REGISTRY_PASSWORD,
    INPUT_PUSH: 'auto',
    INPUT_CACHE: 'gha',
    'INPUT_FAIL-ON': 'error'
  }
  const t = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [join(root, 'dist', 'docker-release', 'index.js')], {
    cwd: dir,
    env,
    encoding: 'utf8'
  })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (result.status !== 0) throw new Error(`docker-release failed:\n${result.stdout}\n${result.stderr}`)
  rmSync(temp, { recursive: true, force: true })
  return ms
}

function byHand(i) {
  const dir = project(i, 'hand')
  const config = mkdtempSync(join(tmpdir(), 'bench-docker-config-'))
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DOCKER_HOST: service.CI_SUITE_DOCKER_HOST,
    DOCKER_CONFIG: config
  }
  const image = `${service.CI_SUITE_REGISTRY}/bench/hand`
  const tags = ['main', 'latest', `sha-${sha(i).slice(0, 7)}`].map(t => `${image}:${t}`)
  // the same six labels docker-release gives this repository (metadata-action's, minus the empty ones)
  const labels = [
    `created=${new Date().toISOString()}`,
    `revision=${sha(i)}`,
    'source=https://github.com/octo/demo',
    'title=demo',
    'url=https://github.com/octo/demo',
    'version=main'
  ]
  const docker = (args, input) => {
    const r = spawnSync('docker', args, { cwd: dir, env, input, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`docker ${args[0]} failed: ${r.stderr}`)
  }
  const t = process.hrtime.bigint()
  docker(
    ['login', '--username', service.CI_SUITE_REGISTRY_USER, '--password-stdin', service.CI_SUITE_REGISTRY],
    service.CI_SUITE_REGISTRY_PASSWORD
  )
  docker([
    'build',
    ...tags.flatMap(t => ['--tag', t]),
    ...labels.flatMap(l => ['--label', `org.opencontainers.image.${l}`]),
    '.'
  ])
  for (const tag of tags) docker(['push', tag])
  docker(['logout', service.CI_SUITE_REGISTRY])
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  rmSync(config, { recursive: true, force: true })
  return ms
}

const oursMs = []
const handMs = []
for (let i = 0; i < runs; i++) {
  // alternate, so both sides see the same machine load
  oursMs.push(ours(i))
  handMs.push(byHand(i))
}
const a = median(oursMs)
const b = median(handMs)
console.log(`| docker-release bundle (push to main, 3 tags) | ${(a / 1000).toFixed(2)} s |`)
console.log(`| by hand: login, build, 3 × push, logout | ${(b / 1000).toFixed(2)} s |`)
console.log(`| ratio | ${(a / b).toFixed(2)} × |`)
console.log(
  `\nmedian of ${runs} runs each, docker ${execFileSync('docker', ['version', '--format', '{{.Server.Version}}'], { env: { ...process.env, DOCKER_HOST: service.CI_SUITE_DOCKER_HOST }, encoding: 'utf8' }).trim()}`
)
rmSync(work, { recursive: true, force: true })
