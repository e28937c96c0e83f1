import { closeSync, openSync, readSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { listFolder, pythonSitePackages, runProcess, type ProcessOptions } from '@ci-suite/core'
import type { LinterAdapter } from './adapter.js'

/** The interpreter on a script's `#!` line, when it names one by path (not `/usr/bin/env python3`). */
function shebangInterpreter(executable: string): string | undefined {
  const buffer = Buffer.alloc(256)
  let fd: number | undefined
  try {
    fd = openSync(executable, 'r')
    const bytes = readSync(fd, buffer, 0, buffer.length, 0)
    const line = buffer.subarray(0, bytes).toString('utf8').split('\n')[0]
    const m = /^#!\s*(\/\S*python[\d.]*)\s*$/.exec(line)
    return m?.[1]
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function subfolders(dir: string, pattern: RegExp): string[] {
  return listFolder(dir)
    .filter(name => pattern.test(name))
    .map(name => join(dir, name))
}

/**
 * A Python tool's version from the metadata folder its package installed (`mypy-1.0.1.dist-info`), found from the
 * interpreter on the executable's `#!` line: no process to start. Undefined when it cannot be told this way.
 */
export function installedPythonVersion(executable: string, distribution: string): string | undefined {
  const interpreter = shebangInterpreter(executable)
  if (!interpreter) return undefined
  const name = distribution.replace(/[-_.]+/g, '[-_.]')
  const pattern = new RegExp(`^${name}-(\\d[^-]*?)(?:-py[\\d.]+)?\\.(?:dist|egg)-info$`, 'i')
  for (const site of pythonSitePackages(dirname(dirname(interpreter)))) {
    for (const entry of subfolders(site, pattern)) return pattern.exec(entry.slice(site.length + 1))![1]
  }
  return undefined
}

/**
 * The tool's version, for adapters whose output format depends on it (mypy: JSON from 1.11). Read from the installed
 * package's metadata when possible, since asking `mypy --version` costs a third of a second before the slowest tool can
 * start; otherwise `<executable> <versionArgs>`, in one of the process slots.
 */
export async function toolVersion(
  adapter: LinterAdapter,
  executable: string,
  options: ProcessOptions,
  inSlot: <T>(fn: () => Promise<T>) => Promise<T>
): Promise<string> {
  if (adapter.ecosystem === 'python' && adapter.installPackage) {
    const version = installedPythonVersion(executable, adapter.installPackage)
    if (version) return `${adapter.executable} ${version}`
  }
  const probe = await inSlot(() => runProcess(executable, adapter.versionArgs ?? ['--version'], options))
  return probe.stdout.trim().split('\n')[0]
}
