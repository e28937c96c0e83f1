import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * A temporary npm project from its package.json files (path → content), with the lockfile npm itself writes
 * (`npm install --package-lock-only`, or a full install with `install: true`). Registry URLs are kept in the lockfile
 * whatever the machine's npmrc says, as npm writes them by default.
 */
export function npmProject(files: Record<string, unknown>, options: { install?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-suite-sbom-npm-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  }
  const args = ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--omit-lockfile-registry-resolved=false']
  if (!options.install) args.push('--package-lock-only')
  execFileSync('npm', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 })
  return dir
}
