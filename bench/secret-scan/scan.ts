/**
 * The benchmark's entry: one secret-scan run on a folder, the way the action runs it, printing its figures as JSON.
 * Built by run.mjs into bench/.work/ with ncc (the same bundler as dist/), so it measures the shipped code.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Git, MemoryLogger, SecretRegistry, noCache, parseEventContext, type ActionContext } from '@ci-suite/core'
import { stdout } from '@ci-suite/runtime'
import { runSecretScan } from '../../packages/secrets/src/action.js'
import { SCOPES, type Scope } from '../../packages/secrets/src/sources/scope.js'

async function main(): Promise<void> {
  const [folder = '.', scope = 'history'] = process.argv.slice(2)
  if (!SCOPES.includes(scope as Scope)) throw new Error(`scope must be one of ${SCOPES.join(', ')}`)
  const dir = resolve(folder)
  const env = { GITHUB_EVENT_NAME: 'schedule' }
  const tempDir = mkdtempSync(join(tmpdir(), 'secret-scan-bench-'))
  const git = new Git(dir)
  const repoRoot = (await git.isRepository()) ? await git.topLevel() : dir
  const context: ActionContext = {
    action: 'secret-scan',
    common: { workingDirectory: '.', failOn: 'any' },
    event: parseEventContext(env, {}),
    env,
    workspace: dir,
    workingDirectory: dir,
    repoRoot,
    tempDir,
    logger: new MemoryLogger(),
    secrets: new SecretRegistry(),
    cache: noCache,
    mode: 'terminal'
  }
  // hrtime, not performance.now(): the `performance` global loads perf_hooks on first use, which the CLI never does
  const started = process.hrtime.bigint()
  let result: Awaited<ReturnType<typeof runSecretScan>>
  let ms: number
  try {
    result = await runSecretScan(
      { scope: scope as Scope, excludePaths: [], maxFileSize: 10 * 1024 * 1024, inlineAllow: true },
      context
    )
    ms = Number(process.hrtime.bigint() - started) / 1e6
  } finally {
    // as the runtime does at a run's end (evaluateAction), whether the scan returned or threw
    rmSync(tempDir, { recursive: true, force: true })
  }
  // written as the CLI writes (no stream modules)
  stdout.write(
    `${JSON.stringify({
      ms: Math.round(ms),
      findings: result.findings.length,
      rules: result.findings.map(f => f.ruleId),
      where: result.findings.map(
        f => `${f.file}:${f.line}${typeof f.commit === 'string' ? `@${f.commit.slice(0, 7)}` : ''}`
      ),
      commits: result.metrics.commitsScanned,
      files: result.metrics.filesScanned,
      bytes: result.metrics.bytesScanned,
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024)
    })}\n`
  )
}

main().catch(error => {
  process.stderr.write(`${(error as Error).message}\n`)
  process.exit(1)
})
