import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A temporary npm project whose lockfile npm itself writes (`npm install --package-lock-only`): real fixtures. */
export function npmLockedProject(
  manifest: Record<string, unknown>,
  options: {
    lockfileVersion?: 1 | 2 | 3
    shrinkwrap?: boolean
    workspaces?: Record<string, Record<string, unknown>>
  } = {}
): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-suite-lock-'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2))
  for (const [folder, workspaceManifest] of Object.entries(options.workspaces ?? {})) {
    mkdirSync(join(dir, folder), { recursive: true })
    writeFileSync(join(dir, folder, 'package.json'), JSON.stringify(workspaceManifest, null, 2))
  }
  const run = (args: string[]) =>
    execFileSync('npm', args, {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, npm_config_update_notifier: 'false' }
    })
  run([
    'install',
    '--package-lock-only',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    `--lockfile-version=${options.lockfileVersion ?? 3}`
  ])
  if (options.shrinkwrap) run(['shrinkwrap'])
  return dir
}
