import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'

/**
 * Where the project's own tools live, first match wins: the active virtualenv, a `.venv`/`venv` in the working
 * directory or the repository root, `node_modules/.bin` of both, then PATH.
 */
export function toolSearchPath(
  env: Record<string, string | undefined>,
  workingDirectory: string,
  repoRoot: string
): string[] {
  const roots = [...new Set([workingDirectory, repoRoot])]
  const dirs = [
    ...(env.VIRTUAL_ENV ? [join(env.VIRTUAL_ENV, 'bin')] : []),
    ...roots.flatMap(r => [join(r, '.venv', 'bin'), join(r, 'venv', 'bin')]),
    ...roots.map(r => join(r, 'node_modules', '.bin')),
    ...(env.PATH ?? '').split(delimiter).filter(Boolean)
  ]
  return [...new Set(dirs)]
}

/** The absolute path of an executable in the search path, or undefined. */
export function findExecutable(name: string, searchPath: string[]): string | undefined {
  for (const dir of searchPath) {
    const candidate = join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}
