// The bench's view of audit, bundled by run.mjs: `parse <file> <rounds>` times parseLockfile on one lockfile;
// `throughput <file> <rounds>` gives its cold and median warm parse time;
// `audit <dir> <records.json>` starts the test suite's OSV-protocol server on 127.0.0.1 with the given records, runs
// the action's own run() on the folder (terminal context, no cache) and prints its requests and wall time.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { InputReader, MemoryLogger, SecretRegistry, mapInputSource, noCache, parseEventContext } from '@ci-suite/core'
import { definition } from '@ci-suite/audit'
import { parseLockfile } from '@ci-suite/lockfiles'
import { OsvServer, type OsvRecord } from '../../__tests__/audit/osv-server.js'

const [mode, target = '.', extra = ''] = process.argv.slice(2)

if (mode === 'parse') {
  const text = readFileSync(target, 'utf8')
  const rounds = Number(extra || 1)
  let packages = 0
  const started = performance.now()
  for (let i = 0; i < rounds; i++) packages = parseLockfile(basename(target), text).packages.length
  console.log(JSON.stringify({ ms: (performance.now() - started) / rounds, packages }))
} else if (mode === 'throughput') {
  // one cold parse, then the median of `rounds` warm ones: what a run pays once, and the parser's steady speed
  const text = readFileSync(target, 'utf8')
  const rounds = Number(extra || 5)
  let started = performance.now()
  const packages = parseLockfile(basename(target), text).packages.length
  const coldMs = performance.now() - started
  const warm: number[] = []
  for (let i = 0; i < rounds; i++) {
    started = performance.now()
    parseLockfile(basename(target), text)
    warm.push(performance.now() - started)
  }
  warm.sort((a, b) => a - b)
  console.log(
    JSON.stringify({ coldMs, warmMs: warm[Math.floor(warm.length / 2)], packages, bytes: Buffer.byteLength(text) })
  )
} else if (mode === 'audit') {
  const records = JSON.parse(readFileSync(extra, 'utf8')) as OsvRecord[]
  const server = await new OsvServer({ records }).start()
  const root = resolve(target)
  const started = performance.now()
  const inputs = definition.readInputs(new InputReader(mapInputSource({ 'osv-url': server.url, 'fail-on': 'never' })))
  const result = await definition.run(inputs, {
    action: 'audit',
    common: { workingDirectory: '.', failOn: 'never' },
    event: parseEventContext({}, {}),
    env: {},
    workspace: root,
    workingDirectory: root,
    repoRoot: root,
    tempDir: mkdtempSync(join(tmpdir(), 'ci-suite-audit-bench-')),
    logger: new MemoryLogger(),
    secrets: new SecretRegistry(),
    cache: noCache,
    mode: 'terminal'
  })
  const ms = Math.round(performance.now() - started)
  await server.stop()
  const batch = server.log.filter(r => r.path === '/v1/querybatch').length
  const gets = server.log.filter(r => r.path.startsWith('/v1/vulns/')).map(r => r.path)
  console.log(
    JSON.stringify({
      ms,
      status: result.status,
      packages: result.metrics.packages,
      findings: result.findings.length,
      batchRequests: batch,
      vulnRequests: gets.length,
      distinctVulnRequests: new Set(gets).size,
      requests: server.log.length
    })
  )
} else {
  console.error(
    'usage: entry.js parse <lockfile> [rounds] | throughput <lockfile> [rounds] | audit <dir> <records.json>'
  )
  process.exit(2)
}
