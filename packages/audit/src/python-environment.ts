import { ConfigurationError, runProcess } from '@ci-suite/core'
import { packageUrl, type Lockfile } from '@ci-suite/lockfiles'

export const PYTHON_ENVIRONMENT = '(python environment)'

/** What `python -m pip list --format=json` says is installed, as a lockfile without a file (runbooks' bare pip-audit). */
export async function pythonEnvironment(python: string, cwd: string): Promise<Lockfile> {
  const result = await runProcess(python, ['-m', 'pip', 'list', '--format=json', '--disable-pip-version-check'], {
    cwd,
    timeoutMs: 120_000
  })
  if (result.notFound)
    throw new ConfigurationError(
      `python-environment: ${python} was not found: set up Python first or set the python input`
    )
  if (result.exitCode !== 0) {
    throw new ConfigurationError(
      `python-environment: ${python} -m pip list failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').pop() ?? ''}`
    )
  }
  let listed: Array<{ name: string; version: string; editable_project_location?: string }>
  try {
    listed = JSON.parse(result.stdout) as typeof listed
  } catch {
    throw new ConfigurationError(
      `python-environment: pip list did not print JSON: check that ${python} runs pip 9 or later`
    )
  }
  const packages = listed.map(p => {
    const purl = packageUrl('PyPI', p.name, p.version)
    return {
      id: purl,
      ecosystem: 'PyPI' as const,
      name: p.name,
      version: p.version,
      purl,
      direct: true,
      dev: false,
      path: [p.name],
      dependencies: [],
      file: PYTHON_ENVIRONMENT,
      hashes: [],
      source: p.editable_project_location ? ('file' as const) : ('registry' as const)
    }
  })
  return { file: PYTHON_ENVIRONMENT, format: 'pip-list', ecosystem: 'PyPI', packages, unpinned: [] }
}
