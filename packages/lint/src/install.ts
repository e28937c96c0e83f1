import { mkdirSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { ConfigurationError, runProcess, type ActionContext } from '@ci-suite/core'
import type { SelectedLinter } from './detect.js'
import { findExecutable } from './tool-path.js'

/**
 * `install: true`: installs the Python and Node linters that are selected but missing, with pip (into a virtualenv)
 * and npm, under one folder kept in the cache between runs. Stand-alone binaries (shellcheck, hadolint) are not
 * installed here.
 */
export async function installMissingTools(
  linters: SelectedLinter[],
  searchPath: string[],
  context: ActionContext
): Promise<string[]> {
  const missing = linters.filter(
    l => l.adapter.installPackage && !l.adapter.inProcess && !findExecutable(l.adapter.executable, searchPath)
  )
  const python = [
    ...new Set(missing.filter(l => l.adapter.ecosystem === 'python').map(l => l.adapter.installPackage!))
  ].sort()
  const node = [
    ...new Set(missing.filter(l => l.adapter.ecosystem === 'node').map(l => l.adapter.installPackage!))
  ].sort()
  if (!python.length && !node.length) return searchPath
  const home = context.env.HOME ?? process.env.HOME ?? context.tempDir
  const root = join(home, '.cache', 'ci-suite', 'lint-tools')
  const venv = join(root, 'venv')
  const nodeDir = join(root, 'node')
  const key = `ci-suite-lint-tools-${process.platform}-${process.arch}-${[...python, ...node].join('+')}`
  const hit = await context.cache.restore([root], key)
  const extended = [join(venv, 'bin'), join(nodeDir, 'node_modules', '.bin'), ...searchPath]
  if (hit === key) {
    context.logger.info(`linters restored from the cache (${key})`)
    return extended
  }
  mkdirSync(root, { recursive: true })
  const env = { ...process.env, ...context.env, PATH: searchPath.join(delimiter) }
  const step = async (command: string, args: string[]) => {
    context.logger.info(`installing linters: ${command} ${args.join(' ')}`)
    // the job's environment reaches pip and npm: PIP_INDEX_URL, a proxy, npm's registry configuration
    const r = await runProcess(command, args, { env, timeoutMs: 10 * 60_000 })
    if (r.exitCode !== 0) {
      throw new ConfigurationError(
        `install: true could not run ${command} ${args.join(' ')} (exit ${r.exitCode}): ${r.stderr.trim().split('\n').slice(-3).join(' ')}`
      )
    }
  }
  if (python.length) {
    const pythonExe = findExecutable('python3', searchPath) ?? 'python3'
    await step(pythonExe, ['-m', 'venv', venv])
    await step(join(venv, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', ...python])
  }
  if (node.length) {
    mkdirSync(nodeDir, { recursive: true })
    await step('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', nodeDir, ...node])
  }
  await context.cache.save([root], key)
  return extended
}
